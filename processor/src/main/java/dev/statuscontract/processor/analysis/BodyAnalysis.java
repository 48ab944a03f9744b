package dev.statuscontract.processor.analysis;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import javax.annotation.processing.Messager;
import javax.annotation.processing.ProcessingEnvironment;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.ElementFilter;
import javax.tools.Diagnostic;

/**
 * What endpoint method bodies produce, read on javac's attributed trees after its ANALYZE phase,
 * as the Checker Framework's {@code AbstractTypeProcessor} does: each status code a method may
 * return or throw (through helpers, exception mappers and advice), with its headers and content.
 *
 * <p>Use: {@link #startWith} (or {@link #start}) in the processor's {@code init}; {@link #watch} each class to analyse
 * and {@link #watchHandlers} in every round; the {@link Sink} receives each class's results once
 * the last watched class has been analysed (or the compilation ends first), then {@link
 * Sink#finished} once. Nothing of this ever throws into javac: a failure inside reaches {@link
 * Sink#internalError}, once.
 */
public final class BodyAnalysis {

  /** What {@link #start} returns: a started analysis, or why there is none. */
  public sealed interface Start permits Started, Unavailable {}

  /** The analysis is listening to javac. */
  public record Started(BodyAnalysis analysis) implements Start {}

  /** There is no analysis; {@code reason} says why in one sentence, {@code body analysis is unavailable: ...}. */
  public record Unavailable(String reason) implements Start {}

  /** Receives the results. Called on javac's thread, while javac still runs. */
  public interface Sink {

    /**
     * The results of one watched class, called for each in the order they were watched, once
     * every watched class (and every mapper and advice class) has been analysed, or when the
     * compilation ends before that.
     */
    void analysed(AnalysedClass analysed);

    /**
     * Called once, after the last {@link #analysed}, with the qualified names of the watched
     * classes that javac never analysed ({@code -proc:only}, errors that stop javac before
     * analysis, classes with no source in this compilation).
     */
    default void finished(List<String> notAnalysed) {}

    /** A failure inside the analysis, reported once; {@code message} starts {@code internal error in body analysis}. */
    default void internalError(String message) {}
  }

  private final Engine engine;

  private BodyAnalysis(Engine engine) {
    this.engine = engine;
  }

  /**
   * Starts an analysis whose internal errors are printed as one warning through the Messager.
   *
   * @see #startWith(ProcessingEnvironment, Sink)
   */
  public static Start start(ProcessingEnvironment env, Consumer<AnalysedClass> sink) {
    Messager messager = env.getMessager();
    return startWith(
        env,
        new Sink() {
          @Override
          public void analysed(AnalysedClass analysed) {
            sink.accept(analysed);
          }

          @Override
          public void internalError(String message) {
            messager.printMessage(Diagnostic.Kind.WARNING, "[status-contract] " + message);
          }
        });
  }

  /**
   * Registers a listener on the javac task behind {@code env}, unwrapping a build tool's wrapper
   * where it keeps javac's environment in a field named {@code delegate}. Never throws.
   *
   * @return {@link Started}, or {@link Unavailable} with one reason: the environment is wrapped
   *     beyond recognition, or the compiler is not javac
   */
  public static Start startWith(ProcessingEnvironment env, Sink sink) {
    try {
      Environments.Unwrapped unwrapped = Environments.unwrap(env);
      if (unwrapped.javac() == null) {
        return new Unavailable("body analysis is unavailable: " + unwrapped.reason());
      }
      return new Started(new BodyAnalysis(Engine.install(unwrapped.javac(), sink)));
    } catch (RuntimeException | LinkageError e) {
      return new Unavailable("body analysis is unavailable: javac's tree API cannot be used here (" + e + ")");
    }
  }

  /**
   * Analyses {@code type}'s methods (its superclasses with source are read too, for their
   * helpers). Call it during the processing rounds; a class without source in this compilation is
   * reported as not analysed. Ignored once the analysis is done.
   */
  public void watch(TypeElement type) {
    engine.watch(type);
  }

  /**
   * Watches every exception handler class among the round's classes (nested ones included): JAX-RS
   * {@code @Provider ExceptionMapper}s and Spring {@code @ControllerAdvice} / {@code
   * @RestControllerAdvice} classes. Call it in every round, so that the statuses they produce are
   * known.
   */
  public void watchHandlers(RoundEnvironment round) {
    Deque<TypeElement> queue = new ArrayDeque<>(ElementFilter.typesIn(round.getRootElements()));
    while (!queue.isEmpty()) {
      TypeElement type = queue.removeFirst();
      if (isExceptionHandlerClass(type)) {
        watch(type);
      }
      for (Element member : type.getEnclosedElements()) {
        if (member instanceof TypeElement nested) {
          queue.addLast(nested);
        }
      }
    }
  }

  /** Whether {@code type} is a JAX-RS exception mapper or Spring controller advice, which {@link #watchHandlers} watches. */
  public static boolean isExceptionHandlerClass(TypeElement type) {
    return Handlers.isHandlerClass(type);
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
