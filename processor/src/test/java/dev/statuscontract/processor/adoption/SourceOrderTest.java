package dev.statuscontract.processor.adoption;

import static com.google.common.truth.Truth.assertThat;
import static dev.statuscontract.processor.Compilations.compile;
import static dev.statuscontract.processor.Compilations.source;

import com.google.testing.compile.Compilation;
import java.util.List;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * findings.json and findings.sarif are byte-identical in any source order, a finding that stands
 * for the endpoints of several classes included.
 */
class SourceOrderTest {

  private static final JavaFileObject API =
      source(
          "com.acme.Creating",
          "package com.acme;",
          "import dev.statuscontract.*;",
          "import jakarta.ws.rs.*;",
          "import jakarta.ws.rs.core.Response;",
          "public interface Creating {",
          "  @POST @Creates",
          "  @Returns(201)",
          "  Response create(String body);",
          "}");
  private static final JavaFileObject USERS =
      source(
          "com.acme.Users",
          "package com.acme;",
          "import jakarta.ws.rs.*;",
          "import jakarta.ws.rs.core.Response;",
          "@Path(\"/users\")",
          "public class Users implements Creating {",
          "  public Response create(String body) { return Response.status(201).header(\"Location\", \"/users/1\").build(); }",
          "  @GET public Response list() { return Response.status(404).build(); }",
          "}");
  private static final JavaFileObject GROUPS =
      source(
          "com.acme.Groups",
          "package com.acme;",
          "import dev.statuscontract.*;",
          "import jakarta.ws.rs.*;",
          "import jakarta.ws.rs.core.Response;",
          "@Path(\"/groups\")",
          "public class Groups implements Creating {",
          "  public Response create(String body) { return Response.status(201).header(\"Location\", \"/groups/1\").build(); }",
          "  @DELETE @Returns(value = 503, description = \"Down\") @Returns(204) public void delete() {}",
          "}");

  private static final List<String> OPTIONS = List.of("-Astatuscontract.errorsAsWarnings=true", "-Astatuscontract.docs=sarif");

  @Test
  void theReportsAreTheSameBytesInEveryOrder() {
    Compilation first = compile(OPTIONS, API, USERS, GROUPS);
    String json = Outputs.report(first, "findings.json").orElseThrow();
    String sarif = Outputs.report(first, "findings.sarif").orElseThrow();
    assertThat(json).contains("Each of POST /groups and POST /users declares 201 Created");

    for (JavaFileObject[] order :
        List.of(
            new JavaFileObject[] {GROUPS, USERS, API},
            new JavaFileObject[] {USERS, API, GROUPS},
            new JavaFileObject[] {GROUPS, API, USERS})) {
      Compilation other = compile(OPTIONS, order);
      assertThat(Outputs.report(other, "findings.json").orElseThrow()).isEqualTo(json);
      assertThat(Outputs.report(other, "findings.sarif").orElseThrow()).isEqualTo(sarif);
    }
  }
}
