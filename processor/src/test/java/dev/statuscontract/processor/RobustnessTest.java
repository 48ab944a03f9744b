package dev.statuscontract.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;
import static com.google.testing.compile.Compiler.javac;
import static dev.statuscontract.processor.Compilations.compile;
import static dev.statuscontract.processor.Compilations.compileWith;
import static dev.statuscontract.processor.Compilations.compileWithRules;
import static dev.statuscontract.processor.Compilations.source;

import com.google.testing.compile.Compilation;
import dev.statuscontract.processor.model.Endpoint;
import dev.statuscontract.processor.rules.Finding;
import dev.statuscontract.processor.rules.Rule;
import dev.statuscontract.processor.rules.Rules;
import dev.statuscontract.processor.rules.Severity;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.ProcessingEnvironment;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.TypeElement;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

class RobustnessTest {

  private static final JavaFileObject MISSING_LOCATION =
      source(
          "com.acme.UserResource",
          "package com.acme;",
          "import dev.statuscontract.*;",
          "import jakarta.ws.rs.*;",
          "@Path(\"/users\")",
          "public class UserResource {",
          "  @POST @Creates",
          "  @Returns(value = 201, body = User.class)",
          "  @Returns(409)",
          "  public void create() {}",
          "}");

  @Test
  void anUnresolvedTypeYieldsJavacsErrorAndNoFinding() {
    Compilation compilation = compile(MISSING_LOCATION);

    assertThat(compilation).failed();
    assertThat(compilation).hadErrorContaining("cannot find symbol");
    assertThat(String.join("\n", messages(compilation))).doesNotContain("[created-without-location]");
  }

  @Test
  void aTypeAnotherProcessorGeneratesIsCheckedOnceItExists() {
    Compilation compilation =
        javac().withProcessors(new GeneratesUser(), new StatusContractProcessor()).compile(MISSING_LOCATION);

    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation)
        .hadErrorContaining("[created-without-location] POST /users declares 201 Created")
        .inFile(MISSING_LOCATION)
        .onLineContaining("@Returns(value = 201");
  }

  @Test
  void anInternalFailureIsOneClearErrorNotACrash() {
    Rule broken =
        new Rule("broken", Severity.ERROR, "throws") {
          @Override
          protected void check(Endpoint endpoint, List<Finding> out) {
            throw new IllegalStateException("boom");
          }
        };

    Compilation compilation = compileWithRules(List.of(broken), MISSING_LOCATION, USER);

    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation)
        .hadErrorContaining(
            "[status-contract] internal error while checking com.acme.UserResource:"
                + " java.lang.IllegalStateException: boom. This is a bug in status-contract")
        .inFile(MISSING_LOCATION)
        .onLineContaining("public class UserResource");
    assertThat(compilation).hadErrorContaining("please report it");
  }

  @Test
  void aRepeatedAnnotationIsReportedOnItsOwnLine() {
    Compilation compilation = compile(MISSING_LOCATION, USER);
    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation)
        .hadErrorContaining("[created-without-location]")
        .inFile(MISSING_LOCATION)
        .onLineContaining("@Returns(value = 201");
  }

  @Test
  void withoutTreesARepeatedAnnotationFallsBackToTheMethod() {
    Compilation compilation =
        compileWith(new WrappedEnvironment(new StatusContractProcessor()), List.of(), MISSING_LOCATION, USER);

    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation)
        .hadErrorContaining("[created-without-location]")
        .inFile(MISSING_LOCATION)
        .onLineContaining("public void create()");
  }

  @Test
  void withoutTreesALoneAnnotationIsStillReportedOnItsLine() {
    JavaFileObject lone =
        source(
            "com.acme.UserResource",
            "package com.acme;",
            "import dev.statuscontract.*;",
            "import jakarta.ws.rs.*;",
            "@Path(\"/users\")",
            "public class UserResource {",
            "  @POST @Creates",
            "  @Returns(201)",
            "  public void create() {}",
            "}");

    Compilation compilation =
        compileWith(new WrappedEnvironment(new StatusContractProcessor()), List.of(), lone);

    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation).hadErrorContaining("[created-without-location]").inFile(lone).onLineContaining("@Returns(201)");
  }

  @Test
  void everyRuleHasAUniqueKebabCaseId() {
    List<String> ids = Rules.all().stream().map(Rule::id).toList();
    assertThat(ids).containsNoDuplicates();
    assertThat(ids).hasSize(24);
  }

  private static final JavaFileObject USER =
      source("com.acme.User", "package com.acme;", "public class User {}");

  private static List<String> messages(Compilation compilation) {
    List<String> messages = new ArrayList<>();
    compilation.diagnostics().forEach(d -> messages.add(d.getMessage(null)));
    return messages;
  }

  /** Generates com.acme.User in the first round, as code generators like AutoValue do. */
  private static final class GeneratesUser extends AbstractProcessor {
    private boolean generated;

    @Override
    public Set<String> getSupportedAnnotationTypes() {
      return Set.of("*");
    }

    @Override
    public SourceVersion getSupportedSourceVersion() {
      return SourceVersion.latestSupported();
    }

    @Override
    public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
      if (!generated) {
        generated = true;
        try (Writer writer = processingEnv.getFiler().createSourceFile("com.acme.User").openWriter()) {
          writer.write("package com.acme; public class User {}");
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      }
      return false;
    }
  }

  /**
   * Hands the processor a {@link ProcessingEnvironment} that is not javac's own, as some build tools
   * do, so that {@code Trees} is unavailable.
   */
  private static final class WrappedEnvironment extends AbstractProcessor {
    private final AbstractProcessor delegate;

    WrappedEnvironment(AbstractProcessor delegate) {
      this.delegate = delegate;
    }

    @Override
    public synchronized void init(ProcessingEnvironment env) {
      super.init(env);
      ProcessingEnvironment wrapped =
          (ProcessingEnvironment)
              Proxy.newProxyInstance(
                  getClass().getClassLoader(),
                  new Class<?>[] {ProcessingEnvironment.class},
                  (proxy, method, args) -> method.invoke(env, args));
      delegate.init(wrapped);
    }

    @Override
    public Set<String> getSupportedAnnotationTypes() {
      return delegate.getSupportedAnnotationTypes();
    }

    @Override
    public Set<String> getSupportedOptions() {
      return delegate.getSupportedOptions();
    }

    @Override
    public SourceVersion getSupportedSourceVersion() {
      return delegate.getSupportedSourceVersion();
    }

    @Override
    public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
      return delegate.process(annotations, round);
    }
  }
}
