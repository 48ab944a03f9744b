package dev.statuscontract.processor.docs;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The security scheme that {@code -Astatuscontract.securityScheme} names, for openapi.json: the
 * operations whose contract declares a 401 require it, the others require nothing. The processor
 * never guesses one: without the option, openapi.json names no scheme.
 *
 * <p>The values:
 *
 * <ul>
 *   <li>{@code bearer}, or {@code bearer:<format>} such as {@code bearer:JWT}: HTTP {@code Bearer}
 *       authentication (RFC 6750), named {@code bearerAuth};
 *   <li>{@code basic}: HTTP {@code Basic} authentication (RFC 7617), named {@code basicAuth};
 *   <li>{@code http:<scheme>}: another HTTP authentication scheme of the IANA registry, such as
 *       {@code http:digest}, named {@code <scheme>Auth};
 *   <li>{@code apiKey:<header|query|cookie>:<name>}, such as {@code apiKey:header:X-API-Key}: a key
 *       sent in that header, query parameter or cookie, named {@code apiKeyAuth}.
 * </ul>
 *
 * @param name the scheme's name under {@code components/securitySchemes}, and in requirements
 * @param type {@code http} or {@code apiKey}
 * @param scheme for {@code http}, the authentication scheme, in lower case
 * @param bearerFormat for {@code http} {@code bearer}, what the token is, where the option says
 * @param in for {@code apiKey}: {@code header}, {@code query} or {@code cookie}
 * @param parameter for {@code apiKey}: the header, query parameter or cookie
 */
public record SecurityScheme(
    String name, String type, String scheme, Optional<String> bearerFormat, String in, String parameter) {

  public static final String OPTION = "statuscontract.securityScheme";

  /** The forms a value can take, as error messages list them. */
  static final String FORMS =
      "bearer, bearer:<format> (as in bearer:JWT), basic, http:<scheme> (as in http:digest),"
          + " or apiKey:<header|query|cookie>:<name> (as in apiKey:header:X-API-Key)";

  private static final List<String> API_KEY_LOCATIONS = List.of("header", "query", "cookie");
  /** RFC 9110's token: what an authentication scheme and a header name are made of. */
  private static final Pattern TOKEN = Pattern.compile("[!#$%&'*+.^_`|~0-9A-Za-z-]+");

  /**
   * The scheme that {@code value} names; empty where it is {@code null} (not given) or blank, or
   * where it cannot be understood, which adds one message to {@code problems}.
   */
  public static Optional<SecurityScheme> parse(String value, List<String> problems) {
    if (value == null || value.isBlank()) {
      return Optional.empty();
    }
    String trimmed = value.trim();
    String[] parts = trimmed.split(":", -1);
    String kind = parts[0].trim().toLowerCase(Locale.ROOT);
    Optional<SecurityScheme> scheme =
        switch (kind) {
          case "bearer" -> parts.length == 1
              ? Optional.of(http("bearer", Optional.empty()))
              : parts.length == 2 && !parts[1].isBlank()
                  ? Optional.of(http("bearer", Optional.of(parts[1].trim())))
                  : Optional.empty();
          case "basic" -> parts.length == 1 ? Optional.of(http("basic", Optional.empty())) : Optional.empty();
          case "http" -> parts.length == 2 && TOKEN.matcher(parts[1].trim()).matches()
              ? Optional.of(http(parts[1].trim().toLowerCase(Locale.ROOT), Optional.empty()))
              : Optional.empty();
          case "apikey" -> parts.length == 3
                  && API_KEY_LOCATIONS.contains(parts[1].trim().toLowerCase(Locale.ROOT))
                  && TOKEN.matcher(parts[2].trim()).matches()
              ? Optional.of(
                  new SecurityScheme(
                      "apiKeyAuth",
                      "apiKey",
                      "",
                      Optional.empty(),
                      parts[1].trim().toLowerCase(Locale.ROOT),
                      parts[2].trim()))
              : Optional.empty();
          default -> Optional.empty();
        };
    if (scheme.isEmpty()) {
      problems.add(String.format("'%s' in -A%s is no security scheme; write %s", trimmed, OPTION, FORMS));
    }
    return scheme;
  }

  private static SecurityScheme http(String scheme, Optional<String> bearerFormat) {
    return new SecurityScheme(scheme + "Auth", "http", scheme, bearerFormat, "", "");
  }

  /** The Security Scheme Object, as the value of the field being written. */
  void write(JsonGenerator json) throws IOException {
    json.writeStartObject();
    json.writeStringField("type", type);
    if (type.equals("http")) {
      json.writeStringField("scheme", scheme);
      if (bearerFormat.isPresent()) {
        json.writeStringField("bearerFormat", bearerFormat.get());
      }
    } else {
      json.writeStringField("in", in);
      json.writeStringField("name", parameter);
    }
    json.writeEndObject();
  }
}
