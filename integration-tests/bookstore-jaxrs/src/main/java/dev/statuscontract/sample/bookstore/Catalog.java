package dev.statuscontract.sample.bookstore;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.ConcurrentNavigableMap;
import java.util.concurrent.ConcurrentSkipListMap;

/** The books of the store, in memory, ordered by ISBN. */
public final class Catalog {

  private final ConcurrentNavigableMap<String, Book> books = new ConcurrentSkipListMap<>();

  public Catalog(List<Book> initial) {
    initial.forEach(this::add);
  }

  /** Adds a book; false when a book with its ISBN exists. */
  public boolean add(Book book) {
    return books.putIfAbsent(book.isbn(), book) == null;
  }

  public Optional<Book> get(String isbn) {
    return Optional.ofNullable(books.get(isbn));
  }

  /** Replaces a book; false when no book has its ISBN. */
  public boolean replace(Book book) {
    return books.replace(book.isbn(), book) != null;
  }

  /** Removes a book; false when no book has this ISBN. */
  public boolean remove(String isbn) {
    return books.remove(isbn) != null;
  }

  /** At most {@code limit} books, by ISBN. */
  public List<Book> list(int limit) {
    return books.values().stream().limit(limit).toList();
  }

  /** The books whose title or author contains {@code text}, ignoring case. */
  public List<Book> search(String text) {
    String wanted = text.toLowerCase(Locale.ROOT);
    return books.values().stream()
        .filter(
            b ->
                b.title().toLowerCase(Locale.ROOT).contains(wanted)
                    || b.author().toLowerCase(Locale.ROOT).contains(wanted))
        .toList();
  }

  /** Every book. */
  public List<Book> all() {
    return List.copyOf(books.values());
  }
}
