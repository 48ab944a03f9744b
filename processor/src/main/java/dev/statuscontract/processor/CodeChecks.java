package dev.statuscontract.processor;

import com.sun.source.tree.MethodTree;
import com.sun.source.tree.Tree;
import com.sun.source.util.SourcePositions;
import com.sun.source.util.Trees;
import dev.statuscontract.processor.analysis.AnalysedClass;
import dev.statuscontract.processor.analysis.BodyAnalysis;
import dev.statuscontract.processor.analysis.Produced;
import dev.statuscontract.processor.analysis.Site;
import dev.statuscontract.processor.analysis.Status;
import dev.statuscontract.processor.diagnostics.Reporter;
import dev.statuscontract.processor.model.BuiltResponse;
import dev.statuscontract.processor.model.Contract;
import dev.statuscontract.processor.model.DeclaredResponse;
import dev.statuscontract.processor.model.Endpoint;
import dev.statuscontract.processor.model.Level;
import dev.statuscontract.processor.model.Observed;
import dev.statuscontract.processor.model.Origin;
import dev.statuscontract.processor.model.Source;
import dev.statuscontract.processor.model.TypeRef;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.function.Function;
import javax.annotation.processing.ProcessingEnvironment;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.TypeMirror;
import javax.tools.Diagnostic;

/**
 * Connects the {@link BodyAnalysis} to the checks: watches the classes whose endpoints were found,
 * turns what their bodies produce into the model's {@link Observed} responses, and prints findings
 * at the {@code return}, {@code throw} or call they are about. Every use of the compiler tree API
 * by the processor itself is here, and only {@link #start} loads this class.
 */
final class CodeChecks {

  /** What the processor does once every watched class has been analysed, or javac stops first. */
  interface Done {
    void run(CodeChecks checks);
  }

  private final BodyAnalysis analysis;
  private final Trees trees;
  /** The body type of the responses of a Spring exception handler, as its return type names it. */
  private final Function<ExecutableElement, Optional<TypeRef>> handlerBodies;
  /** The model's type of a type javac knows. */
  private final Function<TypeMirror, TypeRef> typeRefs;
  /** What each analysed class's methods produce, by the class's qualified name. */
  private final Map<String, AnalysedClass> analysed = new HashMap<>();
  private boolean watching;
  private boolean finished;

  private CodeChecks(
      BodyAnalysis analysis,
      Function<ExecutableElement, Optional<TypeRef>> handlerBodies,
      Function<TypeMirror, TypeRef> typeRefs) {
    this.analysis = analysis;
    this.trees = analysis.trees();
    this.handlerBodies = handlerBodies;
    this.typeRefs = typeRefs;
  }

  /**
   * Starts the analysis on {@code env}'s compilation, or says in one sentence why it cannot: a
   * note "body analysis is unavailable: ..." for {@code unavailable}. Never throws.
   *
   * @param done what to do when the analysis is over, called once, on javac's thread
   * @param internalError a failure inside the analysis, once
   */
  static Optional<CodeChecks> start(
      ProcessingEnvironment env,
      Function<ExecutableElement, Optional<TypeRef>> handlerBodies,
      Function<TypeMirror, TypeRef> typeRefs,
      Done done,
      Consumer<String> internalError,
      Consumer<String> unavailable) {
    CodeChecks[] checks = new CodeChecks[1];
    BodyAnalysis.Start start =
        BodyAnalysis.startWith(
            env,
            new BodyAnalysis.Sink() {
              @Override
              public void analysed(AnalysedClass type) {
                checks[0].analysed.put(type.type().getQualifiedName().toString(), type);
              }

              @Override
              public void finished(List<String> notAnalysed) {
                CodeChecks self = checks[0];
                if (self != null && self.watching && !self.finished) {
                  self.finished = true;
                  done.run(self);
                }
              }

              @Override
              public void internalError(String message) {
                internalError.accept(message);
              }
            });
    if (start instanceof BodyAnalysis.Started started) {
      checks[0] = new CodeChecks(started.analysis(), handlerBodies, typeRefs);
      return Optional.of(checks[0]);
    }
    unavailable.accept(((BodyAnalysis.Unavailable) start).reason());
    return Optional.empty();
  }

  /**
   * Analyses the bodies of {@code contract}'s endpoints: the class's own, and those it inherits from
   * superclasses with source.
   */
  void watch(TypeElement type, Contract contract) {
    analysis.watch(type);
    watching = true;
    for (Endpoint endpoint : contract.endpoints()) {
      if (endpoint.origin().element().getEnclosingElement() instanceof TypeElement owner && owner != type) {
        analysis.watch(owner);
      }
    }
  }

  /** Watches the round's exception mappers and controller advice. */
  void watchHandlers(RoundEnvironment round) {
    analysis.watchHandlers(round);
  }

  /** Whether classes are watched and their results are still to come. */
  boolean pending() {
    return watching && !finished;
  }

  /**
   * What each endpoint of {@code contract} was seen to produce; an endpoint whose body was not
   * analysed (an abstract method, a class javac stopped before) is left out.
   */
  List<Observed> observe(Contract contract) {
    List<Observed> observed = new ArrayList<>();
    for (Endpoint endpoint : contract.endpoints()) {
      if (!(endpoint.origin().element() instanceof ExecutableElement method)
          || !(method.getEnclosingElement() instanceof TypeElement owner)) {
        continue;
      }
      AnalysedClass type = analysed.get(owner.getQualifiedName().toString());
      Optional<List<Produced>> produced = type == null ? Optional.empty() : type.produced(method);
      if (produced.isEmpty()) {
        continue;
      }
      List<BuiltResponse> responses = new ArrayList<>();
      List<String> unknowns = new ArrayList<>();
      // Only the documents of an endpoint without a written contract show the types of what its
      // code builds; working them out costs a type conversion per response.
      boolean inferred = endpoint.writtenWith().isEmpty();
      for (Produced response : produced.get()) {
        if (response.status() instanceof Status.Code code) {
          responses.add(
              new BuiltResponse(
                  code.value(),
                  response.headers(),
                  response.body(),
                  Origin.inBody(method, response.site()),
                  response.site().line(),
                  response.via(),
                  response.exception(),
                  inferred && response.body() ? bodyType(response) : Optional.empty()));
        } else if (response.status() instanceof Status.Unknown unknown) {
          unknowns.add(unknown.because());
        }
      }
      observed.add(new Observed(endpoint, responses, unknowns, owner.getKind() == ElementKind.INTERFACE));
    }
    return observed;
  }

  /**
   * The type of a response's content, where the code names it: an exception handler's declared
   * body, else the static type of the content expression, when that names an entity.
   */
  private Optional<TypeRef> bodyType(Produced response) {
    Optional<TypeRef> handled = response.handlerMethod().flatMap(handlerBodies);
    if (handled.isPresent()) {
      return handled;
    }
    return response.content().map(typeRefs).filter(TypeRef::namesEntity);
  }

  /** Where a finding about code is printed: at the site's tree, as javac prints its own. */
  Optional<Reporter.Location> locate(Object spot) {
    if (!(spot instanceof Site site)) {
      return Optional.empty();
    }
    SourcePositions positions = trees.getSourcePositions();
    return Optional.of(
        new Reporter.Location() {
          @Override
          public Object key() {
            return List.of("code", System.identityHashCode(site.tree()), site.unit().getSourceFile().toUri());
          }

          @Override
          public void print(Diagnostic.Kind kind, String message) {
            site.print(trees, kind, message);
          }

          @Override
          public String file() {
            return site.unit().getSourceFile().toUri().toString();
          }

          @Override
          public long position() {
            // Where javac puts the caret: for a method (a void method's own answer), after its
            // annotations, as the reporter does for findings on declarations.
            Tree tree =
                site.tree() instanceof MethodTree method && method.getReturnType() != null
                    ? method.getReturnType()
                    : site.tree();
            return positions.getStartPosition(site.unit(), tree);
          }
        });
  }

  /**
   * The endpoint as the documents show it: where its contract is not written, with a response for
   * each status its body answers that nothing declares, and a {@code default} response where the
   * body answers a status it computes at run time, all marked as inferred.
   */
  static Endpoint withInferred(Observed observed) {
    Endpoint endpoint = observed.endpoint();
    if (endpoint.writtenWith().isPresent()) {
      return endpoint;
    }
    Map<Integer, List<BuiltResponse>> byCode = new TreeMap<>();
    for (BuiltResponse response : observed.responses()) {
      if (!endpoint.declares(response.code())) {
        byCode.computeIfAbsent(response.code(), code -> new ArrayList<>()).add(response);
      }
    }
    boolean unknown = !observed.complete() && endpoint.patterns().stream().noneMatch(p -> p.written().equals("default"));
    if (byCode.isEmpty() && !unknown) {
      return endpoint;
    }
    List<DeclaredResponse> declarations = new ArrayList<>(endpoint.declarations());
    if (unknown) {
      // A status the code computes (a parameter, another object's answer) is never guessed: the
      // documents say that there are others, as OpenAPI's "default" response does.
      declarations.add(
          new DeclaredResponse(
              0,
              "default",
              Source.CODE,
              "A status the code computes at run time",
              List.of(),
              Optional.empty(),
              Level.METHOD,
              "",
              Origin.NOWHERE,
              Origin.NOWHERE,
              true));
    }
    for (Map.Entry<Integer, List<BuiltResponse>> entry : byCode.entrySet()) {
      TreeSet<String> headers = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
      // The body type the code names: the method's return type for a response it returns, the
      // exception handler's for one an exception is turned into; unknown where neither says.
      Optional<TypeRef> bodyType = Optional.empty();
      for (BuiltResponse response : entry.getValue()) {
        headers.addAll(response.headers());
        if (response.body() && (bodyType.isEmpty() || bodyType.get() == UNKNOWN_BODY)) {
          Optional<TypeRef> named =
              response.bodyType().or(() -> response.isReturned() ? returnedBody(endpoint) : Optional.empty());
          bodyType = Optional.of(named.orElse(UNKNOWN_BODY));
        }
      }
      declarations.add(
          new DeclaredResponse(
              entry.getKey(),
              String.valueOf(entry.getKey()),
              Source.CODE,
              "",
              List.copyOf(headers),
              bodyType,
              Level.METHOD,
              "",
              Origin.NOWHERE,
              Origin.NOWHERE,
              true));
    }
    return endpoint.withDeclarations(declarations);
  }

  /** The body of an inferred response whose type the code does not name. */
  private static final TypeRef UNKNOWN_BODY = new TypeRef.Unknown("unknown");

  /** The entity type the method's return type names: {@code User} for {@code ResponseEntity<User>} or {@code User}. */
  static Optional<TypeRef> returnedBody(Endpoint endpoint) {
    return endpoint.framework().entityOf(endpoint.returnType());
  }
}
