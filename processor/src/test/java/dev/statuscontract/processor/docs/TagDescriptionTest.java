package dev.statuscontract.processor.docs;

import static com.google.common.truth.Truth.assertThat;

import dev.statuscontract.processor.scan.Javadoc;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The first sentence of a class's Javadoc, as openapi.json describes its tag with it (read by scan.Javadoc). */
class TagDescriptionTest {

  @Test
  void theFirstSentenceEndsAtAPeriodFollowedByWhitespace() {
    assertThat(Javadoc.summaryOf(" The catalogue. Reading is open to\n everyone.\n"))
        .hasValue("The catalogue.");
    assertThat(Javadoc.summaryOf(" Exports (RFC 9110 §15.3.3): POST queues one\n and answers 202\n"))
        .hasValue("Exports (RFC 9110 §15.3.3): POST queues one and answers 202");
  }

  @Test
  void inlineTagsReadAsTheirTextAndHtmlIsDropped() {
    assertThat(
            Javadoc.summaryOf(
                " Where books used to live: {@code /catalog/{isbn}} moved to <em>{@link\n BookResource}</em>,"
                    + " see {@link Books#find the search} and {@linkplain #get}.\n"))
        .hasValue("Where books used to live: /catalog/{isbn} moved to BookResource, see the search and get.");
  }

  @Test
  void blockTagsEndTheDescription() {
    assertThat(Javadoc.summaryOf(" First.<p>\n Second.")).hasValue("First.");
    assertThat(Javadoc.summaryOf(" Users\n @author someone. More.\n")).hasValue("Users");
    assertThat(Javadoc.summaryOf(" @deprecated use another\n")).isEqualTo(Optional.empty());
    assertThat(Javadoc.summaryOf(null)).isEqualTo(Optional.empty());
  }
}
