package dev.statuscontract.processor.rules;

import dev.statuscontract.processor.model.Endpoint;
import dev.statuscontract.processor.model.HttpMethod;
import java.util.Map;

/**
 * 201 Created must say where the new resource is, with a Location header. A PUT is exempt: the
 * resource it creates is the one at its own URI, which RFC 9110 §15.3.2 lets stand for Location.
 */
public final class CreatedWithoutLocation extends RequiredHeaderRule {

  public static final String ID = "created-without-location";

  public CreatedWithoutLocation() {
    super(
        ID,
        Severity.ERROR,
        "201 Created must say where the new resource is, with a Location header (PUT excepted).",
        "Location",
        Map.of(201, "RFC 9110 §15.3.2"),
        "");
  }

  @Override
  boolean appliesTo(Endpoint endpoint) {
    return !endpoint.httpMethod().equals(HttpMethod.PUT);
  }
}
