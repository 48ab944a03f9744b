package dev.statuscontract.processor.adoption;

import com.google.testing.compile.Compilation;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javax.tools.Diagnostic;
import javax.tools.JavaFileObject;
import javax.tools.StandardLocation;

/** What a compilation printed and wrote, as the adoption tests read it. */
final class Outputs {

  private Outputs() {}

  /** A file the processor wrote next to the documentation, such as {@code findings.json}. */
  static Optional<String> report(Compilation compilation, String name) {
    return compilation
        .generatedFile(StandardLocation.CLASS_OUTPUT, "META-INF/status-contract/" + name)
        .map(
            file -> {
              try {
                return file.getCharContent(true).toString();
              } catch (IOException e) {
                throw new UncheckedIOException(e);
              }
            });
  }

  /** The findings printed at {@code kind}, as {@code <line> <rule-id>}. */
  static List<String> findings(Compilation compilation, Diagnostic.Kind kind) {
    return compilation.diagnostics().stream()
        .filter(d -> d.getKind() == kind)
        .map(d -> d.getMessage(Locale.ROOT))
        .filter(m -> m.matches("(?s)^\\[[a-z0-9-]+] .*") && !m.startsWith("[status-contract]"))
        .map(m -> m.replaceAll("(?s)^\\[([a-z0-9-]+)].*", "$1"))
        .toList();
  }

  /** Every finding printed, as {@code <line> <rule-id>}, errors and warnings alike. */
  static List<String> printed(Compilation compilation) {
    return compilation.diagnostics().stream()
        .filter(d -> d.getKind() == Diagnostic.Kind.ERROR || d.getKind() == Diagnostic.Kind.WARNING)
        .filter(d -> d.getMessage(Locale.ROOT).matches("(?s)^\\[[a-z0-9-]+] .*") && !d.getMessage(Locale.ROOT).startsWith("[status-contract]"))
        .map(d -> d.getLineNumber() + " " + d.getMessage(Locale.ROOT).replaceAll("(?s)^\\[([a-z0-9-]+)].*", "$1"))
        .toList();
  }

  /** The processor's own messages at {@code kind}: {@code [status-contract] ...}. */
  static List<String> own(Compilation compilation, Diagnostic.Kind kind) {
    return compilation.diagnostics().stream()
        .filter(d -> d.getKind() == kind)
        .map(d -> d.getMessage(Locale.ROOT))
        .filter(m -> m.startsWith("[status-contract]"))
        .toList();
  }

  /** The summary line. */
  static String summary(Compilation compilation) {
    return own(compilation, Diagnostic.Kind.NOTE).stream().filter(m -> m.startsWith("[status-contract] checked")).findFirst().orElseThrow();
  }

  static List<JavaFileObject> sources(JavaFileObject... sources) {
    return List.of(sources);
  }
}
