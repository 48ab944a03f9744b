package dev.statuscontract.processor.analysis;

import dev.statuscontract.processor.model.StatusCodes;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalInt;

/**
 * Status codes from names: the constants of JAX-RS's {@code Response.Status} and Spring's {@code
 * HttpStatus} (read by name, as neither enum is on the processor's class path), and the factories
 * of generated {@code <Class>Responses} classes ({@code notFound}, {@code status499}).
 */
final class StatusNames {

  /** Constant names that are not the registered reason phrase in upper snake case. */
  private static final Map<String, Integer> ALIASES =
      Map.ofEntries(
          Map.entry("CHECKPOINT", 103),
          Map.entry("MOVED_TEMPORARILY", 302),
          Map.entry("REQUEST_ENTITY_TOO_LARGE", 413),
          Map.entry("PAYLOAD_TOO_LARGE", 413),
          Map.entry("REQUEST_URI_TOO_LONG", 414),
          Map.entry("REQUESTED_RANGE_NOT_SATISFIABLE", 416),
          Map.entry("I_AM_A_TEAPOT", 418),
          Map.entry("INSUFFICIENT_SPACE_ON_RESOURCE", 419),
          Map.entry("METHOD_FAILURE", 420),
          Map.entry("DESTINATION_LOCKED", 421),
          Map.entry("UNPROCESSABLE_ENTITY", 422),
          Map.entry("BANDWIDTH_LIMIT_EXCEEDED", 509));

  private static final Map<String, Integer> CONSTANTS = new HashMap<>(ALIASES);
  private static final Map<String, Integer> FACTORIES = new HashMap<>();

  static {
    for (int code = 100; code <= 599; code++) {
      int c = code;
      StatusCodes.reasonPhrase(code)
          .ifPresent(
              phrase -> {
                CONSTANTS.putIfAbsent(phrase.toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]+", "_"), c);
                FACTORIES.put(lowerCamel(phrase), c);
              });
    }
  }

  private StatusNames() {}

  /** The code of a status enum constant: {@code NOT_FOUND} is 404, {@code UNPROCESSABLE_ENTITY} 422. */
  static OptionalInt ofConstant(String name) {
    Integer code = CONSTANTS.get(name);
    return code == null ? OptionalInt.empty() : OptionalInt.of(code);
  }

  /** The code of a generated factory: {@code notFound} is 404, {@code status499} is 499. */
  static OptionalInt ofFactory(String name) {
    if (name.matches("status[1-5][0-9][0-9]")) {
      return OptionalInt.of(Integer.parseInt(name.substring("status".length())));
    }
    Integer code = FACTORIES.get(name);
    return code == null ? OptionalInt.empty() : OptionalInt.of(code);
  }

  /**
   * The header a generated factory's parameter stands for: {@code location} is {@code Location},
   * {@code wwwAuthenticate} {@code Www-Authenticate} (header names compare without regard to
   * case); the suffixes the generator adds to keep names apart ({@code Header}, a number) are
   * dropped.
   */
  static String headerOfParameter(String parameter) {
    String stem = parameter.replaceAll("[0-9]+$", "");
    if (stem.endsWith("Header") && stem.length() > "Header".length()) {
      stem = stem.substring(0, stem.length() - "Header".length());
    }
    return camelToHeader(stem);
  }

  /** {@code contentLocation} becomes {@code Content-Location}. */
  static String camelToHeader(String camel) {
    StringBuilder header = new StringBuilder();
    for (int i = 0; i < camel.length(); i++) {
      char c = camel.charAt(i);
      if (i == 0) {
        header.append(Character.toUpperCase(c));
      } else if (Character.isUpperCase(c)) {
        header.append('-').append(c);
      } else {
        header.append(c);
      }
    }
    return header.toString();
  }

  /** The generator's factory name for a reason phrase: {@code No Content} becomes {@code noContent}. */
  private static String lowerCamel(String words) {
    StringBuilder name = new StringBuilder();
    for (String word : words.split("[^A-Za-z0-9]+")) {
      if (word.isEmpty()) {
        continue;
      }
      String body = word.equals(word.toUpperCase(Locale.ROOT)) ? word.toLowerCase(Locale.ROOT) : word;
      name.append(
          name.length() == 0
              ? body.toLowerCase(Locale.ROOT)
              : Character.toUpperCase(body.charAt(0)) + body.substring(1));
    }
    return name.toString();
  }
}
