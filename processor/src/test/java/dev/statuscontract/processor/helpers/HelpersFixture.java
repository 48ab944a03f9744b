package dev.statuscontract.processor.helpers;

import com.google.testing.compile.JavaFileObjects;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import javax.tools.JavaFileObject;

/**
 * The fixture of the helper tests (src/test/resources/helpers-fixture): a Jakarta REST, a JAX-RS
 * (javax) and a Spring class that use their generated helpers, covering a body, no body, every
 * typed header, an overload, generics, and endpoints that get no helper.
 */
final class HelpersFixture {

  private HelpersFixture() {}

  /** The sources of one package of the fixture: {@code jakarta}, {@code javax} or {@code spring}. */
  static List<JavaFileObject> sources(String pkg) {
    try {
      Path root = Path.of(HelpersFixture.class.getClassLoader().getResource("helpers-fixture").toURI());
      try (Stream<Path> files = Files.list(root.resolve("com/acme/" + pkg))) {
        return files.sorted()
            .map(f -> JavaFileObjects.forSourceString("com.acme." + pkg + "." + f.getFileName().toString().replace(".java", ""), read(f)))
            .toList();
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
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
}
