package dev.statuscontract.processor.fuzz;

import java.util.List;
import java.util.Set;

/**
 * One generated compilation: a few small source files, what the generator put into them, and the
 * seed and index that reproduce it.
 *
 * @param seed the run's seed ({@code -Dfuzz.seed})
 * @param index the case's index in the run; the case depends only on the seed and the index
 * @param files the sources, in the order they are passed to javac
 * @param features what the generator chose, to read a failure quickly (not used by the oracle)
 * @param names identifiers the generator invented (packages, classes, methods), which the oracle
 *     strips from messages to group failures
 * @param helpers the value of {@code -Astatuscontract.helpers} of the compilation with the
 *     processor, or empty for none (the default)
 * @param referredHelpers the qualified names of the helper classes that the files {@linkplain
 *     SourceFile#usesHelpers() using helpers} refer to
 */
record FuzzCase(
    long seed,
    int index,
    List<SourceFile> files,
    List<String> features,
    Set<String> names,
    String helpers,
    List<String> referredHelpers) {

  FuzzCase {
    files = List.copyOf(files);
    features = List.copyOf(features);
    names = Set.copyOf(names);
    referredHelpers = List.copyOf(referredHelpers);
  }

  /**
   * A source file: its path relative to the source root, such as {@code com/acme/Users.java}.
   *
   * @param usesHelpers whether it refers to generated helper classes, so that it compiles only with
   *     the processor; the compilation without the processor leaves it out
   */
  record SourceFile(String path, String content, boolean usesHelpers) {

    SourceFile(String path, String content) {
      this(path, content, false);
    }

    SourceFile withContent(String newContent) {
      return new SourceFile(path, newContent, usesHelpers);
    }
  }

  /** The same case with other sources, as the shrinker makes them. */
  FuzzCase withFiles(List<SourceFile> newFiles) {
    return new FuzzCase(seed, index, newFiles, features, names, helpers, referredHelpers);
  }

  /** The javac options the compilation with the processor adds: the helpers option, if any. */
  List<String> processorOptions() {
    return helpers.isEmpty() ? List.of() : List.of("-Astatuscontract.helpers=" + helpers);
  }

  /** Whether the processor generates helpers only where they are used: the default, or {@code used}. */
  boolean helpersOnDemand() {
    return helpers.isEmpty() || helpers.equals("used");
  }

  /** Whether the processor generates no helpers at all. */
  boolean noHelpers() {
    return helpers.equals("none") || helpers.equals("false");
  }

  /** How many characters the sources have, to pick the smallest example of a failure. */
  int size() {
    return files.stream().mapToInt(f -> f.content().length()).sum();
  }

  /** The command that runs this case alone. */
  String reproduceCommand() {
    return "mvn -B -pl processor -am test -Dtest=FuzzTest -Dsurefire.failIfNoSpecifiedTests=false"
        + " -Dfuzz.seed="
        + seed
        + " -Dfuzz.first="
        + index
        + " -Dfuzz.cases=1";
  }

  /** Seed, index, features and every source in full. */
  String render() {
    StringBuilder out = new StringBuilder();
    out.append("seed=").append(seed).append(" case=").append(index).append('\n');
    out.append("features: ").append(String.join(", ", features)).append('\n');
    out.append("reproduce: ").append(reproduceCommand()).append('\n');
    if (!helpers.isEmpty()) {
      out.append("with the processor: -Astatuscontract.helpers=").append(helpers).append('\n');
    }
    for (SourceFile file : files) {
      out.append("----- ").append(file.path()).append(file.usesHelpers() ? " (only with the processor)" : "").append(" -----\n");
      out.append(file.content());
      if (!file.content().endsWith("\n")) {
        out.append('\n');
      }
    }
    return out.toString();
  }
}
