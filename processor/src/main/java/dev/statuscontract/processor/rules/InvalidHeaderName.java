package dev.statuscontract.processor.rules;

import dev.statuscontract.processor.model.DeclaredResponse;
import dev.statuscontract.processor.model.Endpoint;
import java.util.List;
import java.util.regex.Pattern;

/** A field name is a token: letters, digits and {@code !#$%&'*+-.^_`|~}, nothing else. */
public final class InvalidHeaderName extends Rule {

  public static final String ID = "invalid-header-name";

  private static final Pattern TOKEN = Pattern.compile("[!#$%&'*+\\-.^_`|~0-9A-Za-z]+");

  public InvalidHeaderName() {
    super(ID, Severity.ERROR, "A header name is an RFC 9110 token: no spaces, colons or empty names.");
  }

  @Override
  protected void check(Endpoint endpoint, List<Finding> out) {
    for (DeclaredResponse response : endpoint.responses()) {
      for (String header : response.headers()) {
        if (!TOKEN.matcher(header).matches()) {
          out.add(
              onDeclaration(
                  endpoint,
                  response,
                  String.format(
                      "%s declares %s with the header name \"%s\", which is not a valid field name;"
                          + " write the name alone, such as %s (RFC 9110 §5.1, §5.6.2)",
                      endpoint.describe(), response.describe(), escape(header), suggestion(header))));
        }
      }
    }
  }

  /** The name alone: "Location: /x" becomes "Location", "Retry After" becomes "Retry-After". */
  private static String suggestion(String header) {
    String name = header.contains(":") ? header.substring(0, header.indexOf(':')) : header;
    name = name.trim().replaceAll("\\s+", "-");
    return TOKEN.matcher(name).matches() ? "\"" + name + "\"" : "\"Location\"";
  }

  private static String escape(String header) {
    return header.replace("\\", "\\\\").replace("\"", "\\\"");
  }
}
