package dev.statuscontract.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.statuscontract.processor.Compilations.compile;
import static dev.statuscontract.processor.Compilations.source;

import com.google.testing.compile.Compilation;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.tools.Diagnostic;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.StandardLocation;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * One defect, one finding: a status declared and another answered in its stead is one finding on
 * the code; a declaration another rule reports is not also "never answered"; one finding names
 * every endpoint it stands for; a response an exception handler builds for many endpoints is
 * reported once, in the handler; a declaration compiled elsewhere is reported where the endpoint is.
 */
class OneFindingPerDefectTest {

  private static List<String> findings(Compilation compilation) {
    return CodeChecksTest.findings(compilation);
  }

  @Test
  void aDeclaredStatusAnsweredAsAnotherIsOneFindingOnTheCode() {
    JavaFileObject resource =
        source(
            "com.acme.Files",
            "package com.acme;",
            "import dev.statuscontract.Returns;",
            "import jakarta.ws.rs.*;",
            "@Path(\"/files\")",
            "public class Files {",
            "  @DELETE @Path(\"{id}\")",
            "  @Returns(200)",
            "  @Returns(404)",
            "  public void delete(@PathParam(\"id\") String id) {",
            "    if (id.isEmpty()) throw new NotFoundException();",
            "  }",
            "}");

    assertThat(findings(compile(resource)))
        .containsExactly(
            "ERROR 9: [undeclared-status] DELETE /files/{id} answers 204 No Content here, but its contract"
                + " declares 200 OK, which no path answers; declare @Returns(204) instead of @Returns(200), or"
                + " answer 200 where the code means it (RFC 9110 §15)");
  }

  @Test
  void aDeclarationAnotherRuleReportsIsNotAlsoNeverAnswered() {
    JavaFileObject resource =
        source(
            "com.acme.Items",
            "package com.acme;",
            "import dev.statuscontract.Returns;",
            "import jakarta.ws.rs.*;",
            "@Path(\"/items\")",
            "public class Items {",
            "  @GET",
            "  @Returns(value = 200, body = String.class)",
            "  @Returns(201)",
            "  public String list() { return \"items\"; }",
            "}");

    List<String> findings = findings(compile(resource));

    assertThat(findings).hasSize(1);
    assertThat(findings.get(0)).startsWith("ERROR 8: [status-not-for-method] GET /items declares 201 Created");
  }

  @Test
  void oneDeclarationThatTwoResourcesServeIsOneFindingNamingBoth() {
    JavaFileObject api =
        source(
            "com.acme.Creating",
            "package com.acme;",
            "import dev.statuscontract.Returns;",
            "import jakarta.ws.rs.*;",
            "import jakarta.ws.rs.core.Response;",
            "public interface Creating {",
            "  @POST",
            "  @Returns(201)",
            "  Response create(String body);",
            "}");
    JavaFileObject users =
        source(
            "com.acme.Users",
            "package com.acme;",
            "import jakarta.ws.rs.*;",
            "import jakarta.ws.rs.core.Response;",
            "@Path(\"/users\")",
            "public class Users implements Creating {",
            "  public Response create(String body) { return Response.status(201).header(\"Location\", \"/users/1\").build(); }",
            "}");
    JavaFileObject groups =
        source(
            "com.acme.Groups",
            "package com.acme;",
            "import jakarta.ws.rs.*;",
            "import jakarta.ws.rs.core.Response;",
            "@Path(\"/groups\")",
            "public class Groups implements Creating {",
            "  public Response create(String body) { return Response.status(201).header(\"Location\", \"/groups/1\").build(); }",
            "}");

    Compilation compilation = compile(api, users, groups);

    // The endpoints of several classes are named class by class, by name, in any source order.
    String expected =
        "ERROR 7: [created-without-location] Each of POST /groups and POST /users declares 201 Created"
            + " without a Location header; add headers = \"Location\" (RFC 9110 §15.3.2)";
    assertThat(findings(compilation)).containsExactly(expected);
    assertThat(findings(compile(groups, users, api))).containsExactly(expected);
    assertThat(compilation).hadErrorContaining("[created-without-location]").inFile(api).onLine(7);
  }

  @Test
  void aHeaderThatAHandlerLeavesOutIsOneFindingInTheHandlerNamingEveryEndpoint() {
    JavaFileObject advice =
        source(
            "com.acme.Errors",
            "package com.acme;",
            "import org.springframework.http.*;",
            "import org.springframework.web.bind.annotation.*;",
            "@RestControllerAdvice",
            "public class Errors {",
            "  @ExceptionHandler(NotSignedIn.class)",
            "  public ResponseEntity<String> notSignedIn(NotSignedIn e) {",
            "    return ResponseEntity.status(HttpStatus.UNAUTHORIZED).body(e.getMessage());",
            "  }",
            "}");
    JavaFileObject exception =
        source("com.acme.NotSignedIn", "package com.acme;", "public class NotSignedIn extends RuntimeException {}");
    JavaFileObject controller =
        source(
            "com.acme.Notes",
            "package com.acme;",
            "import org.springframework.web.bind.annotation.*;",
            "@RestController",
            "public class Notes {",
            "  @GetMapping(\"/notes\") public String list(@RequestHeader(\"Authorization\") String token) {",
            "    if (token.isEmpty()) throw new NotSignedIn();",
            "    return \"notes\";",
            "  }",
            "  @DeleteMapping(\"/notes\") public void clear(@RequestHeader(\"Authorization\") String token) {",
            "    if (token.isEmpty()) throw new NotSignedIn();",
            "  }",
            "}");

    Compilation compilation = compile(advice, exception, controller);

    assertThat(findings(compilation))
        .containsExactly(
            "ERROR 8: [unauthorized-without-challenge] Each of GET /notes and DELETE /notes answers 401 Unauthorized"
                + " through exception com.acme.NotSignedIn mapped by com.acme.Errors#notSignedIn without a"
                + " WWW-Authenticate header, which tells the client how to authenticate; set it on the response"
                + " that com.acme.Errors#notSignedIn builds (RFC 9110 §15.5.2, §11.6.1)");
    assertThat(compilation).hadErrorContaining("[unauthorized-without-challenge]").inFile(advice).onLine(8);
  }

  @Test
  void swagger2sDefaultSuccessAnsweredAsAnotherIsOneFinding() {
    JavaFileObject resource =
        source(
            "com.acme.Buckets",
            "package com.acme;",
            "import io.swagger.annotations.*;",
            "import jakarta.ws.rs.*;",
            "import jakarta.ws.rs.core.Response;",
            "import java.net.URI;",
            "@Path(\"/buckets\")",
            "public class Buckets {",
            "  public record Bucket(String name) {}",
            "  @POST",
            "  @ApiOperation(value = \"Creates a bucket\", response = Bucket.class)",
            "  @ApiResponses({@ApiResponse(code = 400, message = \"Not valid\")})",
            "  public Response createBucket(Bucket bucket) {",
            "    return Response.created(URI.create(\"/buckets/1\")).entity(bucket).build();",
            "  }",
            "}");

    assertThat(findings(compile(resource)))
        .containsExactly(
            "ERROR 13: [undeclared-status] POST /buckets answers 201 Created here, but its contract declares"
                + " 200 OK (the default code of @ApiOperation), which no path answers; declare it with"
                + " @ApiOperation(code = 201, ...) instead of the default 200 (RFC 9110 §15)");
  }

  @Test
  void aDeclarationCompiledElsewhereIsReportedAtTheEndpoint(@TempDir Path directory) throws IOException {
    // The API module: an interface with its declarations, compiled into classes of its own.
    Path api = directory.resolve("api");
    Path apiClasses = directory.resolve("api-classes");
    Files.createDirectories(api.resolve("com/acme/api"));
    Files.createDirectories(apiClasses);
    Files.writeString(
        api.resolve("com/acme/api/PetsApi.java"),
        String.join(
            "\n",
            "package com.acme.api;",
            "import dev.statuscontract.Returns;",
            "import jakarta.ws.rs.*;",
            "import jakarta.ws.rs.core.Response;",
            "@Path(\"/pets\")",
            "public interface PetsApi {",
            "  @POST",
            "  @Returns(value = 201, headers = \"Location\")",
            "  @Returns(value = 202, headers = \"Location\")",
            "  Response add(String pet);",
            "}"),
        StandardCharsets.UTF_8);
    List<String> apiOut = javac(List.of("-proc:none", "-d", apiClasses.toString()), api.resolve("com/acme/api/PetsApi.java"));
    assertThat(apiOut).isEmpty();

    // The service module implements it.
    Path service = directory.resolve("service");
    Files.createDirectories(service.resolve("com/acme"));
    Path source = service.resolve("com/acme/Pets.java");
    Files.writeString(
        source,
        String.join(
            "\n",
            "package com.acme;",
            "import jakarta.ws.rs.core.Response;",
            "import java.net.URI;",
            "public class Pets implements com.acme.api.PetsApi {",
            "  @Override",
            "  public Response add(String pet) {",
            "    return Response.created(URI.create(\"/pets/1\")).build();",
            "  }",
            "}"),
        StandardCharsets.UTF_8);
    List<String> out =
        javac(
            List.of(
                "-classpath", apiClasses + java.io.File.pathSeparator + System.getProperty("java.class.path"),
                "-processor", StatusContractProcessor.class.getName(),
                "-Astatuscontract.helpers=none",
                "-d", directory.resolve("service-classes").toString()),
            source);

    assertThat(out)
        .containsExactly(
            "WARNING Pets.java:6: [declared-not-returned] POST /pets declares 202 Accepted, but no path of add"
                + " answers it; remove the declaration, or answer 202 where the code means it (RFC 9110 §15)"
                + " [declared in com.acme.api.PetsApi, which is compiled elsewhere]");
  }

  /** Compiles {@code source} with javac and the test's class path; its errors and warnings, as {@code KIND File.java:line: message}. */
  private static List<String> javac(List<String> options, Path source) throws IOException {
    JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
    List<String> out = new ArrayList<>();
    try (StandardJavaFileManager files = compiler.getStandardFileManager(null, Locale.ROOT, StandardCharsets.UTF_8)) {
      List<String> all = new ArrayList<>(options);
      if (!all.contains("-classpath")) {
        all.addAll(List.of("-classpath", System.getProperty("java.class.path")));
      }
      Files.createDirectories(Path.of(all.get(all.indexOf("-d") + 1)));
      files.setLocationFromPaths(StandardLocation.SOURCE_OUTPUT, List.of(Path.of(all.get(all.indexOf("-d") + 1))));
      compiler
          .getTask(
              null,
              files,
              d -> {
                if (d.getKind() == Diagnostic.Kind.ERROR || d.getKind() == Diagnostic.Kind.WARNING) {
                  String file = d.getSource() == null ? "?" : Path.of(d.getSource().toUri()).getFileName().toString();
                  out.add(d.getKind() + " " + file + ":" + d.getLineNumber() + ": " + d.getMessage(Locale.ROOT));
                }
              },
              all,
              null,
              files.getJavaFileObjects(source))
          .call();
    }
    return out;
  }
}
