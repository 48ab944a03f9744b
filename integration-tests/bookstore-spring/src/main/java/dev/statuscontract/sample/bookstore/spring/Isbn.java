package dev.statuscontract.sample.bookstore.spring;

import java.util.Optional;

/** ISBN-13, the key of the catalogue, and ISBN-10, the older form that old links still use. */
final class Isbn {

  private Isbn() {}

  /** Whether the text is a valid ISBN-13: 13 digits, starting 978 or 979, with its check digit. */
  static boolean isIsbn13(String text) {
    if (text == null || !text.matches("97[89]\\d{10}")) {
      return false;
    }
    return checkDigit13(text.substring(0, 12)) == text.charAt(12) - '0';
  }

  /** The ISBN-13 of a valid ISBN-10 (nine digits and a check digit, 0-9 or X). */
  static Optional<String> isbn13Of(String isbn10) {
    if (isbn10 == null || !isbn10.matches("\\d{9}[\\dX]")) {
      return Optional.empty();
    }
    int sum = 0;
    for (int i = 0; i < 10; i++) {
      char c = isbn10.charAt(i);
      sum += (10 - i) * (c == 'X' ? 10 : c - '0');
    }
    if (sum % 11 != 0) {
      return Optional.empty();
    }
    String first12 = "978" + isbn10.substring(0, 9);
    return Optional.of(first12 + checkDigit13(first12));
  }

  private static int checkDigit13(String first12) {
    int sum = 0;
    for (int i = 0; i < 12; i++) {
      sum += (first12.charAt(i) - '0') * (i % 2 == 0 ? 1 : 3);
    }
    return (10 - sum % 10) % 10;
  }
}
