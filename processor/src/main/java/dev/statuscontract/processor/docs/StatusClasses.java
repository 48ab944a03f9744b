package dev.statuscontract.processor.docs;

import dev.statuscontract.processor.model.DeclaredResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The names of the status-code classes of RFC 9110 §15, by which the documents group responses. */
final class StatusClasses {

  private StatusClasses() {}

  /** Responses in numeric order, grouped under their class names: {@code 2xx Successful}, ... */
  static Map<String, List<DeclaredResponse>> group(List<DeclaredResponse> responses) {
    Map<String, List<DeclaredResponse>> groups = new LinkedHashMap<>();
    for (DeclaredResponse response : responses) {
      groups.computeIfAbsent(name(response.classHundreds()), name -> new ArrayList<>()).add(response);
    }
    return groups;
  }

  /** {@code 2xx Successful} for 204, and so on. */
  static String name(int code) {
    return switch (code / 100) {
      case 1 -> "1xx Informational";
      case 2 -> "2xx Successful";
      case 3 -> "3xx Redirection";
      case 4 -> "4xx Client Error";
      case 5 -> "5xx Server Error";
      default -> "Other";
    };
  }

  /** A short key for styling: {@code s2xx}. */
  static String key(int code) {
    int statusClass = code / 100;
    return statusClass >= 1 && statusClass <= 5 ? "s" + statusClass + "xx" : "sother";
  }
}
