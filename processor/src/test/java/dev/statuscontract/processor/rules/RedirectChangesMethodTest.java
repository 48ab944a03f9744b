package dev.statuscontract.processor.rules;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.statuscontract.processor.rules.DeclarationCompilations.compile;
import static dev.statuscontract.processor.Compilations.source;

import com.google.testing.compile.Compilation;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RedirectChangesMethodTest {

  /** A Spring controller with one endpoint, mapped by {@code mapping}, that declares {@code returns}. */
  private static JavaFileObject controller(String mapping, String returns) {
    return source(
        "com.acme.AccountController",
        "package com.acme;",
        "import dev.statuscontract.Returns;",
        "import org.springframework.web.bind.annotation.*;",
        "@RestController",
        "@RequestMapping(\"/accounts\")",
        "public class AccountController {",
        "  " + mapping,
        "  " + returns,
        "  @Returns(400)",
        "  public String transfer() { return \"\"; }",
        "}");
  }

  @Test
  void warnsOnA301AnsweringAPost() {
    JavaFileObject source = controller("@PostMapping", "@Returns(value = 301, headers = \"Location\")");

    Compilation compilation = compile(source);

    assertThat(compilation).succeeded();
    assertThat(compilation).hadWarningCount(1);
    assertThat(compilation)
        .hadWarningContaining(
            "[redirect-changes-method] POST /accounts declares 301 Moved Permanently, which clients"
                + " may follow with a GET instead of POST")
        .inFile(source)
        .onLineContaining("@Returns(value = 301");
    assertThat(compilation).hadWarningContaining("308 Permanent Redirect to keep the method");
    assertThat(compilation).hadWarningContaining("303 See Other");
    assertThat(compilation).hadWarningContaining("(RFC 9110 §15.4.2)");
  }

  @Test
  void warnsOnA302AnsweringAPost() {
    JavaFileObject source = controller("@PostMapping", "@Returns(value = 302, headers = \"Location\")");

    Compilation compilation = compile(source);

    assertThat(compilation).succeeded();
    assertThat(compilation).hadWarningCount(1);
    assertThat(compilation)
        .hadWarningContaining(
            "[redirect-changes-method] POST /accounts declares 302 Found, which clients may follow"
                + " with a GET instead of POST")
        .inFile(source)
        .onLineContaining("@Returns(value = 302");
    assertThat(compilation).hadWarningContaining("307 Temporary Redirect to keep the method");
    assertThat(compilation).hadWarningContaining("(RFC 9110 §15.4.3)");
  }

  @ParameterizedTest
  @ValueSource(ints = {303, 307, 308})
  void acceptsTheRedirectsThatSayWhatMethodToUseOnAPost(int code) {
    JavaFileObject source =
        controller("@PostMapping", "@Returns(value = " + code + ", headers = \"Location\")");

    assertThat(compile(source)).succeededWithoutWarnings();
  }

  @ParameterizedTest
  @ValueSource(ints = {301, 302})
  void acceptsA301Or302AnsweringAGet(int code) {
    JavaFileObject source =
        controller("@GetMapping", "@Returns(value = " + code + ", headers = \"Location\")");

    assertThat(compile(source)).succeededWithoutWarnings();
  }

  @Test
  void acceptsA301AnsweringAHead() {
    JavaFileObject source =
        controller(
            "@RequestMapping(method = RequestMethod.HEAD)",
            "@Returns(value = 301, headers = \"Location\")");

    assertThat(compile(source)).succeededWithoutWarnings();
  }

  @Test
  void skipsARequestMappingWithoutAMethod() {
    JavaFileObject source =
        controller("@RequestMapping(\"/legacy\")", "@Returns(value = 302, headers = \"Location\")");

    assertThat(compile(source)).succeededWithoutWarnings();
  }

  @Test
  void warnsOnceForTheUnsafeMethodOfAMappingWithSeveral() {
    JavaFileObject source =
        controller(
            "@RequestMapping(method = {RequestMethod.GET, RequestMethod.POST})",
            "@Returns(value = 302, headers = \"Location\")");

    Compilation compilation = compile(source);

    assertThat(compilation).succeeded();
    assertThat(compilation).hadWarningCount(1);
    assertThat(compilation)
        .hadWarningContaining("[redirect-changes-method] POST /accounts declares 302 Found")
        .inFile(source)
        .onLineContaining("@Returns(value = 302");
  }

  @Test
  void reportsAClassLevelRedirectOnTheClassAnnotationOnce() {
    JavaFileObject source =
        source(
            "com.acme.PaymentController",
            "package com.acme;",
            "import dev.statuscontract.Returns;",
            "import org.springframework.web.bind.annotation.*;",
            "@RestController",
            "@RequestMapping(\"/payments\")",
            "@Returns(value = 301, headers = \"Location\")",
            "public class PaymentController {",
            "  @PostMapping public String pay() { return \"\"; }",
            "  @PostMapping(\"/{id}/refund\") public String refund() { return \"\"; }",
            "  @GetMapping public String list() { return \"\"; }",
            "}");

    Compilation compilation = compile(source);

    assertThat(compilation).succeeded();
    assertThat(compilation).hadWarningCount(1);
    assertThat(compilation)
        .hadWarningContaining(
            "[redirect-changes-method] Each of POST /payments and POST /payments/{id}/refund declares 301 Moved Permanently (from class"
                + " PaymentController)")
        .inFile(source)
        .onLineContaining("@Returns(value = 301");
  }

  @Test
  void reportsAComposedRedirectWhereItIsUsedOnThePost() {
    JavaFileObject legacy =
        source(
            "com.acme.LegacyRedirect",
            "package com.acme;",
            "import dev.statuscontract.Returns;",
            "@Returns(value = 302, headers = \"Location\")",
            "public @interface LegacyRedirect {}");
    JavaFileObject source =
        controller("@PostMapping", "@LegacyRedirect");

    Compilation compilation = compile(legacy, source);

    assertThat(compilation).succeeded();
    assertThat(compilation).hadWarningCount(1);
    assertThat(compilation)
        .hadWarningContaining(
            "[redirect-changes-method] POST /accounts declares 302 Found (from @LegacyRedirect)")
        .inFile(source)
        .onLineContaining("@LegacyRedirect");
  }
}
