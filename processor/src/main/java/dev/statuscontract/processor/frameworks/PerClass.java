package dev.statuscontract.processor.frameworks;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import javax.lang.model.element.TypeElement;

/**
 * What an adapter reads of a class for each of its methods (its path, its media types), read once:
 * the scanner asks about the methods of one class together, with the same supertypes. Holds the
 * last class only.
 */
public final class PerClass {

  private TypeElement type;
  private List<TypeElement> supertypes;
  private final Map<String, Object> values = new HashMap<>();

  /** The value of {@code key} for {@code type}, which {@code read} reads the first time; never null. */
  @SuppressWarnings("unchecked")
  public <T> T get(TypeElement type, List<TypeElement> supertypes, String key, Supplier<T> read) {
    if (type != this.type || supertypes != this.supertypes) {
      this.type = type;
      this.supertypes = supertypes;
      values.clear();
    }
    return (T) values.computeIfAbsent(key, k -> read.get());
  }
}
