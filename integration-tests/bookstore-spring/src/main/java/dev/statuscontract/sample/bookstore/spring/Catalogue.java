package dev.statuscontract.sample.bookstore.spring;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;

/**
 * The books of the store, in memory. Archived books (out of print, kept for reference) are
 * read-only: they can be read but neither replaced nor deleted.
 */
@Component
public class Catalogue {

  private final Map<String, Book> books = new ConcurrentHashMap<>();
  private final Set<String> archived = ConcurrentHashMap.newKeySet();

  public Catalogue() {
    add(new Book("9780441013593", "Dune", "Frank Herbert"));
    add(new Book("9780547928227", "The Hobbit", "J. R. R. Tolkien"));
    add(new Book("9780140449136", "Crime and Punishment", "Fyodor Dostoevsky"));
    archived.add("9780140449136");
  }

  /** Every book, by ISBN. */
  public List<Book> all() {
    return books.values().stream().sorted(Comparator.comparing(Book::isbn)).toList();
  }

  /** The books whose title or author contains the text, ignoring case, by ISBN. */
  public List<Book> search(String text) {
    String needle = text.toLowerCase(Locale.ROOT);
    return all().stream()
        .filter(b -> b.title().toLowerCase(Locale.ROOT).contains(needle) || b.author().toLowerCase(Locale.ROOT).contains(needle))
        .toList();
  }

  public Optional<Book> find(String isbn) {
    return Optional.ofNullable(books.get(isbn));
  }

  /** Adds a book; false when a book with its ISBN exists. */
  public boolean add(Book book) {
    return books.putIfAbsent(book.isbn(), book) == null;
  }

  /** Replaces a book; false when none has its ISBN. */
  public boolean replace(Book book) {
    return books.replace(book.isbn(), book) != null;
  }

  /** Removes a book; false when none has the ISBN. */
  public boolean remove(String isbn) {
    return books.remove(isbn) != null;
  }

  public boolean isArchived(String isbn) {
    return archived.contains(isbn);
  }
}
