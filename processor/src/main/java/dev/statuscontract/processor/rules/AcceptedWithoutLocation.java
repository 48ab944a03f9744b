package dev.statuscontract.processor.rules;

import java.util.Map;

/** 202 Accepted should point the client at a status monitor to poll, with Location. */
public final class AcceptedWithoutLocation extends RequiredHeaderRule {

  public static final String ID = "accepted-without-location";

  public AcceptedWithoutLocation() {
    super(
        ID,
        Severity.WARNING,
        "202 Accepted should point the client at a status monitor to poll, with Location.",
        "Location",
        Map.of(202, "RFC 9110 §15.3.3; Location is the convention"),
        "so the client has no status monitor to poll");
  }
}
