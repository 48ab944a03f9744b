package dev.statuscontract.processor.report;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.TreeSet;

/**
 * The identity of a finding across builds: 16 lower-case hexadecimal digits, the first 8 bytes of
 * the SHA-256 of what the finding is about.
 *
 * <p>What goes in, as UTF-8 text, one item a line, each line ending in {@code \n}:
 *
 * <pre>
 * status-contract fingerprint v1
 * rule:&lt;rule id&gt;
 * endpoint:&lt;endpoint&gt;      (one line for each distinct endpoint, in String order)
 * status:&lt;code, 0 for none&gt;
 * class:&lt;declaring type&gt;
 * method:&lt;Java method, empty for none&gt;
 * </pre>
 *
 * <p>Nothing else: not the line, the column, the file, the source root, the message nor the level.
 * So a finding keeps its fingerprint when the code around it is reformatted, when the method moves
 * within its file, when a message is reworded and when a rule's severity changes; it gets a new one
 * when its endpoint's path or method, its status, its class or its Java method is renamed. Findings
 * that agree in all of these share a fingerprint, and a baseline counts them ({@link Baseline}).
 *
 * <p>The first line names the version of this recipe: a change to it is a new version, under a
 * new {@link #KEY}.
 */
public final class Fingerprint {

  /** The name of this fingerprint in SARIF's {@code partialFingerprints}. */
  public static final String KEY = "statusContract/v1";

  private static final String HEADER = "status-contract fingerprint v1\n";
  private static final int BYTES = 8;

  private Fingerprint() {}

  /** The fingerprint of {@code finding}. */
  public static String of(ReportedFinding finding) {
    StringBuilder text = new StringBuilder(HEADER);
    text.append("rule:").append(finding.ruleId()).append('\n');
    for (String endpoint : new TreeSet<>(finding.endpoints())) {
      text.append("endpoint:").append(endpoint).append('\n');
    }
    text.append("status:").append(finding.code()).append('\n');
    text.append("class:").append(finding.declaringType()).append('\n');
    text.append("method:").append(finding.javaMethod()).append('\n');
    byte[] digest = sha256().digest(text.toString().getBytes(StandardCharsets.UTF_8));
    return HexFormat.of().formatHex(digest, 0, BYTES);
  }

  /** Whether {@code text} has the form of a fingerprint. */
  static boolean isWellFormed(String text) {
    return text.length() == 2 * BYTES && text.chars().allMatch(c -> (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'));
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java platform has SHA-256", e);
    }
  }
}
