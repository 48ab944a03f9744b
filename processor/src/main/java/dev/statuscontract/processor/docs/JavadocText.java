package dev.statuscontract.processor.docs;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Plain text from a Javadoc comment, as {@link javax.lang.model.util.Elements#getDocComment} returns
 * it: inline tags read as their text ({@code {@code x}} and {@code {@literal x}} as {@code x}, a
 * {@code {@link}} as its label or else its reference), HTML tags dropped, whitespace collapsed.
 */
final class JavadocText {

  /** Tags that mark up words inside a sentence: dropped without a trace. */
  private static final Pattern INLINE_HTML_TAG =
      Pattern.compile("</?(?i:a|abbr|b|cite|code|em|i|kbd|q|s|samp|small|span|strong|sub|sup|tt|u|var)\\b[^<>]*>");
  /** Any other tag, such as a paragraph's or a list's: a space. */
  private static final Pattern HTML_TAG = Pattern.compile("</?[A-Za-z][^<>]*>");
  private static final Pattern BLOCK_TAG = Pattern.compile("(?m)^\\s*@[A-Za-z]");
  private static final Pattern WHITESPACE = Pattern.compile("\\s+");

  private JavadocText() {}

  /**
   * The comment's first sentence, as the javadoc tool takes it: up to the first period followed by
   * whitespace, or else the whole main description; empty where there is none.
   */
  static Optional<String> firstSentence(String comment) {
    if (comment == null) {
      return Optional.empty();
    }
    var blockTag = BLOCK_TAG.matcher(comment);
    String description = blockTag.find() ? comment.substring(0, blockTag.start()) : comment;
    String text = INLINE_HTML_TAG.matcher(inlineTags(description)).replaceAll("");
    text = WHITESPACE.matcher(HTML_TAG.matcher(text).replaceAll(" ")).replaceAll(" ").trim();
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) == '.' && (i + 1 == text.length() || text.charAt(i + 1) == ' ')) {
        text = text.substring(0, i + 1);
        break;
      }
    }
    return text.isEmpty() ? Optional.empty() : Optional.of(text);
  }

  /** {@code text} with each inline tag replaced by what it reads as; braces inside a tag balance. */
  private static String inlineTags(String text) {
    StringBuilder out = new StringBuilder();
    int i = 0;
    while (i < text.length()) {
      int start = text.indexOf("{@", i);
      if (start < 0) {
        out.append(text, i, text.length());
        break;
      }
      out.append(text, i, start);
      int depth = 0;
      int end = start;
      for (; end < text.length(); end++) {
        char c = text.charAt(end);
        if (c == '{') {
          depth++;
        } else if (c == '}' && --depth == 0) {
          break;
        }
      }
      String tag = text.substring(start + 2, Math.min(end, text.length()));
      String[] nameAndBody = tag.split("\\s+", 2);
      String body = nameAndBody.length > 1 ? nameAndBody[1].trim() : "";
      out.append(
          switch (nameAndBody[0]) {
            case "link", "linkplain" -> linkText(body);
            default -> body;
          });
      i = end + 1;
    }
    return out.toString();
  }

  /** A link's label, or else its reference as a reader would write it: {@code Type.member}. */
  private static String linkText(String body) {
    String[] referenceAndLabel = body.split("\\s+", 2);
    if (referenceAndLabel.length > 1) {
      return referenceAndLabel[1];
    }
    String reference = referenceAndLabel[0];
    return reference.startsWith("#") ? reference.substring(1) : reference.replace('#', '.');
  }
}
