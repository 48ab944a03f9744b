package dev.statuscontract.processor.rules;

import java.util.Map;

/** 206 Partial Content must say which part it carries, with Content-Range. */
public final class PartialContentWithoutContentRange extends RequiredHeaderRule {

  public static final String ID = "partial-content-without-content-range";

  public PartialContentWithoutContentRange() {
    super(
        ID,
        Severity.ERROR,
        "206 Partial Content must say which part it carries, with Content-Range.",
        "Content-Range",
        Map.of(206, "RFC 9110 §15.3.7, §14.4"),
        "which says which part of the representation is sent");
  }
}
