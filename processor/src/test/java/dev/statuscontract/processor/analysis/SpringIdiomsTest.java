package dev.statuscontract.processor.analysis;

import static com.google.common.truth.Truth.assertThat;
import static dev.statuscontract.processor.analysis.Harness.expected;
import static dev.statuscontract.processor.analysis.Harness.source;

import org.junit.jupiter.api.Test;

/** The Spring MVC idioms. */
class SpringIdiomsTest {

  private static final String[] ENTITIES = {
    "package com.acme;",
    "import org.springframework.http.*;",
    "import org.springframework.web.bind.annotation.*;",
    "import java.net.URI;",
    "import java.util.Optional;",
    "@RestController",
    "public class C {",
    "  static final URI U = URI.create(\"/x\");",
    "  @GetMapping public ResponseEntity<String> ok() { return ResponseEntity.ok().build(); }",
    "  @GetMapping public ResponseEntity<String> okBody() { return ResponseEntity.ok(\"x\"); }",
    "  @GetMapping public ResponseEntity<Void> created() { return ResponseEntity.created(U).build(); }",
    "  @GetMapping public ResponseEntity<Void> accepted() { return ResponseEntity.accepted().build(); }",
    "  @GetMapping public ResponseEntity<Void> noContent() { return ResponseEntity.noContent().build(); }",
    "  @GetMapping public ResponseEntity<Void> badRequest() { return ResponseEntity.badRequest().build(); }",
    "  @GetMapping public ResponseEntity<Void> notFound() { return ResponseEntity.notFound().build(); }",
    "  @GetMapping public ResponseEntity<Void> unprocessable() { return ResponseEntity.unprocessableEntity().build(); }",
    "  @GetMapping public ResponseEntity<Void> internal() { return ResponseEntity.internalServerError().build(); }",
    "  @GetMapping public ResponseEntity<Void> statusEnum() { return ResponseEntity.status(HttpStatus.CONFLICT).build(); }",
    "  @GetMapping public ResponseEntity<Void> statusInt() { return ResponseEntity.status(418).build(); }",
    "  @GetMapping public ResponseEntity<Void> statusCode() { return ResponseEntity.status(HttpStatusCode.valueOf(451)).build(); }",
    "  @GetMapping public ResponseEntity<Void> statusValueOf() { return ResponseEntity.status(HttpStatus.valueOf(410)).build(); }",
    "  @GetMapping public ResponseEntity<Void> alias() { return ResponseEntity.status(HttpStatus.UNPROCESSABLE_ENTITY).build(); }",
    "  @GetMapping public ResponseEntity<String> of(Optional<String> o) { return ResponseEntity.of(o); }",
    "  @GetMapping public ResponseEntity<String> ofNullable(String s) { return ResponseEntity.ofNullable(s); }",
    "  @GetMapping public ResponseEntity<String> newTwo() { return new ResponseEntity<>(\"x\", HttpStatus.CREATED); }",
    "  @GetMapping public ResponseEntity<String> newStatus() { return new ResponseEntity<>(HttpStatus.NO_CONTENT); }",
    "  @GetMapping public ResponseEntity<String> newThree() {",
    "    HttpHeaders h = new HttpHeaders();",
    "    h.setLocation(U);",
    "    h.add(HttpHeaders.RETRY_AFTER, \"120\");",
    "    return new ResponseEntity<>(\"x\", h, HttpStatus.CREATED);",
    "  }",
    "  @GetMapping public ResponseEntity<String> newRaw() { return new ResponseEntity<>(null, new HttpHeaders(), 299); }",
    "  @GetMapping public ResponseEntity<Void> header() {",
    "    return ResponseEntity.status(HttpStatus.UNAUTHORIZED).header(HttpHeaders.WWW_AUTHENTICATE, \"Bearer\").build();",
    "  }",
    "  @GetMapping public ResponseEntity<Void> location() { return ResponseEntity.status(201).location(U).build(); }",
    "  @GetMapping public ResponseEntity<Void> allow() { return ResponseEntity.status(405).allow(HttpMethod.GET).build(); }",
    "  @GetMapping public ResponseEntity<String> body() { return ResponseEntity.status(200).body(\"x\"); }",
    "  @GetMapping public ResponseEntity<String> headersObject() {",
    "    HttpHeaders h = new HttpHeaders();",
    "    h.set(\"Location\", \"/x\");",
    "    return ResponseEntity.status(201).headers(h).build();",
    "  }",
    "  @GetMapping public String plain() { return \"x\"; }",
    "  @PostMapping @ResponseStatus(HttpStatus.CREATED) public String annotated() { return \"x\"; }",
    "  @PostMapping @ResponseStatus(code = HttpStatus.ACCEPTED) public void annotatedVoid() {}",
    "  @DeleteMapping public void nothing() {}",
    "  @GetMapping public ResponseEntity<String> ofProblem() {",
    "    return ResponseEntity.of(ProblemDetail.forStatus(HttpStatus.BAD_REQUEST)).build();",
    "  }",
    "}",
  };

  @Test
  void responseEntities() {
    String[] lines = ENTITIES;
    Harness h = Harness.run(source("com.acme.C", lines));
    String c = "com.acme.C";

    assertThat(h.produced(c, "ok")).containsExactlyElementsIn(expected(lines, "200 @{ ok(}"));
    assertThat(h.produced(c, "okBody")).containsExactlyElementsIn(expected(lines, "200 body @{okBody(}"));
    assertThat(h.produced(c, "created")).containsExactlyElementsIn(expected(lines, "201 [Location] @{created(}"));
    assertThat(h.produced(c, "accepted")).containsExactlyElementsIn(expected(lines, "202 @{accepted(}"));
    assertThat(h.produced(c, "noContent")).containsExactlyElementsIn(expected(lines, "204 @{noContent(}"));
    assertThat(h.produced(c, "badRequest")).containsExactlyElementsIn(expected(lines, "400 @{badRequest(}"));
    assertThat(h.produced(c, "notFound")).containsExactlyElementsIn(expected(lines, "404 @{notFound(}"));
    assertThat(h.produced(c, "unprocessable")).containsExactlyElementsIn(expected(lines, "422 @{unprocessable(}"));
    assertThat(h.produced(c, "internal")).containsExactlyElementsIn(expected(lines, "500 @{internal(}"));
    assertThat(h.produced(c, "statusEnum")).containsExactlyElementsIn(expected(lines, "409 @{statusEnum(}"));
    assertThat(h.produced(c, "statusInt")).containsExactlyElementsIn(expected(lines, "418 @{statusInt(}"));
    assertThat(h.produced(c, "statusCode")).containsExactlyElementsIn(expected(lines, "451 @{statusCode(}"));
    assertThat(h.produced(c, "statusValueOf")).containsExactlyElementsIn(expected(lines, "410 @{statusValueOf(}"));
    assertThat(h.produced(c, "alias")).containsExactlyElementsIn(expected(lines, "422 @{alias(}"));
    assertThat(h.produced(c, "of")).containsExactlyElementsIn(expected(lines, "200 body @{ of(}", "404 @{ of(}"));
    assertThat(h.produced(c, "ofNullable")).containsExactlyElementsIn(expected(lines, "200 body @{ofNullable(}", "404 @{ofNullable(}"));
    assertThat(h.produced(c, "newTwo")).containsExactlyElementsIn(expected(lines, "201 body @{newTwo(}"));
    assertThat(h.produced(c, "newStatus")).containsExactlyElementsIn(expected(lines, "204 @{newStatus(}"));
    assertThat(h.produced(c, "newThree"))
        .containsExactlyElementsIn(expected(lines, "201 [Location, Retry-After] body @{return new ResponseEntity<>(\"x\", h}"));
    assertThat(h.produced(c, "newRaw")).containsExactlyElementsIn(expected(lines, "299 @{newRaw(}"));
    assertThat(h.produced(c, "header")).containsExactlyElementsIn(expected(lines, "401 [WWW-Authenticate] @{HttpStatus.UNAUTHORIZED}"));
    assertThat(h.produced(c, "location")).containsExactlyElementsIn(expected(lines, "201 [Location] @{ location(}"));
    assertThat(h.produced(c, "allow")).containsExactlyElementsIn(expected(lines, "405 [Allow] @{ allow(}"));
    assertThat(h.produced(c, "body")).containsExactlyElementsIn(expected(lines, "200 body @{ body(}"));
    assertThat(h.produced(c, "headersObject")).containsExactlyElementsIn(expected(lines, "201 [Location] @{headers(h)}"));
    assertThat(h.produced(c, "plain")).containsExactlyElementsIn(expected(lines, "200 body @{plain(}"));
    assertThat(h.produced(c, "annotated")).containsExactlyElementsIn(expected(lines, "201 body @{annotated(}"));
    assertThat(h.produced(c, "annotatedVoid")).containsExactlyElementsIn(expected(lines, "202 @{annotatedVoid(}"));
    assertThat(h.produced(c, "nothing")).containsExactlyElementsIn(expected(lines, "200 @{nothing(}"));
    assertThat(h.produced(c, "ofProblem")).containsExactlyElementsIn(expected(lines, "400 body @{ProblemDetail.forStatus}"));
  }

  private static final String[] EXCEPTIONS = {
    "package com.acme;",
    "import org.springframework.http.*;",
    "import org.springframework.web.ErrorResponseException;",
    "import org.springframework.web.bind.annotation.*;",
    "import org.springframework.web.server.ResponseStatusException;",
    "import java.util.Optional;",
    "@RestController",
    "public class X {",
    "  @ResponseStatus(HttpStatus.GONE) static class Gone extends RuntimeException {}",
    "  static class GoneToo extends Gone {}",
    "  @ResponseStatus(value = HttpStatus.I_AM_A_TEAPOT) static class Teapot extends RuntimeException {}",
    "  @GetMapping public String rse() { throw new ResponseStatusException(HttpStatus.NOT_FOUND, \"no\"); }",
    "  @GetMapping public String rseInt() { throw new ResponseStatusException(409, \"no\", null); }",
    "  @GetMapping public String ere() { throw new ErrorResponseException(HttpStatus.BAD_GATEWAY); }",
    "  @GetMapping public String annotated() { throw new Gone(); }",
    "  @GetMapping public String inherited() { throw new GoneToo(); }",
    "  @GetMapping public String value() { throw new Teapot(); }",
    "  @GetMapping public String orElseThrow(Optional<String> o) {",
    "    return o.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));",
    "  }",
    "  @GetMapping public String orElseThrowReference(Optional<String> o) {",
    "    return o.orElseThrow(Gone::new);",
    "  }",
    "}",
  };

  @Test
  void exceptionsSpringMapsItself() {
    String[] lines = EXCEPTIONS;
    Harness h = Harness.run(source("com.acme.X", lines));
    String x = "com.acme.X";
    String rse = " through exception org.springframework.web.server.ResponseStatusException";

    assertThat(h.produced(x, "rse")).containsExactlyElementsIn(expected(lines, "404 @{ rse(}" + rse));
    assertThat(h.produced(x, "rseInt")).containsExactlyElementsIn(expected(lines, "409 @{rseInt(}" + rse));
    assertThat(h.produced(x, "ere"))
        .containsExactlyElementsIn(expected(lines, "502 @{ ere(} through exception org.springframework.web.ErrorResponseException"));
    assertThat(h.produced(x, "annotated")).containsExactlyElementsIn(expected(lines, "410 @{annotated(} through exception com.acme.X.Gone"));
    assertThat(h.produced(x, "inherited")).containsExactlyElementsIn(expected(lines, "410 @{inherited(} through exception com.acme.X.GoneToo"));
    assertThat(h.produced(x, "value")).containsExactlyElementsIn(expected(lines, "418 @{ value(} through exception com.acme.X.Teapot"));
    assertThat(h.produced(x, "orElseThrow"))
        .containsExactlyElementsIn(expected(lines, "200 body @{o.orElseThrow(() ->}", "404 @{o.orElseThrow(() ->}" + rse));
    assertThat(h.produced(x, "orElseThrowReference"))
        .containsExactlyElementsIn(
            expected(lines, "200 body @{o.orElseThrow(Gone::new)}", "410 @{o.orElseThrow(Gone::new)} through exception com.acme.X.Gone"));
  }
}
