package dev.statuscontract.processor.rules;

import dev.statuscontract.processor.model.Endpoint;
import dev.statuscontract.processor.model.HttpMethod;
import java.util.List;

/**
 * {@code @Creates} promises a 201 Created: on an endpoint that does not declare one, or on a method
 * that cannot create (anything but POST or PUT), it is a broken promise.
 */
public final class CreateWithout201 extends Rule {

  public static final String ID = "create-without-201";

  public CreateWithout201() {
    super(ID, Severity.ERROR, "@Creates goes on a POST or PUT that declares 201 Created.");
  }

  @Override
  protected void check(Endpoint endpoint, List<Finding> out) {
    if (endpoint.creates().isEmpty()) {
      return;
    }
    HttpMethod method = endpoint.httpMethod();
    String message;
    if (!method.isAny() && !method.equals(HttpMethod.POST) && !method.equals(HttpMethod.PUT)) {
      message =
          String.format(
              "%s is marked @Creates, but only POST (or PUT to a new URI) creates a resource;"
                  + " remove @Creates, or make the endpoint a POST (RFC 9110 §9.3.3, §9.3.4)",
              endpoint.describe());
    } else if (!endpoint.declares(201)) {
      message =
          String.format(
              "%s is marked @Creates but does not declare 201 Created; add"
                  + " @Returns(value = 201, headers = \"Location\") (RFC 9110 §9.3.3, §15.3.2)",
              endpoint.describe());
    } else {
      return;
    }
    out.add(new Finding(id(), endpoint.creates().get(), 0, message, endpoint.origin(), endpoint.describe()));
  }
}
