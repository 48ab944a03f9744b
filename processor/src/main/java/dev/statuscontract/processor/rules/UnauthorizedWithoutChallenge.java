package dev.statuscontract.processor.rules;

import java.util.Map;

/** 401 Unauthorized must carry a WWW-Authenticate challenge. */
public final class UnauthorizedWithoutChallenge extends RequiredHeaderRule {

  public static final String ID = "unauthorized-without-challenge";

  public UnauthorizedWithoutChallenge() {
    super(
        ID,
        Severity.ERROR,
        "401 Unauthorized must carry a WWW-Authenticate challenge.",
        "WWW-Authenticate",
        Map.of(401, "RFC 9110 §15.5.2, §11.6.1"),
        "which tells the client how to authenticate");
  }
}
