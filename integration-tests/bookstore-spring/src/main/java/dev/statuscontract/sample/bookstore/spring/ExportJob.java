package dev.statuscontract.sample.bookstore.spring;

import java.time.Instant;

/** The status monitor of an export of the catalogue: what a client polls. */
public record ExportJob(String id, State state, int books, Instant requestedAt, Instant expectedAt) {

  public enum State {
    RUNNING,
    DONE
  }
}
