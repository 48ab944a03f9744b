package dev.statuscontract.processor.model;

import static java.util.stream.Collectors.joining;

import java.util.List;

/**
 * Text read from a Javadoc comment, in paragraphs of spans that are either prose or code ({@code
 * {@code x}}, {@code <code>x</code>}, {@code {@link Foo#bar}}), so that each format can show code as
 * code where it can: Markdown and HTML as code spans, plain text as it is written. Inline whitespace
 * is collapsed to single spaces; nothing in it is markup.
 *
 * @param paragraphs the paragraphs, none of them empty
 */
public record DocText(List<DocText.Paragraph> paragraphs) {

  /** No text. */
  public static final DocText EMPTY = new DocText(List.of());

  public DocText {
    paragraphs = List.copyOf(paragraphs);
  }

  /** One paragraph: its spans, in order. */
  public record Paragraph(List<Span> spans) {
    public Paragraph {
      spans = List.copyOf(spans);
    }

    /** The paragraph as plain text: the code spans as they are written. */
    public String plain() {
      return spans.stream().map(Span::text).collect(joining());
    }
  }

  /**
   * A run of text.
   *
   * @param text the text, without line breaks
   * @param code whether it is code
   */
  public record Span(String text, boolean code) {}

  /** Plain text as one paragraph of prose; empty for a blank string. */
  public static DocText of(String text) {
    String collapsed = text.strip().replaceAll("\\s+", " ");
    return collapsed.isEmpty() ? EMPTY : new DocText(List.of(new Paragraph(List.of(new Span(collapsed, false)))));
  }

  public boolean isEmpty() {
    return paragraphs.isEmpty();
  }

  /** The text as plain text, paragraphs separated by a blank line; {@code ""} when empty. */
  public String plain() {
    return paragraphs.stream().map(Paragraph::plain).collect(joining("\n\n"));
  }
}
