package dev.statuscontract.processor.analysis;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.statuscontract.processor.analysis.Harness.expected;
import static dev.statuscontract.processor.analysis.Harness.source;

import org.junit.jupiter.api.Test;

/**
 * Code that sets the status on the container's own response (the servlet's {@code
 * HttpServletResponse}, WebFlux's {@code ServerHttpResponse}) answers that status, not the
 * framework's default; where it sets one only on some paths, or passes the response on to code
 * that may, what the framework answers is unknown, never the default.
 */
class ContainerResponseTest {

  @Test
  void aWebFluxRedirectWrittenOnTheExchangeAnswersItsStatus() {
    String[] lines = {
      "package com.acme;",
      "import org.springframework.http.*;",
      "import org.springframework.http.server.reactive.ServerHttpResponse;",
      "import org.springframework.stereotype.Controller;",
      "import org.springframework.web.bind.annotation.*;",
      "import org.springframework.web.server.ServerWebExchange;",
      "import reactor.core.publisher.Mono;",
      "@Controller",
      "public class Home {",
      "  @GetMapping(\"/\")",
      "  public Mono<Void> redirect(ServerWebExchange exchange) {",
      "    ServerHttpResponse response = exchange.getResponse();",
      "    response.setStatusCode(HttpStatus.SEE_OTHER);",
      "    response.getHeaders().add(HttpHeaders.LOCATION, \"/swagger-ui/\");",
      "    return response.setComplete();",
      "  }",
      "}",
    };
    Harness h = Harness.run(source("com.acme.Home", lines));

    assertThat(h.compilation).succeeded();
    // Not WebFlux's 200 for an empty Mono<Void>: the 303 the code sets, whose headers it may set too.
    assertThat(h.produced("com.acme.Home", "redirect"))
        .containsExactlyElementsIn(expected(lines, "303 [*] @{setStatusCode}"));
  }

  @Test
  void aServletRedirectAnswers302WithLocation() {
    String[] lines = {
      "package com.acme;",
      "import jakarta.servlet.http.HttpServletResponse;",
      "import java.io.IOException;",
      "import org.springframework.web.bind.annotation.*;",
      "@RestController",
      "public class Root {",
      "  @RequestMapping(\"/\")",
      "  public void toDocs(HttpServletResponse response) throws IOException {",
      "    response.sendRedirect(\"/swagger-ui/index.html\");",
      "  }",
      "}",
    };
    Harness h = Harness.run(source("com.acme.Root", lines));

    assertThat(h.produced("com.acme.Root", "toDocs"))
        .containsExactlyElementsIn(expected(lines, "302 [*, Location] @{sendRedirect}"));
  }

  @Test
  void aStatusSetOnSomePathsLeavesTheOthersUnknown() {
    String[] lines = {
      "package com.acme;",
      "import jakarta.servlet.http.HttpServletResponse;",
      "import org.springframework.web.bind.annotation.*;",
      "@RestController",
      "public class Files {",
      "  @GetMapping(\"/files/{id}\")",
      "  public String get(@PathVariable String id, HttpServletResponse response) {",
      "    if (id.isEmpty()) {",
      "      response.setStatus(HttpServletResponse.SC_NOT_FOUND);",
      "      return null;",
      "    }",
      "    return id;",
      "  }",
      "}",
    };
    Harness h = Harness.run(source("com.acme.Files", lines));

    // Not the 200 Spring would answer by default: whether it still does is not known.
    assertThat(h.produced("com.acme.Files", "get"))
        .containsExactlyElementsIn(
            expected(
                lines,
                "UNKNOWN @{return null;}",
                "404 [*] @{SC_NOT_FOUND}",
                "UNKNOWN @{return id;}",
                "404 [*] body @{SC_NOT_FOUND}"));
  }

  @Test
  void aStatusEveryPathSetsIsTheAnswerAndOneSetLaterOnSomePathsToo() {
    String[] lines = {
      "package com.acme;",
      "import jakarta.servlet.http.HttpServletResponse;",
      "import org.springframework.web.bind.annotation.*;",
      "@RestController",
      "public class Jobs {",
      "  @PostMapping(\"/jobs\")",
      "  public void start(@RequestBody String job, HttpServletResponse response) {",
      "    response.setStatus(202);",
      "    if (job.isEmpty()) response.setStatus(400);",
      "  }",
      "}",
    };
    Harness h = Harness.run(source("com.acme.Jobs", lines));

    assertThat(h.produced("com.acme.Jobs", "start"))
        .containsExactlyElementsIn(expected(lines, "202 [*] @{setStatus(202)}", "400 [*] @{setStatus(400)}"));
  }

  @Test
  void aResponsePassedOnToOtherCodeMakesTheStatusUnknown() {
    String[] lines = {
      "package com.acme;",
      "import jakarta.servlet.http.HttpServletResponse;",
      "import org.springframework.web.bind.annotation.*;",
      "@RestController",
      "public class Reports {",
      "  private final Exporter exporter = new Exporter();",
      "  @GetMapping(\"/reports\")",
      "  public void export(HttpServletResponse response) {",
      "    exporter.write(response);",
      "  }",
      "}",
      "class Exporter {",
      "  void write(HttpServletResponse response) {}",
      "}",
    };
    Harness h = Harness.run(source("com.acme.Reports", lines));

    assertThat(h.produced("com.acme.Reports", "export")).containsExactlyElementsIn(expected(lines, "UNKNOWN @{public void export}"));
  }

  @Test
  void aResponseTheCodeOnlyWritesToKeepsTheDefault() {
    String[] lines = {
      "package com.acme;",
      "import jakarta.servlet.http.HttpServletResponse;",
      "import java.io.IOException;",
      "import org.springframework.web.bind.annotation.*;",
      "@RestController",
      "public class Csv {",
      "  @GetMapping(\"/csv\")",
      "  public void csv(HttpServletResponse response) throws IOException {",
      "    response.setContentType(\"text/csv\");",
      "    response.getWriter().write(\"a,b\");",
      "  }",
      "}",
    };
    Harness h = Harness.run(source("com.acme.Csv", lines));

    assertThat(h.produced("com.acme.Csv", "csv")).containsExactlyElementsIn(expected(lines, "200 @{public void csv}"));
  }

  @Test
  void anExceptionHandlerThatSendsAnErrorAnswersItsStatus() {
    String[] lines = {
      "package com.acme;",
      "import jakarta.servlet.http.HttpServletResponse;",
      "import java.io.IOException;",
      "import org.springframework.web.bind.annotation.*;",
      "@RestController",
      "public class Accounts {",
      "  static class Missing extends RuntimeException {}",
      "  @GetMapping(\"/accounts/{id}\")",
      "  public String get(@PathVariable String id) {",
      "    if (id.isEmpty()) throw new Missing();",
      "    return id;",
      "  }",
      "  @ExceptionHandler(Missing.class)",
      "  public void missing(HttpServletResponse response) throws IOException {",
      "    response.sendError(404);",
      "  }",
      "}",
    };
    Harness h = Harness.run(source("com.acme.Accounts", lines));

    assertThat(h.produced("com.acme.Accounts", "get"))
        .containsExactlyElementsIn(
            expected(
                lines,
                "404 [*] @{throw new Missing()} through exception com.acme.Accounts.Missing mapped by com.acme.Accounts#missing",
                "200 body @{return id;}"));
  }
}
