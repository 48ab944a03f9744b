package dev.statuscontract.processor.scan;

import dev.statuscontract.processor.model.DocText;
import dev.statuscontract.processor.model.DocText.Paragraph;
import dev.statuscontract.processor.model.DocText.Span;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the documents show of a Javadoc comment: its first sentence (the summary), the rest of its
 * main description, and the texts of its {@code @param} tags. Inline tags become text ({@code
 * {@code x}} and {@code {@link Foo#bar}} code spans, {@code {@literal x}} prose), HTML tags become
 * paragraph breaks or code spans or nothing, entities their characters; the other block tags
 * ({@code @return}, {@code @throws}, ...) are left out. A comment that cannot be read as Javadoc
 * (an unclosed brace, a stray tag) still reads as text: nothing here throws.
 *
 * @param main the whole main description
 * @param summary the first sentence: up to the first period followed by white space, or the whole
 *     first paragraph
 * @param description the rest of the main description
 * @param params the text of each {@code @param}, by parameter name (type parameters left out)
 */
public record Javadoc(DocText main, DocText summary, DocText description, Map<String, DocText> params) {

  static final Javadoc NONE = new Javadoc(DocText.EMPTY, DocText.EMPTY, DocText.EMPTY, Map.of());

  private static final Pattern HTML_TAG = Pattern.compile("</?([a-zA-Z][a-zA-Z0-9]*)\\b[^<>]*>");
  private static final Pattern ENTITY = Pattern.compile("&(#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[a-zA-Z]{2,8});");
  private static final Pattern BLANK_LINE = Pattern.compile("\\n[ \\t]*\\n");
  /** HTML elements that start a new paragraph. */
  private static final Set<String> BLOCKS =
      Set.of("p", "ul", "ol", "li", "div", "pre", "blockquote", "table", "tr", "dl", "dt", "dd", "h1", "h2", "h3",
          "h4", "h5", "h6", "hr");
  /** HTML elements whose content is code. */
  private static final Set<String> CODE = Set.of("code", "tt", "samp", "kbd");

  public Javadoc {
    params = Map.copyOf(params);
  }

  /** Whether the comment has a main description. */
  boolean hasDescription() {
    return !summary.isEmpty();
  }

  /** The first sentence of {@code comment}, as plain text; empty where it has no main description. */
  public static Optional<String> summaryOf(String comment) {
    String summary = parse(comment).summary().plain();
    return summary.isBlank() ? Optional.empty() : Optional.of(summary);
  }

  /** The comment {@code Elements.getDocComment} returns; {@link #NONE} for {@code null}. */
  static Javadoc parse(String comment) {
    if (comment == null || comment.isBlank()) {
      return NONE;
    }
    try {
      return read(comment);
    } catch (RuntimeException e) {
      // Malformed beyond what the reader expects: the documents go without it, the build goes on.
      return NONE;
    }
  }

  private static Javadoc read(String comment) {
    StringBuilder main = new StringBuilder();
    List<StringBuilder> blockTags = new ArrayList<>();
    StringBuilder current = main;
    int depth = 0;
    for (String line : comment.replace("\r\n", "\n").replace('\r', '\n').split("\n", -1)) {
      String stripped = line.strip();
      while (stripped.startsWith("*")) {
        stripped = stripped.substring(1).strip();
      }
      if (depth == 0 && stripped.startsWith("@")) {
        current = new StringBuilder();
        blockTags.add(current);
      }
      current.append(stripped).append('\n');
      for (int i = 0; i < stripped.length(); i++) {
        char c = stripped.charAt(i);
        depth = c == '{' ? depth + 1 : c == '}' ? Math.max(0, depth - 1) : depth;
      }
    }
    Map<String, DocText> params = new LinkedHashMap<>();
    for (StringBuilder tag : blockTags) {
      String text = tag.toString().strip();
      if (text.startsWith("@param")) {
        String[] parts = text.substring("@param".length()).strip().split("\\s+", 2);
        if (!parts[0].isEmpty() && !parts[0].startsWith("<") && parts.length == 2) {
          DocText description = inline(parts[1]);
          if (!description.isEmpty()) {
            params.putIfAbsent(parts[0], description);
          }
        }
      }
    }
    DocText all = inline(main.toString());
    if (all.isEmpty()) {
      return new Javadoc(DocText.EMPTY, DocText.EMPTY, DocText.EMPTY, params);
    }
    return split(all, params);
  }

  /** The first sentence of the first paragraph, and the rest. */
  private static Javadoc split(DocText all, Map<String, DocText> params) {
    List<Paragraph> paragraphs = all.paragraphs();
    List<Span> first = paragraphs.get(0).spans();
    for (int s = 0; s < first.size(); s++) {
      Span span = first.get(s);
      if (span.code()) {
        continue;
      }
      String text = span.text();
      for (int k = text.indexOf('.'); k >= 0; k = text.indexOf('.', k + 1)) {
        boolean atEnd = k + 1 == text.length();
        boolean sentenceEnds =
            atEnd ? s + 1 == first.size() || Character.isWhitespace(first.get(s + 1).text().charAt(0))
                : Character.isWhitespace(text.charAt(k + 1));
        if (sentenceEnds) {
          List<Span> summary = new ArrayList<>(first.subList(0, s));
          summary.add(new Span(text.substring(0, k + 1), false));
          List<Span> rest = new ArrayList<>();
          rest.add(new Span(text.substring(k + 1), false));
          rest.addAll(first.subList(s + 1, first.size()));
          List<Paragraph> description = new ArrayList<>();
          Paragraph remainder = trimmed(rest);
          if (!remainder.spans().isEmpty()) {
            description.add(remainder);
          }
          description.addAll(paragraphs.subList(1, paragraphs.size()));
          return new Javadoc(all, new DocText(List.of(trimmed(summary))), new DocText(description), params);
        }
      }
    }
    return new Javadoc(
        all,
        new DocText(List.of(paragraphs.get(0))), new DocText(paragraphs.subList(1, paragraphs.size())), params);
  }

  /** Javadoc text with inline tags and HTML, as paragraphs of prose and code. */
  static DocText inline(String text) {
    Builder out = new Builder();
    append(text, out);
    return out.build();
  }

  private static void append(String text, Builder out) {
    int i = 0;
    while (i < text.length()) {
      char c = text.charAt(i);
      if (c == '{' && text.startsWith("{@", i)) {
        int end = closingBrace(text, i);
        if (end < 0) {
          out.text(text.substring(i));
          return;
        }
        inlineTag(text.substring(i + 2, end), out);
        i = end + 1;
      } else if (c == '<' && text.startsWith("<!--", i)) {
        int end = text.indexOf("-->", i + 4);
        i = end < 0 ? text.length() : end + 3;
      } else if (c == '<') {
        Matcher tag = HTML_TAG.matcher(text).region(i, text.length());
        if (tag.lookingAt()) {
          String name = tag.group(1).toLowerCase(java.util.Locale.ROOT);
          boolean closing = text.charAt(i + 1) == '/';
          if (BLOCKS.contains(name)) {
            out.paragraph();
          } else if (CODE.contains(name)) {
            out.code = !closing;
          } else if (name.equals("br")) {
            out.text(" ");
          }
          i = tag.end();
        } else {
          out.text("<");
          i++;
        }
      } else if (c == '&') {
        Matcher entity = ENTITY.matcher(text).region(i, text.length());
        if (entity.lookingAt()) {
          out.text(entity(entity.group(1)));
          i = entity.end();
        } else {
          out.text("&");
          i++;
        }
      } else if (c == '\n' && BLANK_LINE.matcher(text).region(i, text.length()).lookingAt()) {
        out.paragraph();
        i++;
      } else {
        out.text(String.valueOf(c));
        i++;
      }
    }
  }

  /** The index of the brace that closes the one at {@code open}, or -1. */
  private static int closingBrace(String text, int open) {
    int depth = 0;
    for (int i = open; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '{') {
        depth++;
      } else if (c == '}' && --depth == 0) {
        return i;
      }
    }
    return -1;
  }

  private static void inlineTag(String body, Builder out) {
    String[] parts = body.split("\\s+", 2);
    String name = parts[0];
    String argument = parts.length > 1 ? parts[1] : "";
    switch (name) {
      case "code", "value" -> out.codeSpan(argument.strip());
      case "literal" -> out.text(argument);
      case "link", "linkplain" -> {
        String reference = reference(argument);
        String label = argument.substring(reference.length()).strip();
        String shown = label.isEmpty() ? (reference.startsWith("#") ? reference.substring(1) : reference) : label;
        if (name.equals("link")) {
          out.codeSpan(shown);
        } else {
          append(shown, out);
        }
      }
      case "inheritDoc", "docRoot" -> {}
      default -> append(argument, out);
    }
  }

  /** The program element a {@code {@link}} names: up to white space outside parentheses. */
  private static String reference(String argument) {
    int depth = 0;
    for (int i = 0; i < argument.length(); i++) {
      char c = argument.charAt(i);
      if (c == '(') {
        depth++;
      } else if (c == ')') {
        depth--;
      } else if (Character.isWhitespace(c) && depth <= 0) {
        return argument.substring(0, i);
      }
    }
    return argument;
  }

  private static String entity(String name) {
    try {
      if (name.startsWith("#x") || name.startsWith("#X")) {
        return new String(Character.toChars(Integer.parseInt(name.substring(2), 16)));
      }
      if (name.startsWith("#")) {
        return new String(Character.toChars(Integer.parseInt(name.substring(1))));
      }
    } catch (IllegalArgumentException e) {
      return "&" + name + ";";
    }
    return switch (name) {
      case "lt" -> "<";
      case "gt" -> ">";
      case "amp" -> "&";
      case "quot" -> "\"";
      case "apos" -> "'";
      case "nbsp" -> " ";
      case "mdash" -> "—";
      case "ndash" -> "–";
      default -> "&" + name + ";";
    };
  }

  private static Paragraph trimmed(List<Span> spans) {
    List<Span> out = new ArrayList<>(spans);
    while (!out.isEmpty()) {
      Span head = out.get(0);
      String text = head.text().stripLeading();
      if (text.isEmpty()) {
        out.remove(0);
      } else {
        out.set(0, new Span(text, head.code()));
        break;
      }
    }
    while (!out.isEmpty()) {
      Span tail = out.get(out.size() - 1);
      String text = tail.text().stripTrailing();
      if (text.isEmpty()) {
        out.remove(out.size() - 1);
      } else {
        out.set(out.size() - 1, new Span(text, tail.code()));
        break;
      }
    }
    return new Paragraph(out);
  }

  /** Collects spans: adjacent ones of a kind merged, white space collapsed, empty paragraphs dropped. */
  private static final class Builder {
    private final List<Paragraph> paragraphs = new ArrayList<>();
    private final List<Span> spans = new ArrayList<>();
    private final StringBuilder run = new StringBuilder();
    private boolean runIsCode;
    /** Whether prose is inside an HTML code element. */
    boolean code;

    void text(String text) {
      add(text, code);
    }

    void codeSpan(String text) {
      add(text, true);
    }

    private void add(String text, boolean isCode) {
      if (text.isEmpty()) {
        return;
      }
      if (isCode != runIsCode) {
        flushRun();
        runIsCode = isCode;
      }
      run.append(text);
    }

    private void flushRun() {
      if (run.length() > 0) {
        String collapsed = run.toString().replaceAll("\\s+", " ");
        if (runIsCode && collapsed.isBlank()) {
          collapsed = " ";
          spans.add(new Span(collapsed, false));
        } else {
          spans.add(new Span(collapsed, runIsCode));
        }
        run.setLength(0);
      }
    }

    void paragraph() {
      flushRun();
      Paragraph paragraph = trimmed(merged(spans));
      if (!paragraph.spans().isEmpty()) {
        paragraphs.add(paragraph);
      }
      spans.clear();
    }

    DocText build() {
      paragraph();
      return new DocText(paragraphs);
    }

    private static List<Span> merged(List<Span> spans) {
      List<Span> out = new ArrayList<>();
      for (Span span : spans) {
        Span last = out.isEmpty() ? null : out.get(out.size() - 1);
        if (last != null && last.code() == span.code()) {
          out.set(out.size() - 1, new Span((last.text() + span.text()).replaceAll("\\s+", " "), span.code()));
        } else {
          out.add(span);
        }
      }
      return out;
    }
  }
}
