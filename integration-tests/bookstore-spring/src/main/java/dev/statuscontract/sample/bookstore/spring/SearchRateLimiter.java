package dev.statuscontract.sample.bookstore.spring;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/** Searches are expensive: each client gets a fixed number per minute (bookstore.search.per-minute). */
@Component
public class SearchRateLimiter {

  private static final Duration WINDOW = Duration.ofMinutes(1);

  private record Window(Instant start, int used) {}

  private final Clock clock = Clock.systemUTC();
  private final int perMinute;
  private final Map<String, Window> windows = new ConcurrentHashMap<>();

  public SearchRateLimiter(@Value("${bookstore.search.per-minute:30}") int perMinute) {
    this.perMinute = perMinute;
  }

  /** Counts a search of the client; empty when allowed, else how long until it may search again. */
  public Optional<Duration> acquire(String client) {
    Instant now = clock.instant();
    Window window =
        windows.compute(
            client,
            (k, w) -> w == null || !now.isBefore(w.start().plus(WINDOW)) ? new Window(now, 1) : new Window(w.start(), w.used() + 1));
    return window.used() <= perMinute
        ? Optional.empty()
        : Optional.of(Durations.wholeSecondsUp(Duration.between(now, window.start().plus(WINDOW))));
  }

  /** Forgets every client's count. */
  public void reset() {
    windows.clear();
  }
}
