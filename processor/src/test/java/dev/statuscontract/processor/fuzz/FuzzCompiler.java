package dev.statuscontract.processor.fuzz;

import dev.statuscontract.processor.StatusContractProcessor;
import java.io.File;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.FileObject;
import javax.tools.ForwardingJavaFileManager;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileManager;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.StandardLocation;
import javax.tools.ToolProvider;

/**
 * Compiles a {@link FuzzCase} in this JVM with the system Java compiler, once without annotation
 * processing ({@code -proc:none}) and once with the status-contract processor.
 *
 * <p>Sources are read from memory; class files and generated sources are written to a fresh
 * temporary directory, as in a real build (so that, say, a class file name longer than the file
 * system allows fails here as it would for a user), and deleted afterwards. One standard file manager
 * is shared by every compilation, so that the class path's jars are opened once per run.
 *
 * <p>The class path is what a user's project has: the status-contract annotations, the JAX-RS APIs
 * ({@code jakarta.ws.rs} and {@code javax.ws.rs}) and {@code spring-web} with the jars it needs, taken
 * from the test class path. The processor's own classes are not on it.
 */
final class FuzzCompiler implements AutoCloseable {

  /** The options of both compilations, as the processor module's own build uses them. */
  static final List<String> OPTIONS = List.of("-Xlint:all,-processing", "-encoding", "UTF-8");

  /** The class path entries a user's project would have, recognized by their file names. */
  private static final Pattern USER_CLASS_PATH =
      Pattern.compile(
          ".*(status-contract-annotations[^/\\\\]*\\.jar|annotations[/\\\\]target[/\\\\]classes[/\\\\]?"
              + "|jakarta\\.ws\\.rs-api[^/\\\\]*\\.jar|javax\\.ws\\.rs-api[^/\\\\]*\\.jar"
              + "|spring-(web|core|beans|jcl)-[0-9][^/\\\\]*\\.jar|micrometer-(observation|commons)-[^/\\\\]*\\.jar)");

  private final JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
  private final StandardJavaFileManager standard = javac.getStandardFileManager(null, Locale.ROOT, null);
  private final JavaFileManager fileManager = new SameFileByUri(standard);
  private final Path root;

  FuzzCompiler() {
    try {
      root = Files.createTempDirectory("status-contract-fuzz");
      standard.setLocation(StandardLocation.CLASS_PATH, userClassPath());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static List<File> userClassPath() {
    List<File> entries = new ArrayList<>();
    for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
      if (USER_CLASS_PATH.matcher(entry).matches()) {
        entries.add(new File(entry));
      }
    }
    for (String needed : List.of("annotations", "jakarta.ws.rs-api", "javax.ws.rs-api", "spring-web")) {
      if (entries.stream().noneMatch(f -> f.getPath().contains(needed))) {
        throw new IllegalStateException(
            "the test class path has no " + needed + ": " + System.getProperty("java.class.path"));
      }
    }
    return entries;
  }

  /** What one compilation reported. */
  record Result(boolean success, List<Diag> diagnostics, Throwable thrown, List<String> generatedSources) {

    List<Diag> errors() {
      return diagnostics.stream().filter(d -> d.kind() == Diagnostic.Kind.ERROR).toList();
    }

    List<Diag> warnings() {
      return diagnostics.stream().filter(Diag::isWarning).toList();
    }

    String render() {
      return render(Integer.MAX_VALUE);
    }

    /** The outcome and every diagnostic, each cut to {@code maxLines} lines. */
    String render(int maxLines) {
      StringBuilder out = new StringBuilder();
      out.append(thrown != null ? "threw " + thrown : success ? "succeeded" : "failed").append('\n');
      for (Diag d : diagnostics) {
        out.append("  ").append(d.render(maxLines)).append('\n');
      }
      if (!generatedSources.isEmpty()) {
        out.append("  generated: ").append(String.join(", ", generatedSources)).append('\n');
      }
      return out.toString();
    }
  }

  /**
   * One diagnostic.
   *
   * @param file the source's path, {@code gen:}-prefixed for a file the processor generated, or
   *     empty when the diagnostic has no file
   * @param code javac's key for the message, such as {@code compiler.err.cant.resolve.location}
   */
  record Diag(Diagnostic.Kind kind, String code, String file, long line, long column, String message) {

    boolean isWarning() {
      return kind == Diagnostic.Kind.WARNING || kind == Diagnostic.Kind.MANDATORY_WARNING;
    }

    boolean inGeneratedHelper() {
      return file.startsWith("gen:") && file.endsWith("Responses.java");
    }

    /** Identifies the warning across the two compilations: the same file, place and text. */
    String key() {
      return file + ":" + line + ":" + column + ":" + code + ":" + message;
    }

    String render() {
      return render(Integer.MAX_VALUE);
    }

    /** The diagnostic, its message cut to {@code maxLines} lines. */
    String render(int maxLines) {
      String where = file.isEmpty() ? "" : file + ":" + line + ":" + column + ": ";
      List<String> lines = List.of(message.split("\\R", -1));
      String text =
          lines.size() <= maxLines
              ? message
              : String.join("\n", lines.subList(0, maxLines)) + "\n... (" + (lines.size() - maxLines) + " more lines)";
      return kind.name().toLowerCase(Locale.ROOT) + ": " + where + "[" + code + "] " + text.replace("\n", "\n      ");
    }
  }

  /**
   * Compiles the case without the processor ({@code -proc:none}, and without the files that use
   * helpers), or with it (every file, and the case's helpers option).
   */
  Result compile(FuzzCase fuzzCase, boolean withProcessor) {
    return withProcessor ? compile(fuzzCase, true, true, fuzzCase.processorOptions()) : compile(fuzzCase, false, false, List.of());
  }

  /**
   * Compiles the case with the processor and {@code -Astatuscontract.helpers=all}, without the files
   * that use helpers: the helper classes the processor can generate for the case's classes.
   */
  Result compileWithAllHelpers(FuzzCase fuzzCase) {
    return compile(fuzzCase, true, false, List.of("-Astatuscontract.helpers=all"));
  }

  private Result compile(FuzzCase fuzzCase, boolean withProcessor, boolean helperUses, List<String> processorOptions) {
    Path dir = null;
    try {
      dir = Files.createTempDirectory(root, "c");
      Path classes = Files.createDirectory(dir.resolve("classes"));
      Path generated = Files.createDirectory(dir.resolve("generated"));
      standard.setLocationFromPaths(StandardLocation.CLASS_OUTPUT, List.of(classes));
      standard.setLocationFromPaths(StandardLocation.SOURCE_OUTPUT, List.of(generated));

      List<JavaFileObject> sources = new ArrayList<>();
      for (FuzzCase.SourceFile file : fuzzCase.files()) {
        if (helperUses || !file.usesHelpers()) {
          sources.add(new MemorySource(file));
        }
      }
      List<String> options = new ArrayList<>(OPTIONS);
      if (withProcessor) {
        options.addAll(processorOptions);
      } else {
        options.add("-proc:none");
      }
      DiagnosticCollector<JavaFileObject> collector = new DiagnosticCollector<>();
      StringWriter otherOutput = new StringWriter();
      JavaCompiler.CompilationTask task =
          javac.getTask(otherOutput, fileManager, collector, options, null, sources);
      if (withProcessor) {
        task.setProcessors(List.of(new StatusContractProcessor()));
      }
      boolean success = false;
      Throwable thrown = null;
      try {
        success = task.call();
      } catch (RuntimeException | LinkageError | AssertionError | StackOverflowError e) {
        thrown = e;
      }
      List<Diag> diagnostics = new ArrayList<>();
      for (Diagnostic<? extends JavaFileObject> d : collector.getDiagnostics()) {
        diagnostics.add(
            new Diag(
                d.getKind(),
                String.valueOf(d.getCode()),
                fileName(d.getSource(), generated),
                d.getLineNumber(),
                d.getColumnNumber(),
                d.getMessage(Locale.ROOT)));
      }
      boolean hasErrors = diagnostics.stream().anyMatch(d -> d.kind() == Diagnostic.Kind.ERROR);
      return new Result(success && !hasErrors && thrown == null, diagnostics, thrown, relativeFiles(generated));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      if (dir != null) {
        delete(dir);
      }
    }
  }

  private static String fileName(JavaFileObject source, Path generated) {
    if (source == null) {
      return "";
    }
    if (source instanceof MemorySource memory) {
      return memory.file.path();
    }
    URI uri = source.toUri();
    if ("file".equals(uri.getScheme())) {
      Path path = Path.of(uri);
      if (path.startsWith(generated)) {
        return "gen:" + generated.relativize(path).toString().replace(File.separatorChar, '/');
      }
    }
    return source.getName();
  }

  private static List<String> relativeFiles(Path dir) throws IOException {
    try (Stream<Path> files = Files.walk(dir)) {
      return files
          .filter(Files::isRegularFile)
          .map(p -> dir.relativize(p).toString().replace(File.separatorChar, '/'))
          .sorted()
          .toList();
    }
  }

  private static void delete(Path dir) {
    try (Stream<Path> paths = Files.walk(dir)) {
      for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(path);
      }
    } catch (IOException e) {
      // A temporary directory left behind is no reason to fail a case.
    }
  }

  @Override
  public void close() throws IOException {
    standard.close();
    delete(root);
  }

  /** A source file in memory. */
  private static final class MemorySource extends SimpleJavaFileObject {
    private final FuzzCase.SourceFile file;

    MemorySource(FuzzCase.SourceFile file) {
      super(uri(file.path()), Kind.SOURCE);
      this.file = file;
    }

    private static URI uri(String path) {
      try {
        return new URI("mem", null, "/" + path, null);
      } catch (URISyntaxException e) {
        throw new IllegalArgumentException(path, e);
      }
    }

    @Override
    public CharSequence getCharContent(boolean ignoreEncodingErrors) {
      return file.content();
    }
  }

  /**
   * The standard file manager, except that it compares files by URI: javac's own refuses to compare
   * the in-memory sources.
   */
  private static final class SameFileByUri extends ForwardingJavaFileManager<StandardJavaFileManager> {
    SameFileByUri(StandardJavaFileManager standard) {
      super(standard);
    }

    @Override
    public boolean isSameFile(FileObject a, FileObject b) {
      return a.toUri().equals(b.toUri());
    }
  }
}
