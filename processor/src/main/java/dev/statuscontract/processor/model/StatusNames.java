package dev.statuscontract.processor.model;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalInt;

/**
 * The codes of the status constants that frameworks name: Spring's {@code HttpStatus.NOT_FOUND},
 * JAX-RS's {@code Response.Status.NOT_FOUND}. The constants are read by name, as the frameworks are
 * not on the processor's class path: each registered reason phrase in upper snake case, and the
 * older or other names the two enums use.
 */
public final class StatusNames {

  private static final Map<String, Integer> CODES = new HashMap<>();

  static {
    for (int code = 100; code <= 599; code++) {
      int c = code;
      StatusCodes.reasonPhrase(code)
          .ifPresent(phrase -> CODES.put(phrase.toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]+", "_"), c));
    }
    // Spring's HttpStatus, before and after RFC 9110 renamed some phrases.
    CODES.put("CHECKPOINT", 103);
    CODES.put("MOVED_TEMPORARILY", 302);
    CODES.put("I_AM_A_TEAPOT", 418);
    CODES.put("PAYLOAD_TOO_LARGE", 413);
    CODES.put("REQUEST_ENTITY_TOO_LARGE", 413);
    CODES.put("REQUEST_URI_TOO_LONG", 414);
    CODES.put("REQUESTED_RANGE_NOT_SATISFIABLE", 416);
    CODES.put("UNPROCESSABLE_ENTITY", 422);
    CODES.put("INSUFFICIENT_SPACE_ON_RESOURCE", 419);
    CODES.put("METHOD_FAILURE", 420);
    CODES.put("DESTINATION_LOCKED", 421);
    CODES.put("BANDWIDTH_LIMIT_EXCEEDED", 509);
    // JAX-RS's Response.Status.
    CODES.put("NETWORK_AUTHENTICATION_REQUIRED", 511);
    CODES.put("HTTP_VERSION_NOT_SUPPORTED", 505);
  }

  private StatusNames() {}

  /** The code of a constant such as {@code NOT_FOUND}, if it names one. */
  public static OptionalInt codeOf(String constant) {
    Integer code = CODES.get(constant);
    return code == null ? OptionalInt.empty() : OptionalInt.of(code);
  }
}
