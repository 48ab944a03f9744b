package dev.statuscontract.processor.analysis;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.statuscontract.processor.analysis.Harness.expected;
import static dev.statuscontract.processor.analysis.Harness.source;

import dev.statuscontract.processor.model.Answer;

import org.junit.jupiter.api.Test;

/** JAX-RS exception mappers and Spring exception handlers and advice. */
class ExceptionMappingTest {

  private static final String[] RESOURCE = {
    "package com.acme;",
    "import jakarta.ws.rs.*;",
    "import jakarta.ws.rs.core.*;",
    "@Path(\"/m\")",
    "public class M {",
    "  @GET public Response missing() { throw new MissingException(); }",
    "  @GET public Response special() { throw new SpecialMissing(); }",
    "  @GET public Response notFound() { throw new NotFoundException(); }",
    "  @GET public Response checked() throws CheckedProblem { load(); return Response.ok().build(); }",
    "  @GET public Response generic() { throw new GoneException(); }",
    "  @GET public Response unmapped() { throw new IllegalStateException(); }",
    "  private void load() throws CheckedProblem {}",
    "}",
  };

  private static final String[] MAPPERS = {
    "package com.acme;",
    "import jakarta.ws.rs.WebApplicationException;",
    "import jakarta.ws.rs.core.Response;",
    "import jakarta.ws.rs.ext.*;",
    "class MissingException extends RuntimeException {}",
    "class SpecialMissing extends MissingException {}",
    "class CheckedProblem extends Exception {}",
    "class GoneException extends RuntimeException {}",
    "@Provider class MissingMapper implements ExceptionMapper<MissingException> {",
    "  public Response toResponse(MissingException e) { return Response.status(404).header(\"X-Reason\", \"missing\").build(); }",
    "}",
    "@Provider class WaeMapper implements ExceptionMapper<WebApplicationException> {",
    "  public Response toResponse(WebApplicationException e) { return Response.fromResponse(e.getResponse()).entity(\"e\").build(); }",
    "}",
    "@Provider class CheckedMapper implements ExceptionMapper<CheckedProblem> {",
    "  public Response toResponse(CheckedProblem e) { return e.getMessage() == null ? Response.status(422).build() : bad(); }",
    "  private static Response bad() { return Response.status(400).build(); }",
    "}",
    "abstract class BaseMapper<E extends Throwable> implements ExceptionMapper<E> {}",
    "@Provider class GoneMapper extends BaseMapper<GoneException> {",
    "  public Response toResponse(GoneException e) { return Response.status(410).build(); }",
    "}",
    "@javax.ws.rs.ext.Provider class JavaxMissingMapper implements javax.ws.rs.ext.ExceptionMapper<MissingException> {",
    "  public javax.ws.rs.core.Response toResponse(MissingException e) { return javax.ws.rs.core.Response.status(451).build(); }",
    "}",
  };

  @Test
  void jaxRsMappersOfTheResourcesNamespaceMapExceptionsThroughTheNearestSuperclass() {
    Harness h = Harness.run(source("com.acme.M", RESOURCE), source("com.acme.Mappers", MAPPERS));
    assertThat(h.compilation).succeeded();

    assertThat(h.produced("com.acme.M", "missing"))
        .containsExactlyElementsIn(
            expected(RESOURCE, "404 [X-Reason] @{missing(} through exception com.acme.MissingException mapped by com.acme.MissingMapper"));
    assertThat(h.produced("com.acme.M", "special"))
        .containsExactlyElementsIn(
            expected(RESOURCE, "404 [X-Reason] @{special(} through exception com.acme.SpecialMissing mapped by com.acme.MissingMapper"));
    assertThat(h.produced("com.acme.M", "notFound"))
        .containsExactlyElementsIn(
            expected(RESOURCE, "404 body @{notFound(} through exception jakarta.ws.rs.NotFoundException mapped by com.acme.WaeMapper"));
    assertThat(h.produced("com.acme.M", "checked"))
        .containsExactlyElementsIn(
            expected(
                RESOURCE,
                "200 @{checked(}",
                "422 @{checked(} through load(), through exception com.acme.CheckedProblem mapped by com.acme.CheckedMapper",
                "400 @{checked(} through load(), through exception com.acme.CheckedProblem mapped by com.acme.CheckedMapper"));
    assertThat(h.produced("com.acme.M", "generic"))
        .containsExactlyElementsIn(
            expected(RESOURCE, "410 @{generic(} through exception com.acme.GoneException mapped by com.acme.GoneMapper"));
    assertThat(h.produced("com.acme.M", "unmapped")).isEmpty();
    Answer mapped = h.producedRaw("com.acme.M", "missing").get(0);
    assertThat(mapped.exception()).hasValue("com.acme.MissingException");
    assertThat(mapped.via()).endsWith("mapped by com.acme.MissingMapper");
  }

  @Test
  void aJavaxResourceUsesTheJavaxMapper() {
    String[] lines = {
      "package com.acme;",
      "import javax.ws.rs.*;",
      "import javax.ws.rs.core.*;",
      "@Path(\"/x\")",
      "public class MX {",
      "  @GET public Response missing() { throw new MissingException(); }",
      "}",
    };
    Harness h = Harness.run(source("com.acme.MX", lines), source("com.acme.Mappers", MAPPERS));

    assertThat(h.produced("com.acme.MX", "missing"))
        .containsExactlyElementsIn(
            expected(lines, "451 @{missing(} through exception com.acme.MissingException mapped by com.acme.JavaxMissingMapper"));
  }

  @Test
  void aMapperTheApplicationRegistersByHandMapsAndOneNothingRegistersDoesNot() {
    String[] lines = {
      "package com.acme;",
      "import jakarta.ws.rs.*;",
      "import jakarta.ws.rs.core.*;",
      "import jakarta.ws.rs.ext.ExceptionMapper;",
      "@Path(\"/emails\")",
      "public class Emails {",
      "  @POST public Response send(String body) throws InvalidEmail {",
      "    if (body.isEmpty()) throw new InvalidEmail();",
      "    return Response.ok().build();",
      "  }",
      "  @DELETE public Response purge() { throw new Unmapped(); }",
      "}",
      "class InvalidEmail extends Exception {}",
      "class Unmapped extends RuntimeException {}",
      "class InvalidEmailMapper implements ExceptionMapper<InvalidEmail> {",
      "  public Response toResponse(InvalidEmail e) { return Response.status(400).build(); }",
      "}",
      "class UnmappedMapper implements ExceptionMapper<Unmapped> {",
      "  public Response toResponse(Unmapped e) { return Response.status(418).build(); }",
      "}",
      "class App {",
      "  void run(java.util.List<Object> jersey) { jersey.add(new InvalidEmailMapper()); }",
      "}",
    };
    Harness h = Harness.run(source("com.acme.Emails", lines));

    // Dropwizard's environment.jersey().register(new InvalidEmailMapper()): registered without @Provider.
    assertThat(h.produced("com.acme.Emails", "send"))
        .containsExactlyElementsIn(
            expected(
                lines,
                "400 @{throw new InvalidEmail()} through exception com.acme.InvalidEmail mapped by com.acme.InvalidEmailMapper",
                "200 @{Response.ok()}"));
    // Nothing registers UnmappedMapper, which the runtime then never calls.
    assertThat(h.produced("com.acme.Emails", "purge")).isEmpty();
  }

  @Test
  void aMapperNamedByAClassLiteralIsRegistered() {
    String[] lines = {
      "package com.acme;",
      "import jakarta.ws.rs.*;",
      "import jakarta.ws.rs.core.*;",
      "import jakarta.ws.rs.ext.ExceptionMapper;",
      "import java.util.Set;",
      "@Path(\"/jobs\")",
      "public class Jobs {",
      "  @DELETE public Response purge() { throw new Busy(); }",
      "}",
      "class Busy extends RuntimeException {}",
      "class BusyMapper implements ExceptionMapper<Busy> {",
      "  public Response toResponse(Busy e) { return Response.status(409).build(); }",
      "}",
      "class JobsApplication extends Application {",
      "  @Override public Set<Class<?>> getClasses() { return Set.of(Jobs.class, BusyMapper.class); }",
      "}",
    };
    Harness h = Harness.run(source("com.acme.Jobs", lines));

    assertThat(h.produced("com.acme.Jobs", "purge"))
        .containsExactlyElementsIn(
            expected(lines, "409 @{throw new Busy()} through exception com.acme.Busy mapped by com.acme.BusyMapper"));
  }

  private static final String[] ORDERS = {
    "package com.acme.api;",
    "import org.springframework.http.*;",
    "import org.springframework.web.bind.annotation.*;",
    "@RestController",
    "public class OrderController {",
    "  @GetMapping(\"a\") public String a() { throw new OrderMissing(); }",
    "  @GetMapping(\"b\") public String b() { throw new Conflict(); }",
    "  @GetMapping(\"c\") public String c() { throw new IllegalArgumentException(); }",
    "  @GetMapping(\"d\") public String d() { throw new UnsupportedOperationException(); }",
    "  @GetMapping(\"f\") public String f() { throw new java.util.NoSuchElementException(); }",
    "  @ExceptionHandler(OrderMissing.class) @ResponseStatus(HttpStatus.NOT_FOUND) public void onMissing() {}",
    "}",
  };

  private static final String[] OTHERS = {
    "package com.acme.other;",
    "import com.acme.api.*;",
    "import org.springframework.web.bind.annotation.*;",
    "@RestController",
    "public class OtherController {",
    "  @GetMapping(\"b\") public String b() { throw new Conflict(); }",
    "  @GetMapping(\"c\") public String c() { throw new IllegalArgumentException(); }",
    "  @GetMapping(\"d\") public String d() { throw new UnsupportedOperationException(); }",
    "  @GetMapping(\"e\") public String e() { throw new OrderMissing(); }",
    "  @GetMapping(\"f\") public String f() { throw new java.util.NoSuchElementException(); }",
    "}",
  };

  private static final String[] TIMEOUTS = {
    "package com.acme.other;",
    "import org.springframework.web.bind.annotation.*;",
    "@RestController",
    "public class TimeoutController {",
    "  @GetMapping(\"t\") public String t() { throw new Timeout(); }",
    "}",
  };

  private static final String[] ADVICE = {
    "package com.acme.api;",
    "import org.springframework.core.annotation.Order;",
    "import org.springframework.http.*;",
    "import org.springframework.web.bind.annotation.*;",
    "@ControllerAdvice(assignableTypes = OrderController.class) class ConflictAdvice {",
    "  @ExceptionHandler public ResponseEntity<String> onConflict(Conflict e) { return ResponseEntity.status(HttpStatus.CONFLICT).body(\"c\"); }",
    "}",
    "@RestControllerAdvice(basePackages = \"com.acme.api\") class PackageAdvice {",
    "  @ExceptionHandler(IllegalArgumentException.class) @ResponseStatus(HttpStatus.BAD_REQUEST) public String onBad() { return \"b\"; }",
    "}",
    "@RestControllerAdvice(annotations = RestController.class) class AnnotationAdvice {",
    "  @ExceptionHandler(UnsupportedOperationException.class) public ResponseEntity<Void> onUnsupported() {",
    "    return ResponseEntity.status(501).build();",
    "  }",
    "}",
    "@ControllerAdvice(basePackageClasses = OrderController.class) class ClassesAdvice {",
    "  @ExceptionHandler(java.util.NoSuchElementException.class) public ResponseEntity<Void> onNone() {",
    "    return ResponseEntity.notFound().build();",
    "  }",
    "}",
  };

  private static final String[] ORDERED_ADVICE = {
    "package com.acme.other;",
    "import org.springframework.core.annotation.Order;",
    "import org.springframework.http.*;",
    "import org.springframework.web.bind.annotation.*;",
    "class Timeout extends RuntimeException {}",
    "@Order(10) @ControllerAdvice(assignableTypes = TimeoutController.class) class Specific {",
    "  @ExceptionHandler(Timeout.class) @ResponseStatus(HttpStatus.GATEWAY_TIMEOUT) public void onTimeout() {}",
    "}",
    "@Order(1) @ControllerAdvice(\"com.acme.other\") class First {",
    "  @ExceptionHandler(RuntimeException.class) @ResponseStatus(HttpStatus.INTERNAL_SERVER_ERROR) public void onAny() {}",
    "}",
  };

  @Test
  void springHandlersOfTheControllerComeFirstThenAdviceThatAppliesToIt() {
    Harness h =
        Harness.run(
            source("com.acme.api.OrderController", ORDERS),
            source("com.acme.other.OtherController", OTHERS),
            source("com.acme.api.Advice", ADVICE),
            source(
                "com.acme.api.OrderMissing",
                "package com.acme.api;",
                "@org.springframework.web.bind.annotation.ResponseStatus(org.springframework.http.HttpStatus.GONE)",
                "public class OrderMissing extends RuntimeException {}"),
            source("com.acme.api.Conflict", "package com.acme.api;", "public class Conflict extends RuntimeException {}"));
    assertThat(h.compilation).succeeded();
    String orders = "com.acme.api.OrderController";
    String others = "com.acme.other.OtherController";

    assertThat(h.produced(orders, "a"))
        .containsExactlyElementsIn(
            expected(ORDERS, "404 @{ a(} through exception com.acme.api.OrderMissing mapped by com.acme.api.OrderController#onMissing"));
    assertThat(h.produced(orders, "b"))
        .containsExactlyElementsIn(
            expected(ORDERS, "409 body @{ b(} through exception com.acme.api.Conflict mapped by com.acme.api.ConflictAdvice#onConflict"));
    assertThat(h.produced(orders, "c"))
        .containsExactlyElementsIn(
            expected(ORDERS, "400 body @{ c(} through exception java.lang.IllegalArgumentException mapped by com.acme.api.PackageAdvice#onBad"));
    assertThat(h.produced(orders, "d"))
        .containsExactlyElementsIn(
            expected(
                ORDERS,
                "501 @{ d(} through exception java.lang.UnsupportedOperationException mapped by com.acme.api.AnnotationAdvice#onUnsupported"));
    assertThat(h.produced(orders, "f"))
        .containsExactlyElementsIn(
            expected(ORDERS, "404 @{ f(} through exception java.util.NoSuchElementException mapped by com.acme.api.ClassesAdvice#onNone"));

    // assignableTypes, basePackages and basePackageClasses leave OtherController out; annotations does not.
    assertThat(h.produced(others, "b")).isEmpty();
    assertThat(h.produced(others, "c")).isEmpty();
    assertThat(h.produced(others, "d"))
        .containsExactlyElementsIn(
            expected(
                OTHERS,
                "501 @{ d(} through exception java.lang.UnsupportedOperationException mapped by com.acme.api.AnnotationAdvice#onUnsupported"));
    assertThat(h.produced(others, "e"))
        .containsExactlyElementsIn(expected(OTHERS, "410 @{ e(} through exception com.acme.api.OrderMissing"));
    assertThat(h.produced(others, "f")).isEmpty();
  }

  @Test
  void theFirstAdviceInOrderThatHandlesAnExceptionWinsOverAMoreSpecificLaterOne() {
    Harness h =
        Harness.run(source("com.acme.other.TimeoutController", TIMEOUTS), source("com.acme.other.Ordered", ORDERED_ADVICE));
    assertThat(h.compilation).succeeded();

    assertThat(h.produced("com.acme.other.TimeoutController", "t"))
        .containsExactlyElementsIn(
            expected(TIMEOUTS, "500 @{ t(} through exception com.acme.other.Timeout mapped by com.acme.other.First#onAny"));
  }
}
