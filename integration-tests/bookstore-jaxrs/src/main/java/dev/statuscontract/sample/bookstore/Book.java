package dev.statuscontract.sample.bookstore;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** A book in the store, identified by its ISBN. */
public record Book(String isbn, String title, String author) {

  private static final Pattern ISBN = Pattern.compile("\\d{9}[\\dX]|\\d{13}");

  /** What is wrong with this book as a client sent it; empty when nothing is. */
  public List<String> problems() {
    List<String> problems = new ArrayList<>();
    if (isbn == null || !ISBN.matcher(isbn).matches()) {
      problems.add("isbn must be an ISBN-10 or ISBN-13 without hyphens");
    }
    if (title == null || title.isBlank()) {
      problems.add("title is required");
    }
    if (author == null || author.isBlank()) {
      problems.add("author is required");
    }
    return problems;
  }
}
