package dev.statuscontract.processor.model;

import static java.util.Comparator.comparing;
import static java.util.Comparator.comparingInt;

import java.util.AbstractList;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.RandomAccess;
import java.util.TreeMap;

/**
 * An endpoint's declarations, an immutable list that works out once the responses in effect and
 * the patterns, which every rule asks for: {@link Endpoint} is a record, and keeps them here.
 */
final class Declarations extends AbstractList<DeclaredResponse> implements RandomAccess {

  private final List<DeclaredResponse> all;
  private List<DeclaredResponse> responses;
  private List<DeclaredResponse> patterns;
  private Optional<Source> writtenWith;

  private Declarations(List<DeclaredResponse> all) {
    this.all = List.copyOf(all);
  }

  static Declarations of(List<DeclaredResponse> declarations) {
    return declarations instanceof Declarations known ? known : new Declarations(declarations);
  }

  @Override
  public DeclaredResponse get(int index) {
    return all.get(index);
  }

  @Override
  public int size() {
    return all.size();
  }

  /** See {@link Endpoint#responses}. */
  List<DeclaredResponse> responses() {
    if (responses == null) {
      Map<Object, DeclaredResponse> byCode = new LinkedHashMap<>();
      for (DeclaredResponse declaration : all) {
        if (!declaration.isPattern()) {
          byCode.putIfAbsent(declaration.key(), declaration);
        }
      }
      List<DeclaredResponse> sorted = new ArrayList<>(byCode.values());
      sorted.sort(comparingInt(DeclaredResponse::code));
      responses = List.copyOf(sorted);
    }
    return responses;
  }

  /** See {@link Endpoint#writtenWith}. */
  Optional<Source> writtenWith() {
    if (writtenWith == null) {
      writtenWith =
          all.stream()
              .filter(d -> d.level() != Level.CLASS && !d.isImplicit())
              .map(DeclaredResponse::declaredWith)
              .filter(source -> source != Source.SPRING && !source.isInferred())
              .findFirst();
    }
    return writtenWith;
  }

  /** See {@link Endpoint#patterns}. */
  List<DeclaredResponse> patterns() {
    if (patterns == null) {
      Map<Object, DeclaredResponse> byPattern = new TreeMap<>(comparing(Object::toString));
      for (DeclaredResponse declaration : all) {
        if (declaration.isPattern()) {
          byPattern.putIfAbsent(declaration.key(), declaration);
        }
      }
      patterns = List.copyOf(byPattern.values());
    }
    return patterns;
  }
}
