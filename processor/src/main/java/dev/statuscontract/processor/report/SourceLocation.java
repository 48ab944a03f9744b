package dev.statuscontract.processor.report;

import java.util.Objects;

/**
 * Where a finding is in the sources: a file, given as a path relative to its source root, and a
 * position in it.
 *
 * @param sourceRoot the absolute {@code file:} URI of the source root directory, ending in {@code
 *     /} (such as {@code file:///home/me/shop/src/main/java/}), or {@code ""} where it is not known
 * @param path the file's path relative to {@code sourceRoot}, with {@code /} between its names,
 *     such as {@code com/acme/UserResource.java}
 * @param line the 1-based line, or 0 where not known
 * @param column the 1-based column in UTF-16 code units, a tab counting as one, or 0 where not
 *     known
 */
public record SourceLocation(String sourceRoot, String path, int line, int column) {

  /** Checks the form of each part: a malformed location is a bug of the caller. */
  public SourceLocation {
    Objects.requireNonNull(sourceRoot, "sourceRoot");
    Objects.requireNonNull(path, "path");
    if (!sourceRoot.isEmpty() && !(sourceRoot.startsWith("file:") && sourceRoot.endsWith("/"))) {
      throw new IllegalArgumentException("a source root is a file: URI ending in '/': " + sourceRoot);
    }
    if (path.isEmpty() || path.startsWith("/") || path.contains("\\")) {
      throw new IllegalArgumentException("a path is relative to its source root, with '/' between names: " + path);
    }
    if (line < 0 || column < 0) {
      throw new IllegalArgumentException("lines and columns are 1-based, or 0 where not known");
    }
  }
}
