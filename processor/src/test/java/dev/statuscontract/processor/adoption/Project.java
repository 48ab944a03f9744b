package dev.statuscontract.processor.adoption;

import dev.statuscontract.processor.StatusContractProcessor;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

/**
 * A project on disk, as a user's is: a build file, sources under src/main/java, classes under
 * target/classes; compiled with javac and the processor, as a build tool compiles it.
 */
final class Project {

  final Path dir;

  Project(Path dir) {
    this.dir = dir;
    write("pom.xml", "<project/>\n");
  }

  Project write(String path, String text) {
    try {
      Path file = dir.resolve(path);
      Files.createDirectories(file.getParent());
      Files.writeString(file, text, StandardCharsets.UTF_8);
      return this;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  String read(String path) {
    try {
      return Files.readString(dir.resolve(path), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A file the processor wrote beside the documentation, if it did. */
  Optional<String> report(String name) {
    Path file = dir.resolve("target/classes/META-INF/status-contract/" + name);
    return Files.exists(file) ? Optional.of(read(dir.relativize(file).toString())) : Optional.empty();
  }

  /** What one compilation printed. */
  record Build(boolean success, List<String> findings, List<String> notes, List<String> errors) {}

  /** Compiles every source under src/main/java, in the order given by {@code reversed}. */
  Build compile(boolean reversed, String... options) {
    try {
      deleteClasses();
      Path classes = Files.createDirectories(dir.resolve("target/classes"));
      List<File> sources = new ArrayList<>();
      try (Stream<Path> walk = Files.walk(dir.resolve("src/main/java"))) {
        walk.filter(p -> p.toString().endsWith(".java")).sorted().forEach(p -> sources.add(p.toFile()));
      }
      if (reversed) {
        java.util.Collections.reverse(sources);
      }
      JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
      DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
      try (StandardJavaFileManager files = javac.getStandardFileManager(diagnostics, Locale.ROOT, StandardCharsets.UTF_8)) {
        List<String> arguments =
            new ArrayList<>(List.of("-d", classes.toString(), "-classpath", System.getProperty("java.class.path"), "-implicit:none"));
        arguments.addAll(List.of(options));
        JavaCompiler.CompilationTask task =
            javac.getTask(null, files, diagnostics, arguments, null, files.getJavaFileObjectsFromFiles(sources));
        task.setProcessors(List.of(new StatusContractProcessor()));
        boolean success = task.call();
        List<String> findings = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        List<String> errors = new ArrayList<>();
        for (Diagnostic<? extends JavaFileObject> d : diagnostics.getDiagnostics()) {
          String message = d.getMessage(Locale.ROOT);
          if (message.startsWith("[status-contract]")) {
            (d.getKind() == Diagnostic.Kind.ERROR ? errors : notes).add(message);
          } else if (message.matches("(?s)^\\[[a-z0-9-]+] .*") && d.getKind() != Diagnostic.Kind.NOTE) {
            String file = d.getSource().getName().replaceAll(".*[/\\\\]", "");
            findings.add(file + ":" + d.getLineNumber() + " " + message.replaceAll("(?s)^\\[([a-z0-9-]+)].*", "$1"));
          } else if (d.getKind() == Diagnostic.Kind.ERROR) {
            errors.add(d.toString());
          }
        }
        return new Build(success, findings, notes, errors);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Every file of the project, by path, for comparisons. */
  Map<String, String> sources() {
    Map<String, String> all = new TreeMap<>();
    try (Stream<Path> walk = Files.walk(dir.resolve("src"))) {
      walk.filter(Files::isRegularFile).forEach(p -> all.put(dir.relativize(p).toString(), read(dir.relativize(p).toString())));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return all;
  }

  private void deleteClasses() throws IOException {
    Path target = dir.resolve("target");
    if (!Files.exists(target)) {
      return;
    }
    try (Stream<Path> walk = Files.walk(target)) {
      for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
  }

  /** Runs a command in the project's directory; its exit code and output. */
  String run(String... command) {
    try {
      Process process = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true).start();
      String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      int code = process.waitFor();
      if (code != 0) {
        throw new AssertionError(String.join(" ", command) + " failed (" + code + "):\n" + output);
      }
      return output;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError(e);
    }
  }
}
