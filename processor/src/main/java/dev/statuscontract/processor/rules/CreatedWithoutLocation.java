package dev.statuscontract.processor.rules;

import java.util.Map;

/** 201 Created must say where the new resource is, with a Location header. */
public final class CreatedWithoutLocation extends RequiredHeaderRule {

  public static final String ID = "created-without-location";

  public CreatedWithoutLocation() {
    super(
        ID,
        Severity.ERROR,
        "201 Created must say where the new resource is, with a Location header.",
        "Location",
        Map.of(201, "RFC 9110 §15.3.2"),
        "");
  }
}
