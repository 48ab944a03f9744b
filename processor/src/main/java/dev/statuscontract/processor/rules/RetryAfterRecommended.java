package dev.statuscontract.processor.rules;

import java.util.Map;

/** 429 Too Many Requests and 503 Service Unavailable should tell the client when to retry. */
public final class RetryAfterRecommended extends RequiredHeaderRule {

  public static final String ID = "retry-after-recommended";

  public RetryAfterRecommended() {
    super(
        ID,
        Severity.WARNING,
        "429 Too Many Requests and 503 Service Unavailable should tell the client when to retry.",
        "Retry-After",
        Map.of(429, "RFC 6585 §4", 503, "RFC 9110 §15.6.4, §10.2.3"),
        "so clients cannot tell when to try again");
  }
}
