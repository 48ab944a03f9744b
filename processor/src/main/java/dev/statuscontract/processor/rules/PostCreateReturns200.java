package dev.statuscontract.processor.rules;

import dev.statuscontract.processor.model.DeclaredResponse;
import dev.statuscontract.processor.model.Endpoint;
import dev.statuscontract.processor.model.HttpMethod;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A POST named {@code createUser}, {@code addItem}, {@code registerDevice} ... that answers 200 is
 * most likely creating something, which 201 Created says better.
 */
public final class PostCreateReturns200 extends Rule {

  public static final String ID = "post-create-returns-200";

  /** A creating verb as the whole name or followed by an upper-case letter: addItem, not address. */
  private static final Pattern CREATING_NAME =
      Pattern.compile("(create|add|register|insert|new)(\\p{Lu}.*|\\d.*|_.*)?");

  public PostCreateReturns200() {
    super(ID, Severity.WARNING, "A POST that looks like it creates should answer 201 Created, not 200 OK.");
  }

  @Override
  protected void check(Endpoint endpoint, List<Finding> out) {
    if (!endpoint.httpMethod().equals(HttpMethod.POST)
        || endpoint.isCreating()
        || endpoint.declares(201)
        || !CREATING_NAME.matcher(endpoint.methodName()).matches()) {
      return;
    }
    for (DeclaredResponse response : endpoint.responses()) {
      // Swagger 2's @ApiOperation declares 200 by itself: nobody chose it.
      if (response.code() == 200 && !response.isImplicit()) {
        out.add(
            onSite(
                endpoint,
                response,
                String.format(
                    "%s (%s) looks like it creates a resource but declares %s; if it creates one,"
                        + " mark it @Creates and declare @Returns(value = 201, headers = \"Location\")"
                        + " instead (RFC 9110 §9.3.3, §15.3.2)",
                    endpoint.describe(), endpoint.javaMethod(), response.describe())));
      }
    }
  }
}
