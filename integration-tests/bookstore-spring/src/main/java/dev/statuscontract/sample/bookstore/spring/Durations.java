package dev.statuscontract.sample.bookstore.spring;

import java.time.Duration;

final class Durations {

  private Durations() {}

  /**
   * A duration in whole seconds, rounded up: Retry-After is sent in whole seconds, and a client
   * told to come back after 1 s when 1.4 s remain would come back too early.
   */
  static Duration wholeSecondsUp(Duration d) {
    long seconds = d.getSeconds() + (d.getNano() > 0 ? 1 : 0);
    return Duration.ofSeconds(Math.max(1, seconds));
  }
}
