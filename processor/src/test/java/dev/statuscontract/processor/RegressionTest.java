package dev.statuscontract.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;
import static com.google.testing.compile.Compiler.javac;
import static dev.statuscontract.processor.Compilations.source;

import com.google.testing.compile.Compilation;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import javax.tools.Diagnostic;
import javax.tools.JavaFileObject;
import javax.tools.StandardLocation;
import org.junit.jupiter.api.Test;

/**
 * One test per defect that compiling generated and mutated sources found: each source compiles
 * with the processor as it does without it (or fails only with a {@code [rule-id]} finding), with
 * no internal error and no warning the processor causes. Where the helpers cannot name a type, a
 * {@code [helpers-skipped]} note says so.
 */
class RegressionTest {

  /** The options of a strict user build: every lint but processing, and warnings fail it. */
  /** The fixtures' bodies are placeholders, which answer none of the statuses their contracts declare. */
  private static final List<String> STRICT =
      List.of("-Xlint:all,-processing", "-Werror", "-Astatuscontract.rules=declared-not-returned:off");

  private static Compilation strict(JavaFileObject... sources) {
    return javac().withProcessors(new StatusContractProcessor()).withOptions(STRICT).compile(sources);
  }

  /** {@link #strict}, with the helpers of every class, used or not, for a test that reads them. */
  private static Compilation strictWithAllHelpers(JavaFileObject... sources) {
    List<String> options = new java.util.ArrayList<>(STRICT);
    options.add("-Astatuscontract.helpers=all");
    return javac().withProcessors(new StatusContractProcessor()).withOptions(options).compile(sources);
  }

  private static void assertNoInternalError(Compilation compilation) {
    for (Diagnostic<? extends JavaFileObject> diagnostic : compilation.diagnostics()) {
      assertThat(diagnostic.getMessage(null)).doesNotContain("internal error");
      assertThat(diagnostic.getMessage(null)).doesNotContain("threw an uncaught exception");
    }
  }

  /** A generated source with its white space folded, so that JavaPoet's line wrapping does not matter. */
  private static String generated(Compilation compilation, String qualifiedName) {
    try {
      return compilation
          .generatedFile(StandardLocation.SOURCE_OUTPUT, qualifiedName.replace('.', '/') + ".java")
          .orElseThrow(() -> new AssertionError("no generated " + qualifiedName))
          .getCharContent(true)
          .toString()
          .replaceAll("\\s+", " ")
          .replace("( ", "(");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Test
  void aNegativeCodeIsReportedAndGetsNoFactory() {
    JavaFileObject resource =
        source(
            "p.R",
            "package p;",
            "import dev.statuscontract.Returns;",
            "import jakarta.ws.rs.*;",
            "import jakarta.ws.rs.core.Response;",
            "@Path(\"/r\") public class R {",
            "  @GET @Returns(-1) @Returns(200) public Response get() { return RResponses.Get.ok(); }",
            "}");

    Compilation compilation = strict(resource);

    assertNoInternalError(compilation);
    assertThat(compilation).hadErrorContaining("[invalid-status-code]").inFile(resource).onLineContaining("@Returns(-1)");
    // The helper of the 200 is generated and compiles: the one error is the finding.
    assertThat(compilation).hadErrorCount(1);
  }

  @Test
  void genericArraysAndBoundedWildcardsAsTypeArgumentsAreNamedExactly() {
    JavaFileObject resource =
        source(
            "p.C",
            "package p;",
            "import dev.statuscontract.Returns;",
            "import java.util.List;",
            "import org.springframework.http.ResponseEntity;",
            "import org.springframework.web.bind.annotation.*;",
            "@RestController public class C {",
            "  @GetMapping(\"/a\") @Returns(value = 200, body = List[].class)",
            "  public ResponseEntity<List<String>[]> a() { return CResponses.A.ok(null); }",
            "  @GetMapping(\"/b\") @Returns(value = 200, body = List.class)",
            "  public ResponseEntity<List<? extends List<String>>> b() { return CResponses.B.ok(List.of()); }",
            "}");

    Compilation compilation = strict(resource);

    assertNoInternalError(compilation);
    assertThat(compilation).succeeded();
    String helpers = generated(compilation, "p.CResponses");
    assertThat(helpers).contains("ResponseEntity<List<String>[]> ok(List<String>[] body)");
    assertThat(helpers).contains("ResponseEntity<List<? extends List<String>>> ok(List<? extends List<String>> body)");
  }

  @Test
  void aTypeAnnotatedArrayBodyIsNamedWithoutItsAnnotation() {
    JavaFileObject annotation =
        source(
            "p.NonEmpty",
            "package p;",
            "import java.lang.annotation.*;",
            "@Target(ElementType.TYPE_USE) public @interface NonEmpty {}");
    JavaFileObject resource =
        source(
            "p.C",
            "package p;",
            "import dev.statuscontract.Returns;",
            "import org.springframework.http.ResponseEntity;",
            "import org.springframework.web.bind.annotation.*;",
            "@RestController public class C {",
            "  @GetMapping(\"/a\") @Returns(value = 200, body = String[].class)",
            "  public ResponseEntity<String @NonEmpty []> a() { return CResponses.A.ok(new String[0]); }",
            "}");

    Compilation compilation = strict(annotation, resource);

    assertNoInternalError(compilation);
    assertThat(compilation).succeeded();
  }

  @Test
  void overloadsWithArraysOfGenericTypesGetDistinctClasses() {
    JavaFileObject resource =
        source(
            "p.R",
            "package p;",
            "import dev.statuscontract.Returns;",
            "import jakarta.ws.rs.*;",
            "import jakarta.ws.rs.core.Response;",
            "import java.util.List;",
            "@Path(\"/r\") public class R {",
            "  @POST @Path(\"a\") @Returns(204) public Response put(List<String>[] a) { return RResponses.PutListArray.noContent(); }",
            "  @POST @Path(\"b\") @Returns(204) public Response put(List<Integer>[][] b, int c) {",
            "    return RResponses.PutListArrayArrayInt.noContent();",
            "  }",
            "}");

    Compilation compilation = strict(resource);

    assertNoInternalError(compilation);
    assertThat(compilation).succeeded();
  }


  private static final JavaFileObject COMPOSED_WITH_GENERATED_BODY =
      source(
          "p.NotFoundWithBody",
          "package p;",
          "import dev.statuscontract.Returns;",
          "import java.lang.annotation.*;",
          "@Retention(RetentionPolicy.RUNTIME) @Target({ElementType.METHOD, ElementType.ANNOTATION_TYPE})",
          "@Returns(value = 404, body = Generated.class) public @interface NotFoundWithBody {}");

  private static final JavaFileObject COMPOSED_THROUGH_COMPOSED =
      source(
          "p.StandardErrors",
          "package p;",
          "import java.lang.annotation.*;",
          "@Retention(RetentionPolicy.RUNTIME) @Target(ElementType.METHOD)",
          "@NotFoundWithBody public @interface StandardErrors {}");

  @Test
  void aBodyTypeGeneratedLaterNamedOnAnEnclosingClassIsCheckedOnceItExists() {
    JavaFileObject resource =
        source(
            "p.Api",
            "package p;",
            "import dev.statuscontract.Returns;",
            "import jakarta.ws.rs.*;",
            "import jakarta.ws.rs.core.Response;",
            "@Returns(value = 204, body = Generated.class)",
            "public class Api {",
            "  @Path(\"/users\") public static class Users {",
            "    @DELETE @Returns(200) public Response delete() { return Response.ok().build(); }",
            "  }",
            "}");

    for (List<javax.annotation.processing.Processor> order :
        List.<List<javax.annotation.processing.Processor>>of(
            List.of(new GeneratesClass("p.Generated"), new StatusContractProcessor()),
            List.of(new StatusContractProcessor(), new GeneratesClass("p.Generated")))) {
      Compilation compilation = javac().withProcessors(order).compile(resource);

      assertNoInternalError(compilation);
      // Once Generated exists, the class-level 204 with a body is a finding like any other.
      assertThat(compilation).hadErrorContaining("[body-not-allowed]");
    }
  }

  @Test
  void aBodyTypeGeneratedLaterNamedThroughAComposedAnnotationIsCheckedOnceItExists() {
    JavaFileObject resource =
        source(
            "p.R",
            "package p;",
            "import dev.statuscontract.Returns;",
            "import jakarta.ws.rs.*;",
            "import jakarta.ws.rs.core.Response;",
            "@Path(\"/r\") public class R {",
            "  @GET @StandardErrors @Returns(200) public Response get() { return Response.ok().build(); }",
            "}");

    for (List<javax.annotation.processing.Processor> order :
        List.<List<javax.annotation.processing.Processor>>of(
            List.of(new GeneratesClass("p.Generated"), new StatusContractProcessor()),
            List.of(new StatusContractProcessor(), new GeneratesClass("p.Generated")))) {
      Compilation compilation =
          javac()
              .withProcessors(order)
              .withOptions("-Astatuscontract.helpers=all")
              .compile(COMPOSED_WITH_GENERATED_BODY, COMPOSED_THROUGH_COMPOSED, resource);

      assertNoInternalError(compilation);
      assertThat(compilation).succeeded();
      assertThat(generated(compilation, "p.RResponses")).contains("notFound(Generated body)");
    }
  }

  @Test
  void aPrivateBodyTypeGetsNoFactoryAndANote() {
    JavaFileObject resource =
        source(
            "p.B",
            "package p;",
            "import dev.statuscontract.Returns;",
            "import jakarta.ws.rs.*;",
            "import jakarta.ws.rs.core.Response;",
            "@Path(\"/b\") public class B {",
            "  private record Secret(String s) {}",
            "  @GET",
            "  @Returns(value = 200, body = Secret.class)",
            "  @Returns(404)",
            "  public Response get() { return BResponses.Get.notFound(); }",
            "}");

    Compilation compilation = strict(resource);

    assertNoInternalError(compilation);
    assertThat(compilation).succeeded();
    assertThat(compilation)
        .hadNoteContaining("[helpers-skipped] GET /b: no factory for 200 OK: its body type B.Secret names B.Secret, which is private")
        .inFile(resource)
        .onLineContaining("public Response get()");
  }

  @Test
  void aPackagePrivateBodyTypeOfAnotherPackageGetsNoFactoryButAPublicOneDoes() {
    JavaFileObject nested =
        source(
            "q.Outer",
            "package q;",
            "public class Outer {",
            "  static class Inner {}",
            "  public static class Open {}",
            "  public static final Class<?> INNER = Inner.class;",
            "}");
    JavaFileObject annotation =
        source(
            "q.InnerNotFound",
            "package q;",
            "import dev.statuscontract.Returns;",
            "import java.lang.annotation.*;",
            "@Retention(RetentionPolicy.RUNTIME) @Target(ElementType.METHOD)",
            "@Returns(value = 404, body = Outer.Inner.class) public @interface InnerNotFound {}");
    JavaFileObject resource =
        source(
            "p.R",
            "package p;",
            "import dev.statuscontract.Returns;",
            "import jakarta.ws.rs.*;",
            "import jakarta.ws.rs.core.Response;",
            "@Path(\"/r\") public class R {",
            "  @GET @Returns(value = 200, body = q.Outer.Open.class) @q.InnerNotFound",
            "  public Response get() { return RResponses.Get.ok(new q.Outer.Open()); }",
            "}");

    Compilation compilation = strict(nested, annotation, resource);

    assertNoInternalError(compilation);
    assertThat(compilation).succeeded();
    assertThat(generated(compilation, "p.RResponses")).contains("ok(Outer.Open body)");
    assertThat(generated(compilation, "p.RResponses")).doesNotContain("notFound");
    assertThat(compilation)
        .hadNoteContaining("no factory for 404 Not Found: its body type Outer.Inner names Outer.Inner, which is package-private in package q");
  }

  @Test
  void aTypeVariableNeverEscapesIntoTheHelpers() {
    JavaFileObject resource =
        source(
            "p.C",
            "package p;",
            "import dev.statuscontract.Returns;",
            "import java.util.List;",
            "import org.springframework.http.ResponseEntity;",
            "import org.springframework.web.bind.annotation.*;",
            "@RestController public class C<E> {",
            "  @GetMapping(\"/a\") @Returns(value = 200, body = Object.class) @Returns(404)",
            "  public <T> ResponseEntity<T> a() { return ResponseEntity.notFound().build(); }",
            "  @GetMapping(\"/b\") @Returns(value = 200, body = List.class)",
            "  public List<E> b() { return List.of(); }",
            "  @GetMapping(\"/c\") @Returns(value = 200, body = List.class) @Returns(404)",
            "  public ResponseEntity<?> c() { return CResponses.C.notFound(); }",
            "}");

    Compilation compilation = strict(resource);

    assertNoInternalError(compilation);
    assertThat(compilation).succeeded();
    assertThat(compilation)
        .hadNoteContaining("[helpers-skipped] GET /a: no helpers: its return type ResponseEntity<T> names the type variable T")
        .inFile(resource)
        .onLineContaining("public <T> ResponseEntity<T> a()");
    assertThat(generated(compilation, "p.CResponses")).doesNotContain("class A ");
  }

  @Test
  void aMethodNamedLikeTheHelperClassGetsAnotherName() {
    JavaFileObject resource =
        source(
            "p.F",
            "package p;",
            "import dev.statuscontract.Returns;",
            "import jakarta.ws.rs.*;",
            "import jakarta.ws.rs.core.Response;",
            "@Path(\"/f\") @Returns(value = 503, headers = \"Retry-After\") public class F {",
            "  @GET @Returns(200) public Response fResponses() { return FResponses.FResponses2.ok(); }",
            "  @GET @Path(\"c\") @Returns(200) public Response classLevel() { return FResponses.ClassLevel2.ok(); }",
            "  @GET @Path(\"f\") @Returns(200) public Response f() { return FResponses.F.ok(); }",
            "}");

    Compilation compilation = strict(resource);

    assertNoInternalError(compilation);
    assertThat(compilation).succeeded();
  }

  @Test
  void anArrayBodyInAPackageWithAnUpperCaseSegment() {
    JavaFileObject dto = source("p.Api.Dto", "package p.Api;", "public record Dto(String s) {}");
    JavaFileObject resource =
        source(
            "p.Api.R",
            "package p.Api;",
            "import dev.statuscontract.Returns;",
            "import jakarta.ws.rs.*;",
            "import jakarta.ws.rs.core.Response;",
            "@Path(\"/r\") public class R {",
            "  @GET @Returns(value = 200, body = Dto[].class) public Response get() { return RResponses.Get.ok(new Dto[0]); }",
            "}");

    Compilation compilation = strict(dto, resource);

    assertNoInternalError(compilation);
    assertThat(compilation).succeeded();
  }

  @Test
  void anArrayResponseEntityWithAnotherBodyIsABodyTypeMismatch() {
    JavaFileObject resource =
        source(
            "p.C",
            "package p;",
            "import dev.statuscontract.Returns;",
            "import org.springframework.http.ResponseEntity;",
            "import org.springframework.web.bind.annotation.*;",
            "@RestController public class C {",
            "  @GetMapping(\"/a\")",
            "  @Returns(value = 200, body = Integer.class)",
            "  public ResponseEntity<String[]> a() { return ResponseEntity.ok(new String[0]); }",
            "}");

    Compilation compilation = strict(resource);

    assertNoInternalError(compilation);
    assertThat(compilation).hadErrorContaining("[body-type-mismatch]").inFile(resource).onLineContaining("body = Integer.class");
    assertThat(compilation).hadErrorCount(1);
  }

  @Test
  void aVeryLongMethodNameGetsABoundedClassName() {
    String name = "get" + "VeryLong".repeat(40);
    JavaFileObject resource =
        source(
            "p.R",
            "package p;",
            "import dev.statuscontract.Returns;",
            "import jakarta.ws.rs.*;",
            "import jakarta.ws.rs.core.Response;",
            "@Path(\"/r\") public class R {",
            "  @GET @Returns(200) public Response " + name + "() { return Response.ok().build(); }",
            "}");

    Compilation compilation = strictWithAllHelpers(resource);

    assertNoInternalError(compilation);
    assertThat(compilation).succeeded();
    String helpers = generated(compilation, "p.RResponses");
    String nested = helpers.substring(helpers.indexOf("abstract static class ") + "abstract static class ".length());
    assertThat(nested.substring(0, nested.indexOf(' ')).length()).isAtMost(64);
  }

  @Test
  void anAuxiliaryBodyClassIsNeverNamedByTheHelpers() {
    JavaFileObject resource =
        source(
            "p.R",
            "package p;",
            "import dev.statuscontract.Returns;",
            "import jakarta.ws.rs.*;",
            "import jakarta.ws.rs.core.Response;",
            "@Path(\"/r\") public class R {",
            "  @GET @Returns(value = 200, body = Aux.class) @Returns(404)",
            "  public Response get() { return RResponses.Get.notFound(); }",
            "}",
            "class Aux {}");

    Compilation compilation = strict(resource);

    assertNoInternalError(compilation);
    assertThat(compilation).succeeded();
    assertThat(compilation).hadNoteContaining("names the auxiliary class Aux");
  }

  @Test
  void aHeaderNamedLikeAPackageDoesNotShadowIt() {
    JavaFileObject resource =
        source(
            "p.R",
            "package p;",
            "import dev.statuscontract.Returns;",
            "import jakarta.ws.rs.*;",
            "import jakarta.ws.rs.core.Response;",
            "@Path(\"/r\") public class R {",
            "  @GET @Returns(value = 200, body = java.util.Map.class, headers = {\"java\", \"body\", \"Body\"})",
            "  public Response objects() { return RResponses.Objects.ok(java.util.Map.of(), \"a\", \"b\", \"c\"); }",
            "}");

    Compilation compilation = strict(resource);

    assertNoInternalError(compilation);
    assertThat(compilation).succeeded();
    assertThat(generated(compilation, "p.RResponses")).contains("String javaHeader, String bodyHeader, String bodyHeader2");
  }

  @Test
  void aNestedResourceAndATopLevelClassOfTheSameJoinedNameDoNotClash() {
    JavaFileObject nested =
        source(
            "p.Api",
            "package p;",
            "import dev.statuscontract.Returns;",
            "import jakarta.ws.rs.*;",
            "import jakarta.ws.rs.core.Response;",
            "public class Api {",
            "  @Path(\"/users\") public static class Users {",
            "    @GET @Returns(200) public Response list() { return Response.ok().build(); }",
            "  }",
            "}");
    JavaFileObject topLevel =
        source(
            "p.Api_Users",
            "package p;",
            "import dev.statuscontract.Returns;",
            "import jakarta.ws.rs.*;",
            "import jakarta.ws.rs.core.Response;",
            "@Path(\"/other\") public class Api_Users {",
            "  @GET @Returns(204) public Response list() { return Api_UsersResponses.List.noContent(); }",
            "}");

    for (List<JavaFileObject> order : List.of(List.of(nested, topLevel), List.of(topLevel, nested))) {
      Compilation compilation =
          javac().withProcessors(new StatusContractProcessor()).withOptions(STRICT).compile(order);

      assertNoInternalError(compilation);
      assertThat(compilation).succeeded();
      assertThat(compilation)
          .hadNoteContaining("[helpers-skipped] no typed response helpers for p.Api.Users: the name p.Api_UsersResponses is taken by p.Api_Users");
    }
  }

  @Test
  void aHandWrittenClassOfTheHelpersNameIsLeftAlone() {
    JavaFileObject resource =
        source(
            "p.R",
            "package p;",
            "import dev.statuscontract.Returns;",
            "import jakarta.ws.rs.*;",
            "import jakarta.ws.rs.core.Response;",
            "@Path(\"/r\") public class R {",
            "  @GET @Returns(200) public Response get() { return Response.ok().build(); }",
            "}");
    JavaFileObject handWritten = source("p.RResponses", "package p;", "public class RResponses {}");

    Compilation compilation = strict(resource, handWritten);

    assertNoInternalError(compilation);
    assertThat(compilation).succeeded();
    assertThat(compilation).hadNoteContaining("the name p.RResponses is taken by p.RResponses");
  }

  @Test
  void voidClassAsABodyMeansNoBody() {
    JavaFileObject resource =
        source(
            "p.C",
            "package p;",
            "import dev.statuscontract.Returns;",
            "import org.springframework.http.ResponseEntity;",
            "import org.springframework.web.bind.annotation.*;",
            "@RestController public class C {",
            "  public record Dto(String s) {}",
            "  @GetMapping(\"/a\") @Returns(value = 200, body = Dto.class) @Returns(value = 404, body = Void.class)",
            "  public ResponseEntity<Dto> a() { return CResponses.A.notFound(); }",
            "}");

    Compilation compilation = strict(resource);

    assertNoInternalError(compilation);
    assertThat(compilation).succeeded();
  }

  /**
   * Found by the fuzz test: a body of a framework's own type (here Jakarta REST's {@code Response},
   * on a javax resource) was read member by member for its schema, down to {@code Link.JaxbLink},
   * whose JAXB annotations are not on the class path: javac warned that it cannot find their
   * methods. Framework types are now schemas of any value.
   */
  @Test
  void aFrameworkClassIsNeverReadMemberByMemberForItsSchema() {
    JavaFileObject resource =
        source(
            "p.R",
            "package p;",
            "import dev.statuscontract.Returns;",
            "import javax.ws.rs.*;",
            "@Path(\"/r\") public class R {",
            "  @GET @Returns(value = 200, body = jakarta.ws.rs.core.Response.class) @Returns(204)",
            "  public jakarta.ws.rs.core.Response get() { return null; }",
            "}");

    Compilation compilation = strict(resource);

    assertNoInternalError(compilation);
    assertThat(compilation).succeededWithoutWarnings();
  }

  /**
   * Found by the fuzz test once javac went on to compile the helpers beside contract errors: in the
   * default package, the helper's nested class for a method {@code api()} was named {@code Api},
   * hiding the resource class {@code Api} that its body type {@code Api.Dto} is named through. A
   * class of the default package cannot be qualified, so such names are taken.
   */
  @Test
  void aHelperClassNeverHidesAClassOfTheDefaultPackage() {
    JavaFileObject resource =
        source(
            "Api",
            "import dev.statuscontract.Returns;",
            "import org.springframework.http.ResponseEntity;",
            "import org.springframework.web.bind.annotation.*;",
            "@RestController public class Api {",
            "  public static class Dto {}",
            "  @GetMapping(\"/api\") @Returns(value = 200, body = Dto.class)",
            "  public ResponseEntity<Dto> api() { return ResponseEntity.ok(new Dto()); }",
            "}");

    Compilation compilation = strictWithAllHelpers(resource);

    assertNoInternalError(compilation);
    assertThat(compilation).succeededWithoutWarnings();
    assertThat(compilation).generatedSourceFile("ApiResponses").contentsAsUtf8String().contains("class Api2");
  }
}
