package dev.statuscontract.processor.rules;

import java.util.Map;

/** A redirect (301, 302, 303, 307, 308) must say where to go, with a Location header. */
public final class RedirectWithoutLocation extends RequiredHeaderRule {

  public static final String ID = "redirect-without-location";

  public RedirectWithoutLocation() {
    super(
        ID,
        Severity.ERROR,
        "A redirect (301, 302, 303, 307, 308) must say where to go, with a Location header.",
        "Location",
        Map.of(
            301, "RFC 9110 §15.4.2",
            302, "RFC 9110 §15.4.3",
            303, "RFC 9110 §15.4.4",
            307, "RFC 9110 §15.4.8",
            308, "RFC 9110 §15.4.9"),
        "so the client has nowhere to go");
  }
}
