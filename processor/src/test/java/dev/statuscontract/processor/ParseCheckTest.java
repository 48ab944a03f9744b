package dev.statuscontract.processor;

import static com.google.common.truth.Truth.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;

/** fixes.patch changes no file into one that javac's parser rejects. */
class ParseCheckTest {

  @Test
  void aSourceThatParsesHasNoProblem() {
    assertThat(ParseCheck.problem("com/acme/A.java", "package com.acme;\n@Deprecated\nclass A {}\n")).isEmpty();
  }

  @Test
  void aSourceThatDoesNotParseSaysWhere() {
    Optional<String> problem = ParseCheck.problem("com/acme/A.java", "package com.acme;\nclass A {\n  @Returns(404\n  void a() {}\n}\n");

    assertThat(problem).isPresent();
    assertThat(problem.get()).startsWith("line 3: ");
  }

  @Test
  void onlyTheParserRuns() {
    // Unknown types and a missing import are for javac's later phases: the text parses.
    assertThat(ParseCheck.problem("A.java", "class A { Missing m = new Nowhere(); }")).isEmpty();
  }
}
