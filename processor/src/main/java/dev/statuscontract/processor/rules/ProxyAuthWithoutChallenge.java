package dev.statuscontract.processor.rules;

import java.util.Map;

/** 407 Proxy Authentication Required must carry a Proxy-Authenticate challenge. */
public final class ProxyAuthWithoutChallenge extends RequiredHeaderRule {

  public static final String ID = "proxy-auth-without-challenge";

  public ProxyAuthWithoutChallenge() {
    super(
        ID,
        Severity.ERROR,
        "407 Proxy Authentication Required must carry a Proxy-Authenticate challenge.",
        "Proxy-Authenticate",
        Map.of(407, "RFC 9110 §15.5.8, §11.7.1"),
        "which tells the client how to authenticate with the proxy");
  }
}
