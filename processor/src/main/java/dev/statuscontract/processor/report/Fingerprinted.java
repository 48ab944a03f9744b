package dev.statuscontract.processor.report;

import java.util.Comparator;
import java.util.List;

/**
 * A finding with its fingerprint, and the one order every report lists findings in: by file, line,
 * column, rule and fingerprint, then by what is left (source root, message, level) so that any two
 * different findings have a fixed order. Findings on no file come first.
 */
record Fingerprinted(ReportedFinding finding, String fingerprint) {

  static final Comparator<Fingerprinted> ORDER =
      Comparator.comparing((Fingerprinted f) -> f.finding().file())
          .thenComparingInt(f -> line(f.finding()))
          .thenComparingInt(f -> column(f.finding()))
          .thenComparing(f -> f.finding().ruleId())
          .thenComparing(Fingerprinted::fingerprint)
          .thenComparing(f -> f.finding().location() == null ? "" : f.finding().location().sourceRoot())
          .thenComparing(f -> f.finding().message())
          .thenComparing(f -> f.finding().level());

  /** {@code findings} with their fingerprints, in {@link #ORDER}. */
  static List<Fingerprinted> sorted(List<ReportedFinding> findings) {
    return findings.stream().map(f -> new Fingerprinted(f, Fingerprint.of(f))).sorted(ORDER).toList();
  }

  private static int line(ReportedFinding finding) {
    return finding.location() == null ? 0 : finding.location().line();
  }

  private static int column(ReportedFinding finding) {
    return finding.location() == null ? 0 : finding.location().column();
  }
}
