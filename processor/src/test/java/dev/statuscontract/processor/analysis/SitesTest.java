package dev.statuscontract.processor.analysis;

import static com.google.common.truth.Truth.assertThat;
import static dev.statuscontract.processor.analysis.Harness.expected;
import static dev.statuscontract.processor.analysis.Harness.source;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Where a method's own answer is printed (its name, found in the text after its return type), and
 * what reading a class skips: the constructors javac writes that only call {@code Object}'s.
 */
class SitesTest {

  /** The texts and names the search is compared with the regular expression {@code \bname\s*\(} on. */
  private static final List<String[]> CASES =
      List.of(
          new String[] {"Response get(String id) {", "get"},
          new String[] {"Response getAll() {} Response get () {", "get"},
          new String[] {"List<Map<String, get>> get\n    (", "get"},
          new String[] {"Response _get(); Response get(", "get"},
          new String[] {"Response get2(); Response get\t\f(", "get"},
          new String[] {"Response $get(", "$get"},
          new String[] {"Response a$get(", "$get"},
          new String[] {"Response éget(); Response get(", "get"},
          new String[] {"Response get", "get"},
          new String[] {"Response get   ", "get"},
          new String[] {"Response get x(", "get"},
          new String[] {"", "get"},
          new String[] {"get(", "get"});

  @Test
  void theMethodNameIsFoundWhereTheRegularExpressionFindsIt() {
    for (String[] one : CASES) {
      for (int from = 0; from <= one[0].length(); from++) {
        Matcher matcher = Pattern.compile("\\b" + Pattern.quote(one[1]) + "\\s*\\(").matcher(one[0]);
        int expected = matcher.find(from) ? matcher.start() : -1;
        assertThat(Sites.nameBeforeParenthesis(one[0], one[1], from)).isEqualTo(expected);
      }
    }
  }

  @Test
  void aVoidMethodsAnswerIsPrintedAtItsNameAfterAnnotationsAndTypeParameters() {
    String[] resource = {
      "package com.acme;",
      "import jakarta.ws.rs.*;",
      "@Path(\"/r\")",
      "public class R {",
      "  @PUT",
      "  @Path(\"/{id}\") public <T extends java.util.List<String>>",
      "  void",
      "      put (@PathParam(\"id\") String id) {}",
      "}"
    };
    Harness h = Harness.run(source("com.acme.R", resource));
    assertThat(h.produced("com.acme.R", "put")).containsExactlyElementsIn(expected(resource, "204 @{put (}"));
  }

  /**
   * A default constructor whose {@code super()} runs a constructor of the compilation is read: what
   * that constructor throws is thrown by {@code new}. Those that call {@code Object}'s are skipped.
   */
  @Test
  void aDefaultConstructorThatRunsACheckingSuperclassConstructorIsFollowed() {
    String[] controller = {
      "package com.acme;",
      "import org.springframework.web.bind.annotation.*;",
      "@RestController",
      "public class Orders {",
      "  @PostMapping(\"/orders\") public String place() { new Order(); return \"placed\"; }",
      "}"
    };
    Harness h =
        Harness.run(
            source("com.acme.Orders", controller),
            source("com.acme.Order", "package com.acme;", "public class Order extends Checked {}"),
            source(
                "com.acme.Checked",
                "package com.acme;",
                "public class Checked {",
                "  public Checked() { if (Math.random() > 2) throw new Invalid(); }",
                "}"),
            source(
                "com.acme.Invalid",
                "package com.acme;",
                "import org.springframework.http.HttpStatus;",
                "import org.springframework.web.bind.annotation.ResponseStatus;",
                "@ResponseStatus(HttpStatus.UNPROCESSABLE_ENTITY)",
                "public class Invalid extends RuntimeException {}"));
    assertThat(h.produced("com.acme.Orders", "place"))
        .containsExactlyElementsIn(
            expected(
                controller,
                "200 body @{return \"placed\"}",
                "422 @{new Order()} through new Order() → new Checked(), through exception com.acme.Invalid"));
  }
}
