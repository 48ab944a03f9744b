package dev.statuscontract.processor.docs;

import static com.google.common.truth.Truth.assertWithMessage;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import javax.tools.JavaFileObject;
import javax.tools.StandardLocation;

/**
 * The fixture API of the documentation tests (src/test/resources/docs-fixture): JAX-RS and Spring,
 * class-level and composed declarations, an overload, generic types, and descriptions full of
 * characters that Markdown, HTML and JSON must escape.
 */
final class DocsFixture {

  private DocsFixture() {}

  /** The fixture's sources, in a stable order. */
  static List<JavaFileObject> sources() {
    Path root = resource("docs-fixture");
    try (Stream<Path> files = Files.walk(root)) {
      return files
          .filter(f -> f.toString().endsWith(".java"))
          .sorted()
          .map(f -> JavaFileObjects.forSourceString(qualifiedName(root, f), read(f)))
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A generated documentation file, as text. */
  static Optional<String> generated(Compilation compilation, String name) {
    return compilation
        .generatedFile(StandardLocation.CLASS_OUTPUT, "", "META-INF/status-contract/" + name)
        .map(
            file -> {
              try {
                return file.getCharContent(false).toString();
              } catch (IOException e) {
                throw new UncheckedIOException(e);
              }
            });
  }

  /** A generated file, which must exist. */
  static String generatedOrFail(Compilation compilation, String name) {
    return generated(compilation, name)
        .orElseThrow(() -> new AssertionError("no META-INF/status-contract/" + name + " was generated"));
  }

  /**
   * Asserts that {@code actual} is the golden file {@code name}. Run with {@code
   * -Dgolden.update=true} to rewrite the golden files after a deliberate change, then review the
   * diff before committing it.
   */
  static void assertGolden(String name, String actual) {
    Path golden = Path.of("src/test/resources/golden/docs").resolve(name);
    try {
      if (Boolean.getBoolean("golden.update")) {
        Files.createDirectories(golden.getParent());
        Files.writeString(golden, actual, StandardCharsets.UTF_8);
        return;
      }
      assertWithMessage("golden file %s (rerun with -Dgolden.update=true after a deliberate change)", golden)
          .that(actual)
          .isEqualTo(Files.readString(golden, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Path resource(String name) {
    URL url = DocsFixture.class.getClassLoader().getResource(name);
    try {
      return Path.of(url.toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String read(Path file) {
    try {
      return Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String qualifiedName(Path root, Path file) {
    String relative = root.relativize(file).toString().replace('\\', '/');
    return relative.substring(0, relative.length() - ".java".length()).replace('/', '.');
  }
}
