package dev.statuscontract.processor.analysis;

import dev.statuscontract.processor.frameworks.FrameworkAnswer;
import dev.statuscontract.processor.model.Answer;
import dev.statuscontract.processor.model.Framework;
import dev.statuscontract.processor.model.TypeRef;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import javax.annotation.processing.ProcessingEnvironment;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.ElementFilter;

/**
 * What endpoint method bodies answer, read on javac's attributed trees after its ANALYZE phase, as
 * the Checker Framework's {@code AbstractTypeProcessor} does: each status a method may return or
 * throw (through the methods it calls, exception mappers and handlers, asynchronous pipelines),
 * with its headers and content.
 *
 * <p>Use: {@link #startWith} in the processor's {@code init}; {@link #round} in every round, and
 * {@link #watch} each class whose endpoints are checked; the {@link Sink} receives the {@link
 * Results} once the last class of the compilation has been analysed (or the compilation ends
 * first). Nothing of this ever throws into javac: a failure inside reaches {@link
 * Sink#internalError}, once.
 */
public final class BodyAnalysis {

  /** What {@link #startWith} returns: a started analysis, or why there is none. */
  public sealed interface Start permits Started, Unavailable {}

  /** The analysis is listening to javac. */
  public record Started(BodyAnalysis analysis) implements Start {}

  /** There is no analysis; {@code reason} says why in one sentence, {@code body analysis is unavailable: ...}. */
  public record Unavailable(String reason) implements Start {}

  /** Receives the results. Called on javac's thread, while javac still runs. */
  public interface Sink {

    /**
     * Called once, when every class of the compilation has been analysed, or when the compilation
     * ends before that.
     *
     * @param results what was read; {@code null} after an internal error
     * @param notAnalysed the qualified names of the watched classes that javac never analysed
     *     ({@code -proc:only}, errors that stop javac before analysis)
     */
    void completed(Results results, List<String> notAnalysed);

    /** A failure inside the analysis, reported once; {@code message} starts {@code internal error in body analysis}. */
    default void internalError(String message) {}
  }

  /** What the bodies of the compilation answer, once read. */
  public static final class Results {
    private final Answering answering;
    private final Map<ExecutableElement, Facts> facts;
    /** The methods read by their signatures, made for the first method not known by identity. */
    private Map<String, ExecutableElement> bySignature;
    private final Set<String> classes;

    /** @param facts what each method read says, in the order they were read */
    Results(Answering answering, Map<ExecutableElement, Facts> facts, Set<String> classes) {
      this.answering = answering;
      this.facts = facts;
      this.classes = classes;
    }

    /**
     * What {@code method}, an endpoint of {@code framework} served by {@code controller}, answers,
     * in the order of its body; empty when its body was not read (an abstract method, a class
     * javac stopped before). The method is matched by identity, or else by its signature, so that
     * an element of an earlier processing round finds its entry too.
     *
     * @param bodyTypes whether to work out the types of the bodies, which only the documents of an
     *     endpoint without a written contract show
     */
    public Optional<List<Answer>> answers(
        ExecutableElement method, TypeElement controller, Framework framework, boolean bodyTypes) {
      return answering.answers(known(method), controller, framework, bodyTypes);
    }

    /**
     * The statuses the framework answers by itself for the endpoint, as its handlers make them.
     *
     * @param answers what the framework's families say it answers ({@link
     *     dev.statuscontract.processor.frameworks.Registry#frameworkAnswers})
     */
    public List<Answer> frameworkAnswers(
        ExecutableElement method, TypeElement controller, Framework framework, List<FrameworkAnswer> answers) {
      return answering.frameworkAnswers(method, controller, framework, answers);
    }

    /** Whether the class with this qualified name was read. */
    public boolean read(String className) {
      return classes.contains(className);
    }

    private ExecutableElement known(ExecutableElement method) {
      if (facts.containsKey(method) || method.getModifiers().contains(javax.lang.model.element.Modifier.ABSTRACT)) {
        // A method read is known by itself; one without a body has none to find by its signature.
        return method;
      }
      if (bySignature == null) {
        bySignature = new HashMap<>();
        facts.keySet().forEach(read -> bySignature.put(Signatures.of(read), read));
      }
      return bySignature.getOrDefault(Signatures.of(method), method);
    }
  }

  private final Engine engine;

  private BodyAnalysis(Engine engine) {
    this.engine = engine;
  }

  /**
   * Registers a listener on the javac task behind {@code env}, unwrapping a build tool's wrapper
   * where it keeps javac's environment in a field named {@code delegate}. Never throws.
   *
   * @param typeRefs the model's type of a type javac knows, for the bodies the documents show
   * @return {@link Started}, or {@link Unavailable} with one reason: the environment is wrapped
   *     beyond recognition, or the compiler is not javac
   */
  public static Start startWith(ProcessingEnvironment env, Function<TypeMirror, TypeRef> typeRefs, Sink sink) {
    try {
      Environments.Unwrapped unwrapped = Environments.unwrap(env);
      if (unwrapped.javac() == null) {
        return new Unavailable("body analysis is unavailable: " + unwrapped.reason());
      }
      return new Started(new BodyAnalysis(Engine.install(unwrapped.javac(), typeRefs, sink)));
    } catch (RuntimeException | LinkageError e) {
      return new Unavailable("body analysis is unavailable: javac's tree API cannot be used here (" + e + ")");
    }
  }

  /** Notes every class of the round, so that calls into them are followed. Call it in every round. */
  public void round(RoundEnvironment round) {
    for (TypeElement type : ElementFilter.typesIn(round.getRootElements())) {
      engine.source(type);
    }
  }

  /**
   * Analyses {@code type}'s endpoints: its trees (and its superclasses') are kept, so that findings
   * print at its code. Call it during the processing rounds. Ignored once the analysis is done.
   */
  public void watch(TypeElement type) {
    engine.watch(type);
  }

  /** The tree API of the compilation, with which {@link Site#print} prints at a site. */
  public com.sun.source.util.Trees trees() {
    return engine.trees();
  }

  /** The qualified names of the watched classes that javac has not analysed yet; empty once done. */
  public Set<String> pending() {
    return engine.pending();
  }

  /** Whether the results have been delivered. */
  public boolean isDone() {
    return engine.isDone();
  }

  /**
   * Delivers the results of what has been analysed so far, if not done already, and returns the
   * qualified names of the watched classes that were not analysed. Javac's COMPILATION event does
   * this by itself; call it only to stop early.
   */
  public List<String> finish() {
    return engine.finish();
  }
}
