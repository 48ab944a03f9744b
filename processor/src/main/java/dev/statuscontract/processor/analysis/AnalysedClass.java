package dev.statuscontract.processor.analysis;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;

/**
 * What the methods of one class may produce, once every watched class has been analysed (or the
 * analysis was {@linkplain BodyAnalysis#finish() finished} early).
 *
 * @param type the class
 * @param methods every method with a body that the class declares (constructors, lambdas and
 *     methods of nested classes excluded), in source order, with what it may produce; a method
 *     that is not an endpoint appears too, and its entry means nothing
 */
public record AnalysedClass(TypeElement type, Map<ExecutableElement, List<Produced>> methods) {

  public AnalysedClass {
    methods = Collections.unmodifiableMap(new LinkedHashMap<>(methods));
  }

  /**
   * What {@code method} may produce; empty when it is not a method of this class with a body. The
   * method is matched by identity, or else by name and erased parameter types, so an element read
   * in an earlier processing round finds its entry too.
   */
  public Optional<List<Produced>> produced(ExecutableElement method) {
    List<Produced> exact = methods.get(method);
    if (exact != null) {
      return Optional.of(exact);
    }
    String signature = Signatures.of(method);
    return methods.entrySet().stream()
        .filter(entry -> Signatures.of(entry.getKey()).equals(signature))
        .map(Map.Entry::getValue)
        .findFirst();
  }

  /** What the method with this simple name may produce; for tests, where names are unique. */
  public Optional<List<Produced>> produced(String methodName) {
    return methods.entrySet().stream()
        .filter(entry -> entry.getKey().getSimpleName().contentEquals(methodName))
        .map(Map.Entry::getValue)
        .findFirst();
  }
}
