package dev.statuscontract.processor.model;

/** Where a declared response was written, from the most specific to the least. */
public enum Level {
  /** A {@code @Returns} on the endpoint method itself. */
  METHOD,
  /** A {@code @Returns} on the endpoint's class or an enclosing class. */
  CLASS,
  /** A {@code @Returns} reached through a composed annotation such as {@code @StandardErrors}. */
  COMPOSED
}
