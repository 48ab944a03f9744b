package dev.statuscontract.processor.model;

/**
 * A place inside a method body where the body analysis found what a finding is about: a {@code
 * return}, a {@code throw}, a call. The analysis makes them; the reporter prints at them.
 */
public interface BodySpot {

  /** The source file, as a URI string. */
  String file();

  /** The 1-based line, where a diagnostic printed at the spot shows. */
  long line();

  /** The character offset in {@link #file()} where a diagnostic's caret goes, or -1. */
  long position();
}
