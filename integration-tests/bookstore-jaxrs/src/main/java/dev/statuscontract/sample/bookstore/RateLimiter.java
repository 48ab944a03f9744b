package dev.statuscontract.sample.bookstore;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/** At most {@code limit} calls per fixed window of time, for all clients together. */
public final class RateLimiter {

  private final Clock clock;
  private final int limit;
  private final Duration window;
  private Instant windowEnd = Instant.MIN;
  private int used;

  public RateLimiter(Clock clock, int limit, Duration window) {
    if (limit < 1 || window.isNegative() || window.isZero()) {
      throw new IllegalArgumentException("a limit needs at least one call per positive window");
    }
    this.clock = clock;
    this.limit = limit;
    this.window = window;
  }

  /**
   * Takes one call from the current window: empty when it is allowed, else how long until the next
   * window opens, in whole seconds rounded up.
   */
  public synchronized Optional<Duration> acquire() {
    Instant now = clock.instant();
    if (!now.isBefore(windowEnd)) {
      windowEnd = now.plus(window);
      used = 0;
    }
    if (used < limit) {
      used++;
      return Optional.empty();
    }
    return Optional.of(wholeSecondsUntil(now, windowEnd));
  }

  /**
   * The time from {@code now} to {@code then} in whole seconds, rounded up and at least one: what a
   * {@code Retry-After} should say, since it counts whole seconds and a client told 0 retries at
   * once.
   */
  static Duration wholeSecondsUntil(Instant now, Instant then) {
    Duration wait = Duration.between(now, then);
    long seconds = wait.toSeconds() + (wait.toNanosPart() > 0 ? 1 : 0);
    return Duration.ofSeconds(Math.max(1, seconds));
  }
}
