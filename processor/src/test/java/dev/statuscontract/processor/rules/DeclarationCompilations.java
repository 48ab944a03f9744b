package dev.statuscontract.processor.rules;

import com.google.testing.compile.Compilation;
import dev.statuscontract.processor.Compilations;
import java.util.ArrayList;
import java.util.List;
import javax.tools.JavaFileObject;

/**
 * Compiles the fixtures of the declaration rules with the analysis of method bodies off: their
 * bodies are placeholders ({@code return null;}, {@code {}}) that say nothing of the contract under
 * test. The rules on what bodies produce are tested in {@code BuiltResponsesTest}, and every rule's
 * page in the docs is compiled with the analysis on.
 */
final class DeclarationCompilations {

  private DeclarationCompilations() {}

  static Compilation compile(JavaFileObject... sources) {
    return compile(List.of(), sources);
  }

  static Compilation compile(List<String> options, JavaFileObject... sources) {
    List<String> all = new ArrayList<>(options);
    all.add(0, "-Astatuscontract.analysis=false");
    return Compilations.compile(all, sources);
  }
}
