package dev.statuscontract.processor;

import com.sun.source.tree.MethodTree;
import com.sun.source.tree.Tree;
import com.sun.source.util.SourcePositions;
import com.sun.source.util.Trees;
import dev.statuscontract.processor.analysis.BodyAnalysis;
import dev.statuscontract.processor.analysis.Site;
import dev.statuscontract.processor.frameworks.FrameworkAnswer;
import dev.statuscontract.processor.frameworks.Registry;
import dev.statuscontract.processor.diagnostics.Reporter;
import dev.statuscontract.processor.model.Answer;
import dev.statuscontract.processor.model.Answers;
import dev.statuscontract.processor.model.BodySpot;
import dev.statuscontract.processor.model.Contract;
import dev.statuscontract.processor.model.DeclaredResponse;
import dev.statuscontract.processor.model.Endpoint;
import dev.statuscontract.processor.model.Level;
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
 * Connects the {@link BodyAnalysis} to the checks: has it read the compilation, turns what each
 * endpoint's body answers into the model's {@link Answers}, and prints findings at the {@code
 * return}, {@code throw} or call they are about. Every use of the compiler tree API by the
 * processor itself is here, and only {@link #start} loads this class.
 */
final class CodeChecks {

  /** What the processor does once every class has been analysed, or javac stops first. */
  interface Done {
    void run(CodeChecks checks);
  }

  private final BodyAnalysis analysis;
  private final Trees trees;
  private BodyAnalysis.Results results;
  private boolean watching;
  private boolean finished;
  /**
   * What the framework answers by itself for each endpoint, by method and serving class, as its
   * families read the annotations: worked out for {@link #places}, used again by {@link #observe}.
   */
  private final Map<List<Object>, List<FrameworkAnswer>> frameworkAnswers = new HashMap<>();

  private CodeChecks(BodyAnalysis analysis) {
    this.analysis = analysis;
    this.trees = analysis.trees();
  }

  /**
   * Starts the analysis on {@code env}'s compilation, or says in one sentence why it cannot: a
   * note "body analysis is unavailable: ..." for {@code unavailable}. Never throws.
   *
   * @param typeRefs the model's type of a type javac knows
   * @param done what to do when the analysis is over, called once, on javac's thread
   * @param internalError a failure inside the analysis, once
   */
  static Optional<CodeChecks> start(
      ProcessingEnvironment env,
      Function<TypeMirror, TypeRef> typeRefs,
      Done done,
      Consumer<String> internalError,
      Consumer<String> unavailable) {
    CodeChecks[] checks = new CodeChecks[1];
    BodyAnalysis.Start start =
        BodyAnalysis.startWith(
            env,
            typeRefs,
            new BodyAnalysis.Sink() {
              @Override
              public void completed(BodyAnalysis.Results results, List<String> notAnalysed) {
                CodeChecks self = checks[0];
                if (self != null && self.watching && !self.finished) {
                  self.finished = true;
                  self.results = results;
                  done.run(self);
                }
              }

              @Override
              public void internalError(String message) {
                internalError.accept(message);
              }
            });
    if (start instanceof BodyAnalysis.Started started) {
      checks[0] = new CodeChecks(started.analysis());
      return Optional.of(checks[0]);
    }
    unavailable.accept(((BodyAnalysis.Unavailable) start).reason());
    return Optional.empty();
  }

  /** Notes the classes of a round, whose bodies are read so that calls into them are followed. */
  void round(RoundEnvironment round) {
    analysis.round(round);
  }

  /**
   * Checks the bodies of {@code contract}'s endpoints: the class's own, and those it inherits from
   * superclasses and interfaces with source.
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

  /**
   * The places that findings about {@code contract}'s endpoints may be printed at after javac has
   * lowered the class, when they can no longer be found from their elements: each endpoint method,
   * and the annotations through which its framework answers by itself.
   */
  List<Origin> places(TypeElement type, Contract contract, javax.lang.model.util.Elements elements) {
    List<Origin> places = new ArrayList<>();
    for (Endpoint endpoint : contract.endpoints()) {
      places.add(endpoint.origin());
      if (endpoint.origin().element() instanceof ExecutableElement method) {
        for (FrameworkAnswer answer : frameworkAnswers(method, type, endpoint, elements)) {
          places.add(answer.annotation().map(a -> Origin.of(answer.element(), a)).orElseGet(() -> Origin.of(answer.element())));
        }
      }
    }
    return places;
  }

  private List<FrameworkAnswer> frameworkAnswers(
      ExecutableElement method, TypeElement type, Endpoint endpoint, javax.lang.model.util.Elements elements) {
    return frameworkAnswers.computeIfAbsent(
        List.of(method, type), key -> Registry.frameworkAnswers(method, type, endpoint.framework(), elements));
  }

  /** Whether classes are watched and their results are still to come. */
  boolean pending() {
    return watching && !finished;
  }

  /**
   * What each endpoint of {@code contract}, the contract of {@code type}, answers; an endpoint
   * whose body was not analysed (an abstract method, a class javac stopped before) is left out.
   */
  List<Answers> observe(TypeElement type, Contract contract) {
    List<Answers> observed = new ArrayList<>();
    if (results == null) {
      return observed;
    }
    for (Endpoint endpoint : contract.endpoints()) {
      if (!(endpoint.origin().element() instanceof ExecutableElement method)
          || !(method.getEnclosingElement() instanceof TypeElement owner)) {
        continue;
      }
      // Only the documents of an endpoint without a written contract show the types of what its
      // code builds; working them out costs a type conversion per response.
      boolean inferred = endpoint.writtenWith().isEmpty();
      Optional<List<Answer>> answers = results.answers(method, type, endpoint.framework(), inferred);
      if (answers.isEmpty()) {
        continue;
      }
      List<Answer> all = new ArrayList<>(answers.get());
      List<FrameworkAnswer> byFramework = frameworkAnswers.getOrDefault(List.of(method, type), List.of());
      all.addAll(results.frameworkAnswers(method, type, endpoint.framework(), byFramework));
      observed.add(new Answers(endpoint, all, owner.getKind() == ElementKind.INTERFACE));
    }
    return observed;
  }

  /** Where a finding about code is printed: at the site's tree, as javac prints its own. */
  Optional<Reporter.Location> locate(BodySpot spot) {
    if (!(spot instanceof Site site) || !site.printable()) {
      return Optional.empty();
    }
    SourcePositions positions = trees.getSourcePositions();
    return Optional.of(
        new Reporter.Location() {
          @Override
          public Object key() {
            return List.of("code", System.identityHashCode(site.tree()), site.file());
          }

          @Override
          public void print(Diagnostic.Kind kind, String message) {
            site.print(trees, kind, message);
          }

          @Override
          public String file() {
            return site.file();
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

          @Override
          public long line() {
            return site.line();
          }

          @Override
          public long column() {
            if (site.position() < 0 || site.line() <= 0) {
              return -1;
            }
            return site.position() - site.unit().getLineMap().getStartPosition(site.line()) + 1;
          }

          @Override
          public String packageName() {
            return site.unit().getPackageName() == null ? "" : site.unit().getPackageName().toString();
          }
        });
  }

  /**
   * The endpoint as the documents show it: where its contract is not written, with a response for
   * each status its body answers that nothing declares, a response for each status the framework
   * answers by itself, and a {@code default} response where the body answers a status it computes
   * at run time, all marked as inferred.
   */
  static Endpoint withInferred(Answers observed) {
    Endpoint endpoint = observed.endpoint();
    if (endpoint.writtenWith().isPresent()) {
      return endpoint;
    }
    Map<Integer, List<Answer>> byCode = new TreeMap<>();
    for (Answer response : observed.responses()) {
      if (!endpoint.declares(response.code())) {
        byCode.computeIfAbsent(response.code(), code -> new ArrayList<>()).add(response);
      }
    }
    Map<Integer, List<Answer>> byFramework = new TreeMap<>();
    for (Answer response : observed.byFramework()) {
      if (response.isKnown() && !endpoint.declares(response.code()) && !byCode.containsKey(response.code())) {
        byFramework.computeIfAbsent(response.code(), code -> new ArrayList<>()).add(response);
      }
    }
    boolean unknown = !observed.complete() && endpoint.patterns().stream().noneMatch(p -> p.written().equals("default"));
    if (byCode.isEmpty() && byFramework.isEmpty() && !unknown) {
      return endpoint;
    }
    List<DeclaredResponse> declarations = new ArrayList<>(endpoint.declarations());
    if (unknown) {
      // A status the code computes (a parameter, another object's answer) is never guessed: the
      // documents say that there are others, as OpenAPI's "default" response does.
      declarations.add(inferred(0, "default", Source.CODE, "A status the code computes at run time", List.of(), Optional.empty()));
    }
    for (Map.Entry<Integer, List<Answer>> entry : byCode.entrySet()) {
      TreeSet<String> headers = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
      // The body type the code names: the method's return type for a response it returns, the
      // exception handler's for one an exception is turned into; unknown where neither says.
      Optional<TypeRef> bodyType = Optional.empty();
      for (Answer response : entry.getValue()) {
        response.headers().stream().filter(h -> !h.equals(Answer.ANY_HEADER)).forEach(headers::add);
        if (response.body() && (bodyType.isEmpty() || bodyType.get() == UNKNOWN_BODY)) {
          Optional<TypeRef> named =
              response.bodyType().or(() -> response.isReturned() ? returnedBody(endpoint) : Optional.empty());
          bodyType = Optional.of(named.orElse(UNKNOWN_BODY));
        }
      }
      declarations.add(inferred(entry.getKey(), String.valueOf(entry.getKey()), Source.CODE, "", List.copyOf(headers), bodyType));
    }
    for (Map.Entry<Integer, List<Answer>> entry : byFramework.entrySet()) {
      String because = entry.getValue().get(0).via().replaceFirst("^through ", "");
      String description = Character.toUpperCase(because.charAt(0)) + because.substring(1);
      declarations.add(
          inferred(entry.getKey(), String.valueOf(entry.getKey()), Source.FRAMEWORK, description, List.of(), Optional.empty()));
    }
    return endpoint.withDeclarations(declarations);
  }

  private static DeclaredResponse inferred(
      int code, String written, Source source, String description, List<String> headers, Optional<TypeRef> body) {
    return new DeclaredResponse(
        code, written, source, description, headers, body, Level.METHOD, "", Origin.NOWHERE, Origin.NOWHERE, true);
  }

  /** The body of an inferred response whose type the code does not name. */
  private static final TypeRef UNKNOWN_BODY = new TypeRef.Unknown("unknown");

  /** The entity type the method's return type names: {@code User} for {@code ResponseEntity<User>} or {@code User}. */
  static Optional<TypeRef> returnedBody(Endpoint endpoint) {
    return endpoint.framework().entityOf(endpoint.returnType());
  }
}
