package dev.statuscontract.processor.rules;

import java.util.Map;

/** 405 Method Not Allowed must list the allowed methods in an Allow header. */
public final class MethodNotAllowedWithoutAllow extends RequiredHeaderRule {

  public static final String ID = "method-not-allowed-without-allow";

  public MethodNotAllowedWithoutAllow() {
    super(
        ID,
        Severity.ERROR,
        "405 Method Not Allowed must list the allowed methods in an Allow header.",
        "Allow",
        Map.of(405, "RFC 9110 §15.5.6, §10.2.1"),
        "which lists the methods the resource supports");
  }
}
