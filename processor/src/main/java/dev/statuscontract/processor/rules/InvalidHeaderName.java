package dev.statuscontract.processor.rules;

import static java.util.stream.Collectors.joining;

import dev.statuscontract.processor.model.DeclaredResponse;
import dev.statuscontract.processor.model.Endpoint;
import dev.statuscontract.processor.model.FieldNames;
import java.util.List;

/** A field name is a token: letters, digits and {@code !#$%&'*+-.^_`|~}, nothing else. */
public final class InvalidHeaderName extends Rule {

  public static final String ID = "invalid-header-name";


  public InvalidHeaderName() {
    super(ID, Severity.ERROR, "A header name is an RFC 9110 token: no spaces, colons or empty names.");
  }

  @Override
  protected void check(Endpoint endpoint, List<Finding> out) {
    for (DeclaredResponse response : endpoint.responses()) {
      List<String> invalid =
          response.headers().stream().filter(h -> !FieldNames.isValid(h)).toList();
      if (!invalid.isEmpty()) {
        out.add(
            onDeclaration(
                endpoint,
                response,
                String.format(
                    "%s declares %s with %s, which %s; %s (RFC 9110 §5.1, §5.6.2)",
                    endpoint.describe(),
                    response.describe(),
                    invalid.stream().map(h -> "the header name \"" + escape(h) + "\"").collect(joining(" and ")),
                    invalid.size() == 1 ? "is not a valid field name" : "are not valid field names",
                    invalid.stream().map(InvalidHeaderName::fix).collect(joining("; ")))));
      }
    }
  }

  /** What to write instead: the name alone ("Location: /x" becomes "Location"), or nothing. */
  private static String fix(String header) {
    String name = header.contains(":") ? header.substring(0, header.indexOf(':')) : header;
    name = name.trim().replaceAll("\\s+", "-");
    if (name.isEmpty()) {
      return "remove the empty name";
    }
    return FieldNames.isValid(name)
        ? "write \"" + name + "\" instead of \"" + escape(header) + "\""
        : "write the name with letters, digits and - only";
  }

  private static String escape(String header) {
    return header.replace("\\", "\\\\").replace("\"", "\\\"");
  }
}
