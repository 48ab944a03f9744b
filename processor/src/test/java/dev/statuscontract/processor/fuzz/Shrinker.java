package dev.statuscontract.processor.fuzz;

import java.util.ArrayList;
import java.util.List;

/**
 * Makes a failing case smaller while it keeps failing with the same signature: removes whole files,
 * then blocks between braces, then single lines, and repeats while that helps, within a budget of
 * compilations. Used with {@code -Dfuzz.shrink=true}, for the report's examples.
 */
final class Shrinker {

  private final CaseRunner runner;
  private final String signature;
  private int budget;

  private Shrinker(CaseRunner runner, String signature, int budget) {
    this.runner = runner;
    this.signature = signature;
    this.budget = budget;
  }

  /** The smallest variant of {@code outcome}'s case found that still has {@code signature}. */
  static CaseRunner.Outcome shrink(CaseRunner runner, CaseRunner.Outcome outcome, String signature, int budget) {
    return new Shrinker(runner, signature, budget).shrink(outcome);
  }

  private CaseRunner.Outcome shrink(CaseRunner.Outcome start) {
    CaseRunner.Outcome best = start;
    boolean progress = true;
    while (progress && budget > 0) {
      progress = false;
      List<FuzzCase.SourceFile> files = best.fuzzCase().files();
      // Whole files.
      for (int f = files.size() - 1; f >= 0 && files.size() > 1 && budget > 0; f--) {
        List<FuzzCase.SourceFile> fewer = new ArrayList<>(files);
        fewer.remove(f);
        CaseRunner.Outcome tried = attempt(best, fewer);
        if (tried != null) {
          best = tried;
          files = best.fuzzCase().files();
          progress = true;
        }
      }
      // Blocks, then lines, of each file.
      for (int f = 0; f < files.size() && budget > 0; f++) {
        for (boolean blocks : new boolean[] {true, false}) {
          List<String> lines = new ArrayList<>(List.of(files.get(f).content().split("\n", -1)));
          for (int i = lines.size() - 1; i >= 0 && budget > 0; i--) {
            int end = blocks ? blockEnd(lines, i) : i;
            // (The package line stays, so that the file keeps matching its path.)
            if (end < 0 || !blocks && (lines.get(i).isBlank() || lines.get(i).startsWith("package "))) {
              continue;
            }
            List<String> shorter = new ArrayList<>(lines.subList(0, i));
            shorter.addAll(lines.subList(end + 1, lines.size()));
            List<FuzzCase.SourceFile> changed = new ArrayList<>(files);
            changed.set(f, files.get(f).withContent(String.join("\n", shorter)));
            CaseRunner.Outcome tried = attempt(best, changed);
            if (tried != null) {
              best = tried;
              files = best.fuzzCase().files();
              lines = shorter;
              progress = true;
            }
          }
        }
      }
    }
    return best;
  }

  /** The outcome of {@code files} if it still fails with the signature, else null. */
  private CaseRunner.Outcome attempt(CaseRunner.Outcome best, List<FuzzCase.SourceFile> files) {
    budget--;
    CaseRunner.Outcome outcome = runner.run(best.fuzzCase().withFiles(files));
    boolean same = outcome.violations().stream().anyMatch(v -> v.signature().equals(signature));
    return same ? outcome : null;
  }

  /** The line that closes the block line {@code start} opens, or -1 if it opens none. */
  private static int blockEnd(List<String> lines, int start) {
    if (!lines.get(start).stripTrailing().endsWith("{")) {
      return -1;
    }
    int depth = 0;
    for (int i = start; i < lines.size(); i++) {
      for (char c : lines.get(i).toCharArray()) {
        if (c == '{') {
          depth++;
        } else if (c == '}') {
          depth--;
        }
      }
      if (depth <= 0) {
        return i;
      }
    }
    return -1;
  }
}
