package dev.statuscontract.benchmark.noop;

import java.util.Set;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.RoundEnvironment;
import javax.annotation.processing.SupportedAnnotationTypes;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.TypeElement;

/**
 * The floor for any processor: it asks for every class, as status-contract does, and does nothing
 * with them. What javac spends on it (starting annotation processing, entering every class, the
 * final round) is what any {@code *} processor costs before it does any work.
 *
 * <p>The benchmark runner compiles this file into a directory of its own; Maven does not compile
 * it.
 */
@SupportedAnnotationTypes("*")
public final class NoOpProcessor extends AbstractProcessor {

  @Override
  public SourceVersion getSupportedSourceVersion() {
    return SourceVersion.latestSupported();
  }

  @Override
  public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
    return false;
  }
}
