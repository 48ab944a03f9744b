package dev.statuscontract.sample.bookstore.spring;

import jakarta.annotation.PreDestroy;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Exports of the catalogue as CSV, made in the background: an export takes at least
 * bookstore.exports.duration, as a real one (a file on object storage) would take a while.
 */
@Component
public class Exports {

  private final class Export {
    final String id = UUID.randomUUID().toString();
    final Instant requestedAt = clock.instant();
    final Instant expectedAt = requestedAt.plus(duration);
    final List<Book> books;
    volatile String csv;

    Export(List<Book> books) {
      this.books = books;
    }

    ExportJob job() {
      return new ExportJob(id, csv == null ? ExportJob.State.RUNNING : ExportJob.State.DONE, books.size(), requestedAt, expectedAt);
    }
  }

  private final Clock clock = Clock.systemUTC();
  private final Duration duration;
  private final Map<String, Export> exports = new ConcurrentHashMap<>();
  private final ScheduledExecutorService worker =
      Executors.newSingleThreadScheduledExecutor(
          r -> {
            Thread t = new Thread(r, "bookstore-exports");
            t.setDaemon(true);
            return t;
          });

  public Exports(@Value("${bookstore.exports.duration:5s}") Duration duration) {
    this.duration = duration;
  }

  /** Starts an export of these books. */
  public ExportJob start(List<Book> books) {
    Export export = new Export(List.copyOf(books));
    exports.put(export.id, export);
    worker.schedule(() -> export.csv = csv(export.books), duration.toMillis(), TimeUnit.MILLISECONDS);
    return export.job();
  }

  public Optional<ExportJob> find(String id) {
    return Optional.ofNullable(exports.get(id)).map(Export::job);
  }

  /** The CSV of a finished export; empty while it runs or when there is none. */
  public Optional<String> file(String id) {
    return Optional.ofNullable(exports.get(id)).map(e -> e.csv);
  }

  /** How long until a running export is expected to finish, at least a second. */
  public Duration remaining(ExportJob job) {
    Duration left = Duration.between(clock.instant(), job.expectedAt());
    return Durations.wholeSecondsUp(left.isNegative() ? Duration.ZERO : left);
  }

  @PreDestroy
  void stop() {
    worker.shutdownNow();
  }

  private static String csv(List<Book> books) {
    StringBuilder csv = new StringBuilder("isbn,title,author\r\n");
    for (Book b : books) {
      csv.append(field(b.isbn())).append(',').append(field(b.title())).append(',').append(field(b.author())).append("\r\n");
    }
    return csv.toString();
  }

  /** An RFC 4180 field: quoted when it holds a comma, a quote or a line break. */
  private static String field(String value) {
    return value.matches("[^,\"\r\n]*") ? value : '"' + value.replace("\"", "\"\"") + '"';
  }
}
