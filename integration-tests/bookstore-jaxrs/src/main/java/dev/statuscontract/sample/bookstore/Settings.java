package dev.statuscontract.sample.bookstore;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * How a bookstore runs.
 *
 * @param clock the time, for rate limits and exports
 * @param tokens the account name of each valid bearer token
 * @param searchesPerMinute how many searches the store answers in a minute, for all clients
 * @param exportDuration how long an export takes
 * @param books the books the store starts with
 */
public record Settings(
    Clock clock, Map<String, String> tokens, int searchesPerMinute, Duration exportDuration, List<Book> books) {

  /** The bearer token that {@link #defaults()} accepts, for trying the API out. */
  public static final String DEMO_TOKEN = "demo-token";

  public Settings {
    tokens = Map.copyOf(tokens);
    books = List.copyOf(books);
  }

  /** The settings of the sample: the system clock, one demo token and three books. */
  public static Settings defaults() {
    return new Settings(
        Clock.systemUTC(),
        Map.of(DEMO_TOKEN, "demo"),
        30,
        Duration.ofSeconds(5),
        List.of(
            new Book("9780441172719", "Dune", "Frank Herbert"),
            new Book("9780547928227", "The Hobbit", "J. R. R. Tolkien"),
            new Book("9780060850524", "Brave New World", "Aldous Huxley")));
  }
}
