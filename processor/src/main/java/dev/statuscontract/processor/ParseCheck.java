package dev.statuscontract.processor;

import com.sun.source.util.JavacTask;
import java.io.StringWriter;
import java.net.URI;
import java.util.List;
import java.util.Optional;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.ToolProvider;

/**
 * Parses a Java source with javac's parser, so that {@code fixes.patch} never changes a file into
 * one that does not parse. Only the parser runs: nothing is resolved or compiled.
 */
final class ParseCheck {

  private ParseCheck() {}

  /**
   * Why {@code text}, the source of {@code name}, does not parse, such as {@code line 12: ';'
   * expected}; empty where it parses. Where no parser can be had, it says so: a file is then never
   * patched.
   */
  static Optional<String> problem(String name, String text) {
    try {
      JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
      if (compiler == null) {
        return Optional.of("no Java parser is available to check the fixed file");
      }
      DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
      JavaFileObject source =
          new SimpleJavaFileObject(URI.create("string:///" + name.replace('\\', '/')), JavaFileObject.Kind.SOURCE) {
            @Override
            public CharSequence getCharContent(boolean ignoreEncodingErrors) {
              return text;
            }
          };
      JavacTask task =
          (JavacTask) compiler.getTask(new StringWriter(), null, diagnostics, List.of("-proc:none"), null, List.of(source));
      task.parse();
      for (Diagnostic<? extends JavaFileObject> diagnostic : diagnostics.getDiagnostics()) {
        if (diagnostic.getKind() == Diagnostic.Kind.ERROR) {
          return Optional.of("line " + diagnostic.getLineNumber() + ": " + diagnostic.getMessage(java.util.Locale.ROOT));
        }
      }
      return Optional.empty();
    } catch (java.io.IOException | RuntimeException | LinkageError e) {
      return Optional.of("the fixed file could not be parsed: " + e);
    }
  }
}
