package dev.statuscontract.processor.analysis;

import dev.statuscontract.processor.helpers.ResponseHelpers;
import dev.statuscontract.processor.model.StatusCodes;
import java.util.HashMap;
import java.util.Map;
import java.util.OptionalInt;

/**
 * Status codes from names: the constants of JAX-RS's {@code Response.Status} and Spring's {@code
 * HttpStatus} (the model's {@link dev.statuscontract.processor.model.StatusNames}), and the
 * factories of generated {@code <Class>Responses} classes, named as {@link
 * ResponseHelpers#factoryName} names them.
 */
final class StatusNames {

  /** The codes of the generated factories, by name: {@code notFound} is 404. */
  private static final Map<String, Integer> FACTORIES = new HashMap<>();

  static {
    for (int code = 100; code <= 599; code++) {
      if (StatusCodes.reasonPhrase(code).isPresent()) {
        FACTORIES.put(ResponseHelpers.factoryName(code), code);
      }
    }
  }

  private StatusNames() {}

  /** The code of a status enum constant: {@code NOT_FOUND} is 404, {@code UNPROCESSABLE_ENTITY} 422. */
  static OptionalInt ofConstant(String name) {
    return dev.statuscontract.processor.model.StatusNames.codeOf(name);
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
}
