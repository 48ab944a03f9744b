package dev.statuscontract.processor.scan;

/**
 * Thrown while reading a contract that refers to a type javac has not resolved (yet): a missing
 * import, or a class another annotation processor generates in a later round. The scanner then
 * leaves the class for a later round, so that a half-known contract never yields a finding.
 */
final class Unresolved extends RuntimeException {

  private static final long serialVersionUID = 1L;

  static final Unresolved INSTANCE = new Unresolved();

  private Unresolved() {
    super("an unresolved type", null, false, false);
  }
}
