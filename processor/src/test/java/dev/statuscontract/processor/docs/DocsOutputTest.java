package dev.statuscontract.processor.docs;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;
import static com.google.testing.compile.Compiler.javac;
import static dev.statuscontract.processor.Compilations.compile;
import static dev.statuscontract.processor.Compilations.source;

import com.google.testing.compile.Compilation;
import dev.statuscontract.processor.StatusContractProcessor;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.TypeElement;
import javax.tools.JavaFileObject;
import javax.tools.StandardLocation;
import org.junit.jupiter.api.Test;

class DocsOutputTest {

  private static final List<String> ALL_FILES =
      List.of(
          "com.acme.orders.md",
          "com.acme.users.md",
          "contract.json",
          "findings.json",
          "index.html",
          "index.md",
          "openapi.json");

  private static JavaFileObject[] fixture() {
    return DocsFixture.sources().toArray(JavaFileObject[]::new);
  }

  /** The names of the files written under META-INF/status-contract/ in the class output. */
  private static List<String> written(Compilation compilation) {
    String prefix = "/CLASS_OUTPUT/META-INF/status-contract/";
    return compilation.generatedFiles().stream()
        .map(f -> f.toUri().getPath())
        .filter(p -> p.contains(prefix))
        .map(p -> p.substring(p.indexOf(prefix) + prefix.length()))
        .sorted()
        .collect(Collectors.toList());
  }

  @Test
  void writesEveryFormatUnderClassOutputByDefault() {
    Compilation compilation = compile(fixture());

    assertThat(compilation).succeededWithoutWarnings();
    assertThat(written(compilation)).containsExactlyElementsIn(ALL_FILES).inOrder();
    assertThat(compilation)
        .generatedFile(StandardLocation.CLASS_OUTPUT, "", "META-INF/status-contract/contract.json")
        .contentsAsUtf8String()
        .contains("\"schemaVersion\": 1");
  }

  @Test
  void theOptionChoosesFormats() {
    assertThat(written(compile(List.of("-Astatuscontract.docs=markdown"), fixture())))
        .containsExactly("com.acme.orders.md", "com.acme.users.md", "findings.json", "index.md");
    assertThat(written(compile(List.of("-Astatuscontract.docs= json , openapi"), fixture())))
        .containsExactly("contract.json", "findings.json", "openapi.json");
    assertThat(written(compile(List.of("-Astatuscontract.docs=html"), fixture()))).containsExactly("findings.json", "index.html");
    assertThat(written(compile(List.of("-Astatuscontract.docs=sarif"), fixture()))).containsExactly("findings.json", "findings.sarif");
  }

  @Test
  void noneTurnsGenerationOffButTheFindingsAreStillWritten() {
    Compilation compilation = compile(List.of("-Astatuscontract.docs=none"), fixture());
    assertThat(compilation).succeededWithoutWarnings();
    // findings.json is what a baseline is made of: written whatever the documents.
    assertThat(written(compilation)).containsExactly("findings.json");
  }

  @Test
  void anUnknownFormatIsAnErrorNamingTheValidOnes() {
    Compilation compilation = compile(List.of("-Astatuscontract.docs=markdown,pdf"), fixture());
    assertThat(compilation)
        .hadErrorContaining(
            "[status-contract] unknown format 'pdf' in -Astatuscontract.docs; write any of markdown,"
                + " html, json, openapi, sarif, or none");
  }

  @Test
  void aModuleWithoutEndpointsWritesNothing() {
    Compilation compilation =
        compile(source("com.acme.Util", "package com.acme;", "public class Util { public void run() {} }"));
    assertThat(compilation).succeededWithoutWarnings();
    assertThat(written(compilation)).isEmpty();
  }

  @Test
  void theSameSourcesInAnotherOrderGiveTheSameBytes() {
    List<JavaFileObject> sources = new ArrayList<>(DocsFixture.sources());
    Compilation first = compile(sources.toArray(JavaFileObject[]::new));
    Collections.reverse(sources);
    Compilation second = compile(sources.toArray(JavaFileObject[]::new));

    for (String name : ALL_FILES) {
      assertThat(DocsFixture.generatedOrFail(second, name)).isEqualTo(DocsFixture.generatedOrFail(first, name));
    }
  }

  @Test
  void userTextIsEscapedInEveryFormat() {
    Compilation compilation = compile(fixture());
    String html = DocsFixture.generatedOrFail(compilation, "index.html");
    assertThat(html).doesNotContain("<script>");
    assertThat(html).contains("&lt;script&gt;alert(&#39;taken&#39;)&lt;/script&gt;");
    assertThat(html).contains("No user | has this id &lt;yet&gt; &amp; &quot;never&quot; will — désolé");
    assertThat(html).doesNotContainMatch("(?i)<script|<link|@import|https?://");

    String markdown = DocsFixture.generatedOrFail(compilation, "com.acme.users.md");
    assertThat(markdown).contains("| No user \\| has this id &lt;yet&gt; &amp; \"never\" will — désolé |");
    assertThat(markdown).doesNotContain("<script>");

    String json = DocsFixture.generatedOrFail(compilation, "contract.json");
    assertThat(json).contains("\"No user | has this id <yet> & \\\"never\\\" will — désolé\"");
  }

  @Test
  void endpointsOfEveryRoundEndUpInOneIndex() {
    Compilation compilation =
        javac()
            .withProcessors(new GeneratesResource(), new StatusContractProcessor())
            .compile(
                source(
                    "com.acme.Ping",
                    "package com.acme;",
                    "import dev.statuscontract.Returns;",
                    "import jakarta.ws.rs.*;",
                    "@Path(\"/ping\")",
                    "public class Ping { @GET @Returns(200) public String ping() { return \"\"; } }"));

    assertThat(compilation).succeededWithoutWarnings();
    String index = DocsFixture.generatedOrFail(compilation, "index.md");
    assertThat(index).contains("`/ping`");
    assertThat(index).contains("`/generated`");
  }

  @Test
  void aFileThatCannotBeWrittenIsAWarningAndTheOthersAreWritten() {
    Compilation compilation =
        javac().withProcessors(new ClaimsIndexMd(), new StatusContractProcessor()).compile(fixture());

    assertThat(compilation).succeeded();
    assertThat(compilation).hadWarningCount(1);
    assertThat(compilation)
        .hadWarningContaining("[status-contract] could not write META-INF/status-contract/index.md:");
    assertThat(DocsFixture.generatedOrFail(compilation, "index.md")).isEqualTo("taken\n");
    assertThat(DocsFixture.generated(compilation, "contract.json")).isPresent();
  }

  private abstract static class OneShotProcessor extends AbstractProcessor {
    private boolean done;

    @Override
    public Set<String> getSupportedAnnotationTypes() {
      return Set.of("*");
    }

    @Override
    public SourceVersion getSupportedSourceVersion() {
      return SourceVersion.latestSupported();
    }

    @Override
    public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
      if (!done) {
        done = true;
        try {
          run();
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      }
      return false;
    }

    abstract void run() throws IOException;
  }

  /** Generates a resource class in the first round, which the processor sees in the second. */
  private static final class GeneratesResource extends OneShotProcessor {
    @Override
    void run() throws IOException {
      try (Writer writer = processingEnv.getFiler().createSourceFile("com.acme.Generated").openWriter()) {
        writer.write(
            "package com.acme; @jakarta.ws.rs.Path(\"/generated\") public class Generated {"
                + " @jakarta.ws.rs.GET @dev.statuscontract.Returns(200) public String get() { return \"\"; } }");
      }
    }
  }

  /** Writes index.md before the processor does, as a clashing tool might. */
  private static final class ClaimsIndexMd extends OneShotProcessor {
    @Override
    void run() throws IOException {
      try (Writer writer =
          processingEnv
              .getFiler()
              .createResource(StandardLocation.CLASS_OUTPUT, "", "META-INF/status-contract/index.md")
              .openWriter()) {
        writer.write("taken\n");
      }
    }
  }
}
