package dev.statuscontract.processor.lang;

/**
 * Thrown while reading a contract that refers to a type javac has not resolved (yet): a missing
 * import, or a class another annotation processor generates in a later round. The scanner then
 * leaves the class for a later round, so that a half-known contract never yields a finding.
 */
public final class Unresolved extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public static final Unresolved INSTANCE = new Unresolved();

  private Unresolved() {
    super("an unresolved type", null, false, false);
  }
}
