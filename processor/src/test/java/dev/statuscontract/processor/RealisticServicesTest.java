package dev.statuscontract.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.Compiler.javac;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.MalformedURLException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import javax.tools.Diagnostic;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The processor on services written the way real ones are, with the contracts their teams wrote for
 * springdoc and SmallRye OpenAPI, and without any contract at all (src/test/resources/realistic):
 * every finding is listed here, so that a new one, a false positive above all, shows as a failing
 * test.
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

  /**
   * A Spring MVC shop of 34 endpoints written without any contract (no {@code @Returns}, no swagger
   * annotations): its code alone is checked, and documented.
   */
  @Test
  void anUnannotatedSpringServiceIsCheckedFromItsCode(@TempDir Path out) throws IOException {
    List<String> findings = findings(compile("spring-plain"));

    assertThat(findings)
        .containsExactly(
            // A void POST that adds an item answers 201 through @ResponseStatus alone: it cannot
            // send a Location, and the target URI is the cart's item collection, not the new item.
            // Deserved (RFC 9110 §15.3.2, §9.3.3).
            "ERROR CartController.java:50 [created-without-location] POST /api/carts/{cartId}/items"
                + " declares 201 Created (declared with @ResponseStatus) without a Location header; answer"
                + " with a ResponseEntity that sets it, such as ResponseEntity.created(uri), instead of"
                + " @ResponseStatus (RFC 9110 §15.3.2)",
            // The return from the payment provider answers 303 with the target in a JSON body for
            // the single-page app: a browser following the redirect finds no Location. Deserved.
            "ERROR PaymentController.java:66 [redirect-without-location] GET /api/payments/{id}/return"
                + " answers 303 See Other here without a Location header, so the client has nowhere to go;"
                + " set it with .location(uri) (RFC 9110 §15.4.4)",
            // status(CREATED).body(saved) where created(uri) was meant: the client cannot tell where
            // the new product is. Deserved.
            "ERROR ProductController.java:46 [created-without-location] POST /api/products answers 201"
                + " Created here without a Location header; set it with .location(uri), or build the"
                + " response with ResponseEntity.created(uri) (RFC 9110 §15.3.2)",
            // The reindex result is sent with 204, which has no content by definition: the client
            // never reliably gets it. Deserved.
            "ERROR ReportController.java:63 [body-not-allowed] POST /api/admin/reports/reindex answers"
                + " 204 No Content here with content, but a 204 response never has content; build it"
                + " without the entity, or answer 200 OK if the client needs it (RFC 9110 §15.3.5)",
            // A failed login answers 401 without a challenge; the session lookup beside it sends one
            // through its helper. Deserved (RFC 9110 §15.5.2: MUST).
            "ERROR SessionController.java:35 [unauthorized-without-challenge] POST /api/session answers"
                + " 401 Unauthorized here without a WWW-Authenticate header, which tells the client how"
                + " to authenticate; set it with .header(\"WWW-Authenticate\", ...) (RFC 9110 §15.5.2,"
                + " §11.6.1)");

    // The documents are written although the compilation fails; every endpoint is documented from
    // its code.
    Map<String, String> documents =
        AnalysisLifecycleTest.Directory.compile(out, List.of(), sources("spring-plain").toArray(JavaFileObject[]::new))
            .documents();
    String json = documents.get("contract.json");
    // The advice's responses carry the body its handlers return, with its schema.
    assertThat(documents.get("openapi.json")).contains("\"$ref\": \"#/components/schemas/ProblemDto\"");
    assertThat(documents.get("openapi.json")).contains("\"ProblemDto\": {");
    Map<String, List<String>> responses = responses(json);
    assertThat(responses).hasSize(34);
    assertThat(responses)
        .containsAtLeast(
            // ResponseEntity.of(optional).
            "GET /api/orders/{id}", List.of("200: OrderDto (inferred)", "404 (inferred)"),
            // created(uri) with UriComponentsBuilder; 409 from the throws clause of the service,
            // through OutOfStockException's @ResponseStatus; 404 from the advice, for the
            // ProductNotFoundException that ProductService.reserve throws, called by the service.
            "POST /api/orders", List.of("201 [Location]: OrderDto (inferred)", "404: ProblemDto (inferred)", "409 (inferred)"),
            // @ResponseStatus(NO_CONTENT) on a void method; 404 thrown in a private helper's
            // orElseThrow.
            "DELETE /api/orders/{id}", List.of("204", "404 (inferred)"),
            "GET /api/orders/{id}/invoice", List.of("302 [Location] (inferred)", "404 (inferred)"),
            // 303 with Location, 404 from the helper and (with the advice's body) through the
            // order service, 409 through the service, 422 from the advice's @ResponseStatus handler.
            "POST /api/carts/{cartId}/checkout",
            List.of("303 [Location] (inferred)", "404: ProblemDto (inferred)", "409 (inferred)", "422: ProblemDto (inferred)"),
            // A private static helper building created(uri).
            "POST /api/carts", List.of("201 [Location]: CartDto (inferred)"),
            // 404 from the advice's handler of EntityNotFoundException, thrown in an orElseThrow.
            "GET /api/products/{sku}", List.of("200: ProductDto (inferred)", "404: ProblemDto (inferred)"),
            "DELETE /api/products/{sku}", List.of("204 (inferred)", "404 (inferred)"),
            // 402 from the advice, through the throws clause of PaymentService.authorize.
            "POST /api/payments", List.of("202 [Location]: PaymentDto (inferred)", "402: ProblemDto (inferred)"),
            // HttpHeaders.setLocation and new ResponseEntity<>(body, headers, CREATED); 400 from the
            // advice, for the IllegalArgumentException that PaymentService.refund throws.
            "POST /api/payments/{id}/refunds", List.of("201 [Location]: RefundDto (inferred)", "400: ProblemDto (inferred)"),
            // A generic private helper sending the challenge.
            "GET /api/session", List.of("200: SessionDto (inferred)", "401 [WWW-Authenticate] (inferred)"),
            // The status comes from another object: never guessed, the document says only that the
            // code computes it ("default").
            "POST /api/payments/webhook", List.of("default (inferred)"),
            // status(job.httpCode()) is unknown beside the 404 of the orElseThrow.
            "GET /api/admin/reports/exports/{id}", List.of("404 (inferred)", "default (inferred)"),
            // find(id).map(ResponseEntity::ok).orElse(notFound().build()), and the same with a
            // lambda and orElseGet.
            "GET /api/customers/{id}", List.of("200: CustomerDto (inferred)", "404 (inferred)"),
            "GET /api/carts/{cartId}", List.of("200: CartDto (inferred)", "404 (inferred)"));
  }

  /**
   * Each endpoint of a contract.json as {@code METHOD path}, with its responses as {@code code
   * [headers]: body (inferred)}, the package of the shop's classes left out.
   */
  private static Map<String, List<String>> responses(String contractJson) throws IOException {
    Map<String, List<String>> all = new TreeMap<>();
    for (JsonNode endpoint : new ObjectMapper().readTree(contractJson).get("endpoints")) {
      List<String> responses = new ArrayList<>();
      for (JsonNode response : endpoint.get("responses")) {
        // A pattern ("default", "4XX") has no code.
        StringBuilder line =
            new StringBuilder(response.has("code") ? response.get("code").asText() : response.get("status").asText());
        List<String> headers = new ArrayList<>();
        response.get("headers").forEach(h -> headers.add(h.asText()));
        if (!headers.isEmpty()) {
          line.append(' ').append(headers);
        }
        if (!response.get("body").isNull()) {
          line.append(": ").append(response.get("body").asText().replace("com.example.shop.dto.", ""));
        }
        if (response.path("inferred").asBoolean()) {
          line.append(" (inferred)");
        }
        responses.add(line.toString());
      }
      all.put(endpoint.get("method").asText() + " " + endpoint.get("path").asText(), responses);
    }
    return all;
  }
}
