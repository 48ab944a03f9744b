package dev.statuscontract.processor.analysis;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.statuscontract.processor.analysis.Harness.source;

import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.annotation.processing.Filer;
import javax.annotation.processing.Messager;
import javax.annotation.processing.ProcessingEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/** Starting, wrapped environments, when results come, and what happens when javac stops early or the analysis fails. */
class LifecycleTest {

  private static final JavaFileObject R =
      source(
          "com.acme.R",
          "package com.acme;",
          "import jakarta.ws.rs.*;",
          "import jakarta.ws.rs.core.Response;",
          "@Path(\"/r\")",
          "public class R {",
          "  @GET public Response get() { return Response.status(404).build(); }",
          "}");

  private static final JavaFileObject S =
      source(
          "com.acme.S",
          "package com.acme;",
          "import jakarta.ws.rs.*;",
          "@Path(\"/s\")",
          "public class S {",
          "  @GET public String get() { return \"s\"; }",
          "}");

  /** Gradle's incremental wrapper keeps javac's environment in a field named {@code delegate}. */
  static final class DelegatingEnvironment implements ProcessingEnvironment {
    private final ProcessingEnvironment delegate;

    DelegatingEnvironment(ProcessingEnvironment delegate) {
      this.delegate = delegate;
    }

    @Override public Map<String, String> getOptions() { return delegate.getOptions(); }
    @Override public Messager getMessager() { return delegate.getMessager(); }
    @Override public Filer getFiler() { return delegate.getFiler(); }
    @Override public Elements getElementUtils() { return delegate.getElementUtils(); }
    @Override public Types getTypeUtils() { return delegate.getTypeUtils(); }
    @Override public SourceVersion getSourceVersion() { return delegate.getSourceVersion(); }
    @Override public Locale getLocale() { return delegate.getLocale(); }
  }

  /** A wrapper that keeps javac's environment under another name. */
  static final class HidingEnvironment implements ProcessingEnvironment {
    private final ProcessingEnvironment inner;

    HidingEnvironment(ProcessingEnvironment inner) {
      this.inner = inner;
    }

    @Override public Map<String, String> getOptions() { return inner.getOptions(); }
    @Override public Messager getMessager() { return inner.getMessager(); }
    @Override public Filer getFiler() { return inner.getFiler(); }
    @Override public Elements getElementUtils() { return inner.getElementUtils(); }
    @Override public Types getTypeUtils() { return inner.getTypeUtils(); }
    @Override public SourceVersion getSourceVersion() { return inner.getSourceVersion(); }
    @Override public Locale getLocale() { return inner.getLocale(); }
  }

  private static ProcessingEnvironment proxy(ProcessingEnvironment env) {
    return (ProcessingEnvironment)
        Proxy.newProxyInstance(
            LifecycleTest.class.getClassLoader(),
            new Class<?>[] {ProcessingEnvironment.class},
            (proxy, method, args) -> method.invoke(env, args));
  }

  @Test
  void aProxyAroundTheEnvironmentLeavesTheAnalysisUnavailableWithOneReason() {
    Harness h = Harness.wrapping(LifecycleTest::proxy).compile(List.of(), R);

    assertThat(h.compilation).succeededWithoutWarnings();
    assertThat(h.start).isInstanceOf(BodyAnalysis.Unavailable.class);
    String reason = ((BodyAnalysis.Unavailable) h.start).reason();
    assertThat(reason).startsWith("body analysis is unavailable: the ProcessingEnvironment is a proxy");
    assertThat(reason).doesNotContain("\n");
    assertThat(h.classes).isEmpty();
  }

  @Test
  void aWrapperWithoutADelegateFieldLeavesItUnavailable() {
    Harness h = Harness.wrapping(HidingEnvironment::new).compile(List.of(), R);

    assertThat(h.compilation).succeededWithoutWarnings();
    assertThat(((BodyAnalysis.Unavailable) h.start).reason())
        .isEqualTo(
            "body analysis is unavailable: the ProcessingEnvironment is a "
                + HidingEnvironment.class.getName()
                + ", not javac's, and holds no javac environment in a field named delegate; method bodies are not checked");
  }

  @Test
  void aWrapperThatKeepsJavacsEnvironmentInADelegateFieldIsUnwrapped() {
    Harness h = Harness.wrapping(env -> new DelegatingEnvironment(new DelegatingEnvironment(env))).compile(List.of(), R);

    assertThat(h.compilation).succeededWithoutWarnings();
    assertThat(h.start).isInstanceOf(BodyAnalysis.Started.class);
    assertThat(h.produced("com.acme.R", "get")).containsExactly("404 @6");
  }

  @Test
  void resultsComeOnceEveryWatchedClassIsAnalysedAndPendingSaysWhatIsLeft() {
    List<String> pendingInLastRound = new ArrayList<>();
    List<String> pendingWhenFirstDelivered = new ArrayList<>();
    Harness h = Harness.create();
    h.afterRound = (harness, round) -> {
      if (round.processingOver()) {
        pendingInLastRound.addAll(harness.analysis().pending());
      }
    };
    h.onAnalysed = analysed -> {
      if (pendingWhenFirstDelivered.isEmpty()) {
        pendingWhenFirstDelivered.add(String.valueOf(h.analysis().pending()));
        pendingWhenFirstDelivered.add(String.valueOf(h.analysis().isDone()));
      }
    };
    h.compile(List.of(), R, S);

    assertThat(h.compilation).succeeded();
    assertThat(pendingInLastRound).containsExactly("com.acme.R", "com.acme.S");
    assertThat(pendingWhenFirstDelivered).containsExactly("[]", "true").inOrder();
    assertThat(h.classes.keySet()).containsExactly("com.acme.R", "com.acme.S").inOrder();
    assertThat(h.notAnalysed).isEmpty();
    assertThat(h.finishedCalls).isEqualTo(1);
    assertThat(h.analysis().finish()).isEmpty();
    assertThat(h.finishedCalls).isEqualTo(1);
  }

  @Test
  void withProcOnlyNothingIsAnalysedAndTheEndOfTheCompilationSaysSo() {
    Harness h = Harness.run(List.of("-proc:only"), R, S);

    assertThat(h.compilation).succeeded();
    assertThat(h.classes).isEmpty();
    assertThat(h.notAnalysed).containsExactly("com.acme.R", "com.acme.S").inOrder();
    assertThat(h.finishedCalls).isEqualTo(1);
    assertThat(h.internalErrors).isEmpty();
  }

  @Test
  void anErrorInAnotherClassNeitherCrashesNorHangs() {
    JavaFileObject broken =
        source(
            "com.acme.Broken",
            "package com.acme;",
            "public class Broken {",
            "  int count() { return \"not a number\"; }",
            "}");
    Harness h = Harness.run(R, broken, S);

    assertThat(h.compilation).failed();
    assertThat(h.compilation).hadErrorCount(1);
    assertThat(h.internalErrors).isEmpty();
    assertThat(h.finishedCalls).isEqualTo(1);
    List<String> all = new ArrayList<>(h.classes.keySet());
    all.addAll(h.notAnalysed);
    assertThat(all).containsExactly("com.acme.R", "com.acme.Broken", "com.acme.S");
    assertThat(h.produced("com.acme.R", "get")).containsExactly("404 @6");
  }

  @Test
  void anUnresolvedTypeStopsJavacBeforeAnalysisAndFinishTellsWhatWasNotAnalysed() {
    JavaFileObject unresolved =
        source(
            "com.acme.U",
            "package com.acme;",
            "public class U {",
            "  Missing field;",
            "}");
    Harness h = Harness.run(R, unresolved);

    assertThat(h.compilation).failed();
    assertThat(h.internalErrors).isEmpty();
    assertThat(h.finishedCalls).isEqualTo(1);
    List<String> all = new ArrayList<>(h.classes.keySet());
    all.addAll(h.notAnalysed);
    assertThat(all).containsExactly("com.acme.R", "com.acme.U");
  }

  @Test
  void finishStopsEarlyAndReportsEveryWatchedClass() {
    List<List<String>> finished = new ArrayList<>();
    Harness h = Harness.create();
    h.afterRound = (harness, round) -> {
      if (round.processingOver()) {
        finished.add(harness.analysis().finish());
      }
    };
    h.compile(List.of(), R, S);

    assertThat(h.compilation).succeeded();
    assertThat(finished).containsExactly(List.of("com.acme.R", "com.acme.S"));
    assertThat(h.classes).isEmpty();
    assertThat(h.finishedCalls).isEqualTo(1);
    assertThat(h.analysis().pending()).isEmpty();
  }

  @Test
  void aClassWithoutSourceIsReportedAsNotAnalysed() {
    Harness h = Harness.create();
    h.afterRound = (harness, round) -> {
      if (!round.processingOver()) {
        harness.analysis().watch(harness.processingEnv().getElementUtils().getTypeElement("java.lang.String"));
      }
    };
    h.compile(List.of(), R);

    assertThat(h.classes.keySet()).containsExactly("com.acme.R");
    assertThat(h.notAnalysed).containsExactly("java.lang.String");
  }

  @Test
  void aFailureInsideTheAnalysisIsReportedOnceAndNeverReachesJavac() {
    Harness h = Harness.create();
    h.onAnalysed = analysed -> {
      throw new IllegalStateException("boom");
    };
    h.compile(List.of(), R, S);

    assertThat(h.compilation).succeededWithoutWarnings();
    assertThat(h.internalErrors).hasSize(1);
    assertThat(h.internalErrors.get(0)).startsWith("internal error in body analysis: java.lang.IllegalStateException: boom");
    assertThat(h.finishedCalls).isEqualTo(1);
  }
}
