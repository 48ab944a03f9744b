package dev.statuscontract.processor.report;

import java.util.List;
import java.util.Optional;

/**
 * What reading or changing something gave: a value, problems, or both. Each problem is one
 * sentence that names what it is about (a file, an entry of it, a line), ready to print.
 *
 * <p>Where the input could not be used at all, the value is empty and there is at least one
 * problem. Where only parts of it were unusable (entries of a baseline), the value holds the rest
 * and the problems say what was left out.
 *
 * @param value what was read or made, unless nothing could be
 * @param problems what was wrong, in the order found; empty when nothing was
 */
public record Result<T>(Optional<T> value, List<String> problems) {

  /** Copies the problems. */
  public Result {
    problems = List.copyOf(problems);
    if (value.isEmpty() && problems.isEmpty()) {
      throw new IllegalArgumentException("a result without a value says why");
    }
  }

  /** A value, with the problems of the parts it leaves out. */
  static <T> Result<T> of(T value, List<String> problems) {
    return new Result<>(Optional.of(value), problems);
  }

  /** No value, for these problems. */
  static <T> Result<T> failed(List<String> problems) {
    return new Result<>(Optional.empty(), problems);
  }

  /** No value, for this problem. */
  static <T> Result<T> failed(String problem) {
    return failed(List.of(problem));
  }

  /** Whether there is a value and nothing was wrong. */
  public boolean clean() {
    return value.isPresent() && problems.isEmpty();
  }
}
