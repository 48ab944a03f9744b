package dev.statuscontract.processor.rules;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.statuscontract.processor.rules.DeclarationCompilations.compile;
import static dev.statuscontract.processor.Compilations.source;

import com.google.testing.compile.Compilation;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ProxyAuthWithoutChallengeTest {

  /** A Jakarta REST gateway resource whose GET endpoint declares {@code returns}. */
  private static JavaFileObject resourceDeclaring(String returns) {
    return source(
        "com.acme.GatewayResource",
        "package com.acme;",
        "import dev.statuscontract.Returns;",
        "import jakarta.ws.rs.GET;",
        "import jakarta.ws.rs.Path;",
        "@Path(\"/upstream\")",
        "public class GatewayResource {",
        "  @GET",
        "  @Returns(200)",
        "  " + returns,
        "  public String fetch() { return \"\"; }",
        "}");
  }

  @Test
  void reportsA407WithoutProxyAuthenticateOnItsAnnotation() {
    JavaFileObject resource = resourceDeclaring("@Returns(407)");

    Compilation compilation = compile(resource);

    assertThat(compilation).failed();
    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation)
        .hadErrorContaining(
            "[proxy-auth-without-challenge] GET /upstream declares 407 Proxy Authentication Required"
                + " without a Proxy-Authenticate header")
        .inFile(resource)
        .onLineContaining("@Returns(407)");
    assertThat(compilation)
        .hadErrorContaining("add headers = \"Proxy-Authenticate\" (RFC 9110 §15.5.8, §11.7.1)");
  }

  @Test
  void doesNotTakeWwwAuthenticateForTheProxyChallenge() {
    JavaFileObject resource =
        resourceDeclaring("@Returns(value = 407, headers = \"WWW-Authenticate\")");

    Compilation compilation = compile(resource);

    assertThat(compilation).failed();
    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation)
        .hadErrorContaining(
            "add headers = {\"WWW-Authenticate\", \"Proxy-Authenticate\"} (RFC 9110 §15.5.8, §11.7.1)")
        .inFile(resource)
        .onLineContaining("@Returns(value = 407");
  }

  @ParameterizedTest
  @ValueSource(strings = {"Proxy-Authenticate", "proxy-authenticate", "PROXY-AUTHENTICATE"})
  void acceptsA407WithTheProxyChallengeInAnyCase(String header) {
    JavaFileObject resource =
        resourceDeclaring("@Returns(value = 407, headers = \"" + header + "\")");

    assertThat(compile(resource)).succeededWithoutWarnings();
  }

  @Test
  void reportsAComposed407OnTheReturnsInsideTheAnnotationTypeOnce() {
    JavaFileObject behindProxy =
        source(
            "com.acme.BehindProxy",
            "package com.acme;",
            "import dev.statuscontract.Returns;",
            "@Returns(407)",
            "public @interface BehindProxy {}");
    JavaFileObject resource =
        source(
            "com.acme.GatewayResource",
            "package com.acme;",
            "import dev.statuscontract.Returns;",
            "import jakarta.ws.rs.GET;",
            "import jakarta.ws.rs.POST;",
            "import jakarta.ws.rs.Path;",
            "@Path(\"/upstream\")",
            "public class GatewayResource {",
            "  @GET @BehindProxy @Returns(200) public String fetch() { return \"\"; }",
            "  @POST @BehindProxy @Returns(204) public void forward(String body) {}",
            "}");

    Compilation compilation = compile(behindProxy, resource);

    assertThat(compilation).failed();
    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation).hadWarningCount(0);
    assertThat(compilation)
        .hadErrorContaining(
            "[proxy-auth-without-challenge] Each of GET /upstream and POST /upstream declares 407 Proxy Authentication Required"
                + " (from @BehindProxy) without a Proxy-Authenticate header")
        .inFile(behindProxy)
        .onLineContaining("@Returns(407)");
  }
}
