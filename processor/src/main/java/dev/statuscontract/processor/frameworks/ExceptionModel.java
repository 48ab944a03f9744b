package dev.statuscontract.processor.frameworks;

import java.util.Set;

/**
 * What a framework answers, by itself, for an exception of a library class or its subclasses,
 * when no handler of the application maps it.
 */
public sealed interface ExceptionModel {

  /** The exception's class fixes the status: {@code NotFoundException} is 404. */
  record Fixed(int code, Set<String> headers) implements ExceptionModel {
    public Fixed {
      headers = Set.copyOf(headers);
    }
  }

  /**
   * The constructor's arguments give the status: an argument whose parameter is a status ({@code
   * int}, a status object) or a response. Known only where the class itself is constructed; a
   * subclass, a variable or a {@code throws} clause leaves it unknown.
   *
   * @param withoutStatus the status when the constructor takes none ({@code new
   *     WebApplicationException()} is 500), or -1 when that is unknown
   * @param headers the header fields it always sets ({@code RedirectionException} sets Location)
   */
  record Constructed(int withoutStatus, Set<String> headers) implements ExceptionModel {
    public Constructed {
      headers = Set.copyOf(headers);
    }
  }
}
