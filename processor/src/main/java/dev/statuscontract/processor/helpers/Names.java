package dev.statuscontract.processor.helpers;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.lang.model.SourceVersion;

/** Java names made from HTTP names: reason phrases, header names, method names. */
final class Names {

  private Names() {}

  /** {@code create} becomes {@code Create}. */
  static String pascalCase(String javaName) {
    return javaName.isEmpty() ? javaName : Character.toUpperCase(javaName.charAt(0)) + javaName.substring(1);
  }

  /**
   * The characters of {@code text} that a Java identifier may hold, as one identifier: {@code
   * @StandardErrors} becomes {@code StandardErrors}, {@code ? extends Foo} {@code extendsFoo}.
   */
  static String identifier(String text) {
    StringBuilder name = new StringBuilder();
    for (String word : text.split("[^\\p{javaJavaIdentifierPart}]+")) {
      name.append(name.length() == 0 ? word : pascalCase(word));
    }
    if (name.length() == 0 || !Character.isJavaIdentifierStart(name.charAt(0))) {
      name.insert(0, "Type");
    }
    return name.toString();
  }

  /**
   * {@code name} itself when it has at most {@code max} characters; else its first characters and
   * a hash of the whole, so that long names stay distinct and a class file's name stays within
   * file-system limits.
   */
  static String bounded(String name, int max) {
    if (name.length() <= max) {
      return name;
    }
    String hash = Integer.toHexString(name.hashCode());
    return name.substring(0, max - hash.length() - 1) + "_" + hash;
  }

  /**
   * A lower-camel-case Java name from words: {@code No Content} becomes {@code noContent}, {@code
   * WWW-Authenticate} becomes {@code wwwAuthenticate}, {@code IM Used} becomes {@code imUsed}; a
   * keyword gets a trailing underscore.
   */
  static String lowerCamel(String words) {
    StringBuilder name = new StringBuilder();
    for (String word : words(words)) {
      // An acronym reads as a word (WWW becomes Www); a word in camel case keeps it (RateLimit).
      String body = word.equals(word.toUpperCase(Locale.ROOT)) ? word.toLowerCase(Locale.ROOT) : word;
      name.append(
          name.length() == 0
              ? body.toLowerCase(Locale.ROOT)
              : Character.toUpperCase(body.charAt(0)) + body.substring(1));
    }
    if (name.length() == 0 || !Character.isJavaIdentifierStart(name.charAt(0))) {
      name.insert(0, '_');
    }
    return SourceVersion.isKeyword(name) ? name + "_" : name.toString();
  }

  private static List<String> words(String text) {
    List<String> words = new ArrayList<>();
    for (String word : text.split("[^A-Za-z0-9]+")) {
      if (!word.isEmpty()) {
        words.add(word);
      }
    }
    return words;
  }
}
