package dev.statuscontract.processor.analysis;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.Elements;

/**
 * Which methods of the compilation may run for a call: the method called, where nothing overrides
 * it; else every implementation of it among the classes read, as a class-hierarchy analysis finds
 * them. The analysis follows a call only where exactly one may run: which of several a program
 * injects is not for it to guess.
 */
final class Implementations {

  private final Elements elements;
  private final Map<String, List<ExecutableElement>> byName = new HashMap<>();
  private final Set<ExecutableElement> read;
  private final Map<ExecutableElement, List<ExecutableElement>> cache = new HashMap<>();

  /** @param read every method whose body was read */
  Implementations(Elements elements, Set<ExecutableElement> read) {
    this.elements = elements;
    this.read = read;
    for (ExecutableElement method : read) {
      byName.computeIfAbsent(key(method), k -> new ArrayList<>()).add(method);
    }
  }

  /**
   * The methods that may run when {@code callee} is called: {@code callee} alone when {@code exact},
   * else it (where it has a body) and the methods of the compilation that override it.
   */
  List<ExecutableElement> of(ExecutableElement callee, boolean exact) {
    if (exact) {
      return read.contains(callee) ? List.of(callee) : List.of();
    }
    return cache.computeIfAbsent(callee, this::implementations);
  }

  private List<ExecutableElement> implementations(ExecutableElement callee) {
    List<ExecutableElement> found = new ArrayList<>();
    if (read.contains(callee) && !callee.getModifiers().contains(Modifier.ABSTRACT)) {
      found.add(callee);
    }
    for (ExecutableElement candidate : byName.getOrDefault(key(callee), List.of())) {
      if (candidate.equals(callee)
          || candidate.getModifiers().contains(Modifier.ABSTRACT)
          || !(candidate.getEnclosingElement() instanceof TypeElement type)) {
        continue;
      }
      if (elements.overrides(candidate, callee, type)) {
        found.add(candidate);
      }
    }
    return found;
  }

  private static String key(ExecutableElement method) {
    return method.getSimpleName() + "/" + method.getParameters().size();
  }
}
