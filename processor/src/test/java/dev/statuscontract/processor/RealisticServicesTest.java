package dev.statuscontract.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.Compiler.javac;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.MalformedURLException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import javax.tools.Diagnostic;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * The processor on services written the way real ones are, with the contracts their teams wrote for
 * springdoc and SmallRye OpenAPI (src/test/resources/realistic): every finding is listed here, so
 * that a new one, a false positive above all, shows as a failing test.
 */
class RealisticServicesTest {

  private static List<JavaFileObject> sources(String service) {
    Path root = Path.of("src/test/resources/realistic", service);
    try (Stream<Path> files = Files.walk(root)) {
      return files
          .filter(f -> f.toString().endsWith(".java"))
          .sorted()
          .map(f -> {
            try {
              return JavaFileObjects.forResource(f.toUri().toURL());
            } catch (MalformedURLException e) {
              throw new UncheckedIOException(e);
            }
          })
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Every diagnostic but the summary, as {@code KIND File.java:line message}. */
  private static List<String> findings(Compilation compilation) {
    return compilation.diagnostics().stream()
        .filter(d -> !d.getMessage(null).startsWith("[status-contract] checked"))
        .map(
            d ->
                d.getKind()
                    + " "
                    + (d.getSource() == null ? "" : Path.of(d.getSource().getName()).getFileName() + ":" + d.getLineNumber())
                    + " "
                    + d.getMessage(null))
        .filter(line -> !line.startsWith(Diagnostic.Kind.OTHER.name()))
        .toList();
  }

  private static Compilation compile(String service) {
    return javac()
        .withProcessors(new StatusContractProcessor())
        .withOptions("-Xlint:all,-processing")
        .compile(sources(service));
  }

  @Test
  void aSpringServiceDocumentedWithSpringdoc() {
    List<String> findings = findings(compile("springdoc"));

    // The generated interface declares a creating 201 without its Location: the published
    // OpenAPI document promises a response that breaks RFC 9110 §15.3.2. Deserved; the fix belongs
    // in the OpenAPI specification the interface is generated from.
    assertThat(findings)
        .containsExactly(
            "ERROR OrderApi.java:18 [created-without-location] POST /api/orders declares 201 Created"
                + " (declared with @ApiResponse) without a Location header; add headers = @Header(name ="
                + " \"Location\") (RFC 9110 §15.3.2)");
  }

  @Test
  void aQuarkusServiceDocumentedWithMicroProfileOpenApi() {
    List<String> findings = findings(compile("quarkus"));

    // The code sends Location (Response.created), but the documented 201 does not say so: the
    // published document is what the finding is about.
    assertThat(findings)
        .containsExactly(
            "ERROR BookResource.java:56 [created-without-location] POST /books declares 201 Created"
                + " (declared with @APIResponse) without a Location header; add headers = @Header(name ="
                + " \"Location\") (RFC 9110 §15.3.2)");
  }
}
