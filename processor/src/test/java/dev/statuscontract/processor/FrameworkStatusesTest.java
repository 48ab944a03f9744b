package dev.statuscontract.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.statuscontract.processor.Compilations.compile;
import static dev.statuscontract.processor.Compilations.source;

import com.google.testing.compile.Compilation;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * The statuses a framework answers by itself, before or around the endpoint's code: 400 for bean
 * validation, 401 and 403 for an access check, 503 for an asynchronous result that times out.
 * The documents of an endpoint without a written contract show them, marked as the framework's;
 * {@code undeclared-framework-status}, off by default, checks written contracts against them.
 */
class FrameworkStatusesTest {

  private static final List<String> RULE_ON = List.of("-Astatuscontract.rules=undeclared-framework-status:error");

  private static JavaFileObject notes(String... contract) {
    String[] lines = {
      "package com.acme;",
      "import dev.statuscontract.Returns;",
      "import jakarta.validation.Valid;",
      "import java.net.URI;",
      "import org.springframework.http.ResponseEntity;",
      "import org.springframework.web.bind.annotation.*;",
      "@RestController",
      "public class Notes {",
      "  public record Note(String text) {}",
      "  @PostMapping(\"/notes\")",
      "  @Returns(value = 201, headers = \"Location\")",
      "  " + String.join(" ", contract),
      "  public ResponseEntity<Note> create(@Valid @RequestBody Note note) {",
      "    return ResponseEntity.created(URI.create(\"/notes/1\")).body(note);",
      "  }",
      "}"
    };
    return source("com.acme.Notes", lines);
  }

  @Test
  void offByDefault() {
    assertThat(compile(notes())).succeededWithoutWarnings();
  }

  @Test
  void validationThatTheContractLeavesOutIsReportedOnTheAnnotationThatCausesIt() {
    Compilation compilation = compile(RULE_ON, notes());

    assertThat(CodeChecksTest.findings(compilation))
        .containsExactly(
            "ERROR 13: [undeclared-framework-status] POST /notes answers 400 Bad Request through the framework's"
                + " bean validation of the @Valid parameter note, which its contract does not declare; add @Returns(400) to"
                + " create (RFC 9110 §15)");
    assertThat(compilation).hadErrorContaining("[undeclared-framework-status]").inFile(notes()).onLineContaining("@Valid");
  }

  @Test
  void aDeclaredStatusIsNotReported() {
    assertThat(compile(RULE_ON, notes("@Returns(400)"))).succeededWithoutWarnings();
  }

  @Test
  void anAdviceThatMapsTheValidationExceptionDecidesTheStatus() {
    JavaFileObject advice =
        source(
            "com.acme.Errors",
            "package com.acme;",
            "import org.springframework.http.*;",
            "import org.springframework.web.bind.MethodArgumentNotValidException;",
            "import org.springframework.web.bind.annotation.*;",
            "@RestControllerAdvice",
            "public class Errors {",
            "  @ExceptionHandler(MethodArgumentNotValidException.class)",
            "  public ResponseEntity<String> invalid(MethodArgumentNotValidException e) {",
            "    return ResponseEntity.unprocessableEntity().body(e.getMessage());",
            "  }",
            "}");

    List<String> findings = CodeChecksTest.findings(compile(RULE_ON, notes("@Returns(400)"), advice));

    assertThat(findings).hasSize(1);
    assertThat(findings.get(0))
        .startsWith(
            "ERROR 13: [undeclared-framework-status] POST /notes answers 422 Unprocessable Content through the"
                + " framework's bean validation of the @Valid parameter note, mapped by com.acme.Errors#invalid");
    assertThat(findings.get(0)).endsWith("add @Returns(422) to create (RFC 9110 §15)");
  }

  @Test
  void anAccessCheckAnswers401And403() {
    JavaFileObject controller =
        source(
            "com.acme.Admin",
            "package com.acme;",
            "import dev.statuscontract.Returns;",
            "import org.springframework.security.access.prepost.PreAuthorize;",
            "import org.springframework.web.bind.annotation.*;",
            "@RestController",
            "@PreAuthorize(\"hasRole('ADMIN')\")",
            "public class Admin {",
            "  @DeleteMapping(\"/cache\")",
            "  @Returns(200)",
            "  @Returns(403)",
            "  public void clear() {}",
            "}");

    List<String> findings = CodeChecksTest.findings(compile(RULE_ON, controller));

    assertThat(findings).hasSize(1);
    assertThat(findings.get(0))
        .startsWith(
            "ERROR 6: [undeclared-framework-status] DELETE /cache answers 401 Unauthorized through the framework's"
                + " access check of @PreAuthorize, for a caller who is not authenticated");
  }

  @Test
  void anEndpointWithoutAWrittenContractDocumentsWhatTheFrameworkAnswers() throws IOException {
    JavaFileObject controller =
        source(
            "com.acme.Tags",
            "package com.acme;",
            "import jakarta.validation.Valid;",
            "import org.springframework.web.bind.annotation.*;",
            "@RestController",
            "public class Tags {",
            "  public record Tag(String name) {}",
            "  @PutMapping(\"/tags\")",
            "  public Tag put(@Valid @RequestBody Tag tag) { return tag; }",
            "}");

    Compilation compilation = compile(controller);

    assertThat(compilation).succeeded();
    String json = contractJson(compilation);
    assertThat(json)
        .containsMatch(
            "\"code\": 400,[^}]*\"description\": \"The framework's bean validation of the @Valid parameter tag\""
                + "[^}]*\"declaredWith\": \"the framework\",\\s*\"inferred\": true");
    assertThat(json).containsMatch("(?s)\"code\": 200,(?:(?!\"code\").)*\"declaredWith\": \"the code\"");
  }

  @Test
  void dropwizardAnswers422ForAnInvalidEntityAnd400ForAnInvalidParameter() {
    // Dropwizard's own classes, as its jar holds them: it registers the mapper by itself.
    JavaFileObject mapper =
        source(
            "io.dropwizard.jersey.validation.JerseyViolationExceptionMapper",
            "package io.dropwizard.jersey.validation;",
            "public class JerseyViolationExceptionMapper {}");
    JavaFileObject exception =
        source(
            "io.dropwizard.jersey.validation.JerseyViolationException",
            "package io.dropwizard.jersey.validation;",
            "public class JerseyViolationException extends jakarta.validation.ConstraintViolationException {",
            "  public JerseyViolationException() { super(java.util.Set.of()); }",
            "}");
    JavaFileObject resource =
        source(
            "com.acme.Invites",
            "package com.acme;",
            "import dev.statuscontract.Returns;",
            "import jakarta.validation.Valid;",
            "import jakarta.validation.constraints.NotNull;",
            "import jakarta.ws.rs.*;",
            "@Path(\"/invites\")",
            "public class Invites {",
            "  public record Invite(String email) {}",
            "  @POST @Path(\"otp\") @Returns(200)",
            "  public String verify(@Valid Invite invite) { return invite.email(); }",
            "  @GET @Returns(200)",
            "  public String find(@NotNull @QueryParam(\"email\") String email) { return email; }",
            "}");

    List<String> findings = CodeChecksTest.findings(compile(RULE_ON, mapper, exception, resource));

    assertThat(findings)
        .containsExactly(
            "ERROR 10: [undeclared-framework-status] POST /invites/otp answers 422 Unprocessable Content through"
                + " Dropwizard's bean validation of the @Valid parameter invite, which its contract does not"
                + " declare; add @Returns(422) to verify (RFC 9110 §15)",
            "ERROR 12: [undeclared-framework-status] GET /invites answers 400 Bad Request through Dropwizard's"
                + " bean validation of the @NotNull constraint on parameter email, which its contract does not"
                + " declare; add @Returns(400) to find (RFC 9110 §15)");
  }

  @Test
  void validOnATypeWithoutConstraintsCannotFail() {
    JavaFileObject resource =
        source(
            "com.acme.Admins",
            "package com.acme;",
            "import dev.statuscontract.Returns;",
            "import jakarta.validation.Valid;",
            "import jakarta.ws.rs.*;",
            "import java.util.List;",
            "import java.util.Map;",
            "@Path(\"/admins\")",
            "public class Admins {",
            "  @POST @Path(\"emails\") @Returns(200)",
            "  public String emails(@Valid Map<String, List<String>> accounts) { return accounts.toString(); }",
            "}");

    // The JDK's classes carry no constraints: @Valid there never finds a violation.
    assertThat(compile(RULE_ON, resource)).succeededWithoutWarnings();
  }

  private static String contractJson(Compilation compilation) {
    return compilation.generatedFiles().stream()
        .filter(file -> file.toUri().getPath().endsWith("/META-INF/status-contract/contract.json"))
        .map(
            file -> {
              try {
                return file.getCharContent(true).toString();
              } catch (IOException e) {
                throw new UncheckedIOException(e);
              }
            })
        .findFirst()
        .orElseThrow();
  }
}
