package dev.statuscontract.processor;

import static com.google.common.truth.Truth.assertThat;
import static dev.statuscontract.processor.Compilations.compile;
import static dev.statuscontract.processor.Compilations.source;

import com.google.testing.compile.Compilation;
import java.util.List;
import java.util.Locale;
import javax.tools.Diagnostic;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/** One note at the end of the build says what was checked, found, and written. */
class SummaryTest {

  private static final JavaFileObject RESOURCE =
      source(
          "com.acme.UserResource",
          "package com.acme;",
          "import dev.statuscontract.*;",
          "import jakarta.ws.rs.*;",
          "@Path(\"/users\")",
          "public class UserResource {",
          "  @POST @Creates @Returns(201) @Returns(429) public void create() {}",
          "  @GET @Returns(200) public String list() { return \"\"; }",
          "}");

  private static List<String> notes(Compilation compilation) {
    return compilation.notes().stream()
        .map(d -> d.getMessage(Locale.ROOT))
        .filter(m -> m.startsWith("[status-contract]"))
        .toList();
  }

  @Test
  void countsEndpointsClassesAndFindingsAndNamesTheDocumentation() {
    List<String> notes = notes(compile(RESOURCE));

    assertThat(notes).hasSize(1);
    assertThat(notes.get(0))
        .matches(
            "\\[status-contract] checked 2 endpoints in 1 class: 2 errors, 1 warning; the code of all 2 read;"
                + " documentation in"
                + " \\S+/META-INF/status-contract/");
  }

  @Test
  void theSummaryComesAfterTheFindings() {
    Compilation compilation = compile(RESOURCE);

    List<Diagnostic<? extends JavaFileObject>> diagnostics = compilation.diagnostics();
    Diagnostic<? extends JavaFileObject> last = diagnostics.get(diagnostics.size() - 1);
    assertThat(last.getMessage(Locale.ROOT)).startsWith("[status-contract] checked 2 endpoints");
    assertThat(last.getLineNumber()).isEqualTo(Diagnostic.NOPOS);
    assertThat(diagnostics.stream().filter(d -> d.getKind() == Diagnostic.Kind.ERROR).count()).isEqualTo(2);
  }

  @Test
  void withoutDocumentationItSaysNothingOfIt() {
    List<String> notes = notes(compile(List.of("-Astatuscontract.docs=none"), RESOURCE));

    assertThat(notes)
        .containsExactly("[status-contract] checked 2 endpoints in 1 class: 2 errors, 1 warning; the code of all 2 read");
  }

  @Test
  void saysHowManyEndpointsCodeWasReadInPartOrNotAtAll() {
    JavaFileObject api =
        source(
            "com.acme.Api",
            "package com.acme;",
            "import jakarta.ws.rs.*;",
            "import jakarta.ws.rs.core.Response;",
            "@Path(\"/api\")",
            "public interface Api {",
            "  @GET @Path(\"a\") String a();",
            "}");
    JavaFileObject resource =
        source(
            "com.acme.Things",
            "package com.acme;",
            "import jakarta.ws.rs.*;",
            "import jakarta.ws.rs.core.Response;",
            "@Path(\"/things\")",
            "public class Things {",
            "  @GET public Response list(@QueryParam(\"s\") int status) { return Response.status(status).build(); }",
            "  @DELETE public void clear() {}",
            "}");

    List<String> notes = notes(compile(List.of("-Astatuscontract.docs=none"), api, resource));

    assertThat(notes)
        .containsExactly(
            "[status-contract] checked 3 endpoints in 2 classes: 0 errors, 0 warnings; the code of 1 read in full,"
                + " of 1 in part, of 1 not at all");
  }

  @Test
  void withoutTheAnalysisItSaysNothingOfTheCode() {
    List<String> notes =
        notes(compile(List.of("-Astatuscontract.docs=none", "-Astatuscontract.analysis=false"), RESOURCE));

    // One error fewer: the one about what the code of create() answers.
    assertThat(notes).containsExactly("[status-contract] checked 2 endpoints in 1 class: 1 error, 1 warning");
  }

  @Test
  void aModuleWithoutEndpointsStaysSilent() {
    Compilation compilation = compile(source("com.acme.Util", "package com.acme;", "class Util {}"));
    assertThat(notes(compilation)).isEmpty();
    assertThat(compilation.diagnostics().stream().filter(d -> d.getKind() == Diagnostic.Kind.NOTE).toList()).isEmpty();
  }
}
