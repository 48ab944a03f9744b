package dev.statuscontract.processor.model;

/**
 * The status code of a produced response: a known code, or {@link Unknown} when the code cannot
 * tell it (a parameter, a field, a non-constant expression, another object's method). Never a
 * guess.
 */
public sealed interface Status permits Status.Code, Status.Unknown {

  /** A known code, such as 404. */
  public static Status of(int code) {
    return new Code(code);
  }

  /** A code that cannot be known, and why. */
  public static Status unknown(String because) {
    return new Unknown(because);
  }

  /** Whether the code is known. */
  default boolean isKnown() {
    return this instanceof Code;
  }

  /** A status code known at compile time. */
  record Code(int value) implements Status {
    @Override
    public String toString() {
      return String.valueOf(value);
    }
  }

  /**
   * A status code that cannot be known at compile time.
   *
   * @param because what the code does instead, for messages: {@code a parameter}, {@code the
   *     result of Service.status()}
   */
  record Unknown(String because) implements Status {
    @Override
    public String toString() {
      return "UNKNOWN";
    }
  }
}
