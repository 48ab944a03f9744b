package dev.statuscontract.sample.bookstore.spring;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.springframework.stereotype.Component;

/** A maintenance window: while it lasts, every endpoint answers 503 with Retry-After. */
@Component
public class Maintenance {

  private final Clock clock = Clock.systemUTC();
  private volatile Instant until = Instant.MIN;

  /** Starts a maintenance window of the given length. */
  public void start(Duration length) {
    until = clock.instant().plus(length);
  }

  public void end() {
    until = Instant.MIN;
  }

  /** How long the maintenance still lasts, in whole seconds rounded up; empty when it is over. */
  public Optional<Duration> retryAfter() {
    Duration left = Duration.between(clock.instant(), until);
    return left.isNegative() || left.isZero() ? Optional.empty() : Optional.of(Durations.wholeSecondsUp(left));
  }
}
