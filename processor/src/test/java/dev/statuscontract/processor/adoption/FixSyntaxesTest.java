package dev.statuscontract.processor.adoption;

import static com.google.common.truth.Truth.assertThat;
import static dev.statuscontract.processor.Compilations.compile;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import dev.statuscontract.processor.report.UnifiedDiff;
import java.util.List;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * fixes.patch writes each declaration in the syntax the endpoint's contract uses, or for an
 * endpoint without one, in the syntax of its class's other contracts: here MicroProfile OpenAPI's
 * {@code @APIResponse}, with its import and the file's own indentation (4 spaces).
 */
class FixSyntaxesTest {

  private static final String BEFORE =
      String.join(
          "\n",
          "package org.acme.stock;",
          "",
          "import jakarta.ws.rs.GET;",
          "import jakarta.ws.rs.Path;",
          "import jakarta.ws.rs.QueryParam;",
          "import jakarta.ws.rs.core.Response;",
          "import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;",
          "",
          "@Path(\"/stock\")",
          "public class StockResource {",
          "",
          "    @GET",
          "    @APIResponse(responseCode = \"200\", description = \"The stock\")",
          "    public Response stock(@QueryParam(\"sku\") String sku) {",
          "        if (sku == null) {",
          "            return Response.status(Response.Status.BAD_REQUEST).build();",
          "        }",
          "        return Response.ok(sku).build();",
          "    }",
          "",
          "    @GET",
          "    @Path(\"count\")",
          "    public Response count() {",
          "        return Response.ok(1).build();",
          "    }",
          "}",
          "");

  private static final String AFTER =
      BEFORE
          .replace(
              "    @APIResponse(responseCode = \"200\", description = \"The stock\")\n",
              "    @APIResponse(responseCode = \"200\", description = \"The stock\")\n"
                  + "    @APIResponse(responseCode = \"400\", description = \"Bad Request\")\n")
          .replace(
              "    @Path(\"count\")\n", "    @Path(\"count\")\n    @APIResponse(responseCode = \"200\", description = \"OK\")\n");

  private static JavaFileObject source(String text) {
    return JavaFileObjects.forSourceString("org.acme.stock.StockResource", text);
  }

  @Test
  void theMicroProfileDeclarationsAreWrittenAsTheClassWritesItsOthers() {
    Compilation before =
        compile(List.of("-Astatuscontract.fix=true", "-Astatuscontract.errorsAsWarnings=true"), source(BEFORE));

    assertThat(Outputs.printed(before)).containsExactly("16 undeclared-status");
    assertThat(Outputs.report(before, "fixes.patch").orElseThrow())
        .isEqualTo(UnifiedDiff.of("org/acme/stock/StockResource.java", BEFORE, AFTER));

    Compilation after = compile(List.of("-Astatuscontract.docs=none"), source(AFTER));
    assertThat(after.status()).isEqualTo(Compilation.Status.SUCCESS);
    assertThat(Outputs.printed(after)).isEmpty();
  }
}
