package dev.statuscontract.processor.scan;

import static com.google.common.truth.Truth.assertThat;

import dev.statuscontract.processor.model.DocText;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Javadoc comments as the documents show them, well-formed or not. */
class JavadocTest {

  @Test
  void firstSentenceIsTheSummaryAndBlockTagsAreLeftOut() {
    Javadoc javadoc =
        Javadoc.parse(
            " Deletes the {@linkplain java.util.List list} of {@code Map<K, {V}>}. Then returns.\n"
                + " <ul><li>one</li><li>two &amp; three</li></ul>\n"
                + " @param id the id\n"
                + "   over two lines\n"
                + " @param <T> a type\n"
                + " @return nothing\n");
    assertThat(javadoc.summary().plain()).isEqualTo("Deletes the list of Map<K, {V}>.");
    assertThat(javadoc.description().plain()).isEqualTo("Then returns.\n\none\n\ntwo & three");
    assertThat(javadoc.params().keySet()).containsExactly("id");
    assertThat(javadoc.params().get("id").plain()).isEqualTo("the id over two lines");
  }

  @Test
  void withoutAPeriodTheWholeFirstParagraphIsTheSummary() {
    Javadoc javadoc = Javadoc.parse(" Lists {@link #all} users\n\n Slowly.");
    assertThat(javadoc.summary().paragraphs().get(0).spans())
        .containsExactly(
            new DocText.Span("Lists ", false), new DocText.Span("all", true), new DocText.Span(" users", false))
        .inOrder();
    assertThat(javadoc.description().plain()).isEqualTo("Slowly.");
  }

  @Test
  void malformedJavadocStillReadsAsText() {
    for (String comment :
        List.of(
            "Unclosed {@code brace",
            "{@}",
            "{@link}",
            "<p",
            "&#99999999; &bogus;",
            "@param",
            "@param onlyAName",
            "}}} {{{ @@@",
            "<code>never closed")) {
      Javadoc javadoc = Javadoc.parse(comment);
      assertThat(javadoc).isNotNull();
    }
    assertThat(Javadoc.parse("Unclosed {@code brace").summary().plain()).isEqualTo("Unclosed {@code brace");
    assertThat(Javadoc.parse(null)).isEqualTo(Javadoc.NONE);
    assertThat(Javadoc.parse("   ")).isEqualTo(Javadoc.NONE);
  }
}
