package dev.statuscontract.sample.bookstore;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Exports of the catalog as CSV. An export takes a snapshot of the catalog when it is requested and
 * takes {@code duration} to process (simulated against the clock, so that tests can move time on
 * instead of sleeping); until then it is running, and it can be cancelled.
 */
public final class Exports {

  /** One export. */
  public record Export(String id, List<Book> books, Instant readyAt) {

    public boolean done(Instant now) {
      return !now.isBefore(readyAt);
    }

    /** The export as RFC 4180 CSV. */
    public String csv() {
      StringBuilder csv = new StringBuilder("isbn,title,author\r\n");
      for (Book book : books) {
        csv.append(field(book.isbn()))
            .append(',')
            .append(field(book.title()))
            .append(',')
            .append(field(book.author()))
            .append("\r\n");
      }
      return csv.toString();
    }

    private static String field(String value) {
      return value.matches("[^\",\r\n]*") ? value : '"' + value.replace("\"", "\"\"") + '"';
    }
  }

  private final Clock clock;
  private final Duration duration;
  private final Map<String, Export> exports = new ConcurrentHashMap<>();

  public Exports(Clock clock, Duration duration) {
    this.clock = clock;
    this.duration = duration;
  }

  /** Starts an export of these books. */
  public Export start(List<Book> books) {
    Export export = new Export(UUID.randomUUID().toString(), List.copyOf(books), clock.instant().plus(duration));
    exports.put(export.id(), export);
    return export;
  }

  public Optional<Export> get(String id) {
    return Optional.ofNullable(exports.get(id));
  }

  /** Cancels a running export; false when there is none with this id or it is done. */
  public boolean cancel(String id) {
    Export export = exports.get(id);
    return export != null && !export.done(now()) && exports.remove(id, export);
  }

  public Instant now() {
    return clock.instant();
  }

  /** The status of an export, for its monitor. */
  public ExportStatus status(Export export) {
    return new ExportStatus(export.id(), export.done(now()) ? "done" : "running", export.books().size(), export.readyAt().toString());
  }
}
