package dev.statuscontract.processor.model;

import dev.statuscontract.processor.frameworks.Request;

import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * The IANA HTTP Status Code Registry: each assigned code with its reason phrase (RFC 9110 §15 and
 * the RFCs that registered the others).
 */
public final class StatusCodes {

  private static final Map<Integer, String> REASON_PHRASES = new TreeMap<>();

  /** Codes that the registry still lists, but as deprecated or obsolete. */
  private static final Set<Integer> DEPRECATED = Set.of(305, 510);

  /** Codes that the registry reserves as "(Unused)": they must never be sent. */
  private static final Map<Integer, String> UNUSED =
      Map.of(306, "it was Switch Proxy", 418, "it was I'm a teapot, an April Fools' joke");

  static {
    register(100, "Continue");
    register(101, "Switching Protocols");
    register(102, "Processing");
    register(103, "Early Hints");
    register(200, "OK");
    register(201, "Created");
    register(202, "Accepted");
    register(203, "Non-Authoritative Information");
    register(204, "No Content");
    register(205, "Reset Content");
    register(206, "Partial Content");
    register(207, "Multi-Status");
    register(208, "Already Reported");
    register(226, "IM Used");
    register(300, "Multiple Choices");
    register(301, "Moved Permanently");
    register(302, "Found");
    register(303, "See Other");
    register(304, "Not Modified");
    register(305, "Use Proxy");
    register(307, "Temporary Redirect");
    register(308, "Permanent Redirect");
    register(400, "Bad Request");
    register(401, "Unauthorized");
    register(402, "Payment Required");
    register(403, "Forbidden");
    register(404, "Not Found");
    register(405, "Method Not Allowed");
    register(406, "Not Acceptable");
    register(407, "Proxy Authentication Required");
    register(408, "Request Timeout");
    register(409, "Conflict");
    register(410, "Gone");
    register(411, "Length Required");
    register(412, "Precondition Failed");
    register(413, "Content Too Large");
    register(414, "URI Too Long");
    register(415, "Unsupported Media Type");
    register(416, "Range Not Satisfiable");
    register(417, "Expectation Failed");
    register(421, "Misdirected Request");
    register(422, "Unprocessable Content");
    register(423, "Locked");
    register(424, "Failed Dependency");
    register(425, "Too Early");
    register(426, "Upgrade Required");
    register(428, "Precondition Required");
    register(429, "Too Many Requests");
    register(431, "Request Header Fields Too Large");
    register(451, "Unavailable For Legal Reasons");
    register(500, "Internal Server Error");
    register(501, "Not Implemented");
    register(502, "Bad Gateway");
    register(503, "Service Unavailable");
    register(504, "Gateway Timeout");
    register(505, "HTTP Version Not Supported");
    register(506, "Variant Also Negotiates");
    register(507, "Insufficient Storage");
    register(508, "Loop Detected");
    register(510, "Not Extended");
    register(511, "Network Authentication Required");
  }

  private StatusCodes() {}

  private static void register(int code, String reasonPhrase) {
    REASON_PHRASES.put(code, reasonPhrase);
  }

  /** Whether {@code code} is a three-digit status code, 100 to 599 (RFC 9110 §15). */
  public static boolean isValid(int code) {
    return code >= 100 && code <= 599;
  }

  /** The registered reason phrase, for example {@code Created} for 201. */
  public static Optional<String> reasonPhrase(int code) {
    return Optional.ofNullable(REASON_PHRASES.get(code));
  }

  /** Whether the registry assigns {@code code} and does not mark it deprecated or obsolete. */
  public static boolean isRegisteredAndCurrent(int code) {
    return REASON_PHRASES.containsKey(code) && !DEPRECATED.contains(code);
  }

  /** Whether the registry lists {@code code} as deprecated or obsolete (305, 510). */
  public static boolean isDeprecated(int code) {
    return DEPRECATED.contains(code);
  }

  /** Why the registry reserves {@code code} as unused (306, 418), if it does. */
  public static Optional<String> unusedBecause(int code) {
    return Optional.ofNullable(UNUSED.get(code));
  }

  /** The code with its reason phrase where it has one: {@code 201 Created}, or just {@code 299}. */
  public static String describe(int code) {
    return reasonPhrase(code).map(phrase -> code + " " + phrase).orElse(String.valueOf(code));
  }
}
