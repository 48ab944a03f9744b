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
 */
record FuzzCase(long seed, int index, List<SourceFile> files, List<String> features, Set<String> names) {

  FuzzCase {
    files = List.copyOf(files);
    features = List.copyOf(features);
    names = Set.copyOf(names);
  }

  /** A source file: its path relative to the source root, such as {@code com/acme/Users.java}. */
  record SourceFile(String path, String content) {}

  /** The same case with other sources, as the shrinker makes them. */
  FuzzCase withFiles(List<SourceFile> newFiles) {
    return new FuzzCase(seed, index, newFiles, features, names);
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
    for (SourceFile file : files) {
      out.append("----- ").append(file.path()).append(" -----\n");
      out.append(file.content());
      if (!file.content().endsWith("\n")) {
        out.append('\n');
      }
    }
    return out.toString();
  }
}
