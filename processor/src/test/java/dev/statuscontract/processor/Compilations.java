package dev.statuscontract.processor;

import static com.google.testing.compile.Compiler.javac;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import dev.statuscontract.processor.rules.Rule;
import java.util.List;
import javax.annotation.processing.Processor;
import javax.tools.JavaFileObject;

/** Compiles test sources with the status-contract processor. */
public final class Compilations {

  private Compilations() {}

  /** A source file {@code qualifiedName}.java made of {@code lines}. */
  public static JavaFileObject source(String qualifiedName, String... lines) {
    return JavaFileObjects.forSourceLines(qualifiedName, lines);
  }

  /** Compiles {@code sources} with the processor and every rule at its default severity. */
  public static Compilation compile(JavaFileObject... sources) {
    return compile(List.of(), sources);
  }

  /** Compiles {@code sources} with the processor and the given javac options ({@code -A...}). */
  public static Compilation compile(List<String> options, JavaFileObject... sources) {
    return compileWith(new StatusContractProcessor(), options, sources);
  }

  /** Compiles {@code sources} with a processor that runs only {@code rules}. */
  public static Compilation compileWithRules(List<Rule> rules, JavaFileObject... sources) {
    return compileWith(new StatusContractProcessor(rules), List.of(), sources);
  }

  /** Compiles {@code sources} with any processor, such as one that wraps ours. */
  public static Compilation compileWith(
      Processor processor, List<String> options, JavaFileObject... sources) {
    return javac().withProcessors(processor).withOptions(options).compile(sources);
  }
}
