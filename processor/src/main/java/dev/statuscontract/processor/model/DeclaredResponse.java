package dev.statuscontract.processor.model;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * One {@code @Returns} declaration as it applies to an endpoint.
 *
 * @param code the status code; for a {@linkplain #isPattern() pattern} 0, and for a code that is
 *     not a number {@link Integer#MIN_VALUE}
 * @param written the code as written: {@code 201}, {@code default}, {@code 2XX}, or whatever string
 *     a {@code responseCode} holds
 * @param declaredWith the annotation the declaration is read from
 * @param description when the endpoint returns it; empty when not given
 * @param headers the response header names, as written
 * @param body the response body type; empty for no body
 * @param level whether it was written on the method, on the class, or reached through a composed
 *     annotation
 * @param source for {@link Level#CLASS} the simple name of the declaring class, for {@link
 *     Level#COMPOSED} the composed annotation as used (for example {@code @StandardErrors}); empty
 *     for {@link Level#METHOD}
 * @param declaration where the {@code @Returns} itself is written
 * @param site where the declaration attaches to the endpoint: the same as {@code declaration}, or
 *     the use of a composed annotation
 * @param bodyCarried whether the endpoint method's return type can carry {@code body}: false only
 *     when the method declares what it returns, as Spring's {@code ResponseEntity<User>} does, and
 *     {@code body} is something else
 */
public record DeclaredResponse(
    int code,
    String written,
    Source declaredWith,
    String description,
    List<String> headers,
    Optional<TypeRef> body,
    Level level,
    String source,
    Origin declaration,
    Origin site,
    boolean bodyCarried) {

  public DeclaredResponse {
    headers = List.copyOf(headers);
  }

  /** This declaration without its places in the source, for the documents, which need none. */
  public DeclaredResponse detached() {
    return new DeclaredResponse(
        code, written, declaredWith, description, headers, body, level, source, Origin.NOWHERE, Origin.NOWHERE, bodyCarried);
  }

  /** A declaration of {@code @Returns}, whose code is always a number. */
  public static DeclaredResponse returns(
      int code,
      String description,
      List<String> headers,
      Optional<TypeRef> body,
      Level level,
      String source,
      Origin declaration,
      Origin site,
      boolean bodyCarried) {
    return new DeclaredResponse(
        code, String.valueOf(code), Source.RETURNS, description, headers, body, level, source, declaration, site, bodyCarried);
  }

  /**
   * The source of the success response that Swagger 2's {@code @ApiOperation} declares by itself
   * (its {@code code}, 200 by default), read as a composed declaration.
   */
  public static final String OPERATION_DEFAULT = "@ApiOperation";

  /** Whether a tool declares it by itself, without a response annotation: Swagger 2's {@code @ApiOperation} success. */
  public boolean isImplicit() {
    return level == Level.COMPOSED && source.equals(OPERATION_DEFAULT);
  }

  /**
   * Whether the code is {@code default} or a range such as {@code 2XX}: documented, never checked
   * as a code.
   */
  public boolean isPattern() {
    return isRange(written) || written.equalsIgnoreCase("default");
  }

  /**
   * {@code 1XX} to {@code 5XX}, either case: a range of codes, as OpenAPI writes it. Asked of every
   * declaration by every rule, so read without a regular expression.
   */
  private static boolean isRange(String written) {
    return written.length() == 3
        && written.charAt(0) >= '1'
        && written.charAt(0) <= '5'
        && (written.charAt(1) == 'X' || written.charAt(1) == 'x')
        && (written.charAt(2) == 'X' || written.charAt(2) == 'x');
  }

  /** Whether the code was written as a number (a valid one or not). */
  public boolean isNumeric() {
    return code != Integer.MIN_VALUE && !isPattern();
  }

  /** What tells this response apart from the endpoint's others: its code, or its pattern as written. */
  public Object key() {
    return isNumeric() ? (Object) code : written.toUpperCase(Locale.ROOT);
  }

  /**
   * What the code means, as the documents show it: the reason phrase ({@code Created}), {@code Any
   * 4xx status} for a range, {@code Any other status} for {@code default}; empty where there is none.
   */
  public String meaning() {
    if (isNumeric()) {
      return StatusCodes.reasonPhrase(code).orElse("");
    }
    if (!isPattern()) {
      return "";
    }
    return written.equalsIgnoreCase("default") ? "Any other status" : "Any " + written.charAt(0) + "xx status";
  }

  /** The class of the code or the pattern, 1 to 5, as a hundred: 400 for {@code 4XX}; 0 for the rest. */
  public int classHundreds() {
    if (isNumeric()) {
      return code / 100 * 100;
    }
    return isPattern() && !written.equalsIgnoreCase("default") ? (written.charAt(0) - '0') * 100 : 0;
  }

  /** The code as the documents show it: {@code 201}, {@code 2XX}, {@code default}. */
  public String label() {
    return isNumeric() ? String.valueOf(code) : isPattern() ? written.toUpperCase(Locale.ROOT).replace("DEFAULT", "default") : written;
  }

  /** Whether a header of this name is declared, compared case-insensitively as RFC 9110 §5.1 says. */
  public boolean hasHeader(String name) {
    String wanted = name.toLowerCase(Locale.ROOT);
    return headers.stream().anyMatch(h -> h.trim().toLowerCase(Locale.ROOT).equals(wanted));
  }

  /** The code with its reason phrase, for example {@code 201 Created}; a pattern or a string as written. */
  public String status() {
    return isNumeric() ? StatusCodes.describe(code) : isPattern() ? label() : "\"" + written + "\"";
  }

  /**
   * The code with its reason phrase and, unless it is declared on the method, where it comes from:
   * {@code 401 Unauthorized (from @StandardErrors)}.
   */
  public String describe() {
    if (declaredWith.isInferred()) {
      return status() + " (inferred from the code)";
    }
    if (isImplicit()) {
      return status() + " (the default code of @ApiOperation)";
    }
    String with = declaredWith == Source.RETURNS ? "" : " with " + declaredWith.annotation();
    return switch (level) {
      case METHOD -> status() + (with.isEmpty() ? "" : " (declared" + with + ")");
      case CLASS -> status() + " (from class " + source + with + ")";
      case COMPOSED -> status() + " (from " + source + with + ")";
    };
  }

  /** The class of the code: 2 for 2xx and so on. */
  public int statusClass() {
    return code / 100;
  }
}
