package dev.statuscontract.processor.analysis;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;

/**
 * Turns the {@link Facts} of every analysed method into what each method may produce: fills in
 * the results of helper methods (two calls deep, not three), collects the exceptions thrown on the
 * way (by {@code throw}, by helpers, by the {@code throws} clause of any method called) unless a
 * {@code catch} around them catches them, and maps each exception through the most specific
 * mapper or handler, or else through the framework's own status for it.
 */
final class Resolver {

  /** How many calls deep helpers are followed: a helper and its helper. */
  static final int MAX_CALL_DEPTH = 2;

  private final Map<ExecutableElement, Facts> facts;
  private final List<Idioms> idioms;
  private final Handlers handlers;
  private final Map<String, Resolved> memo = new HashMap<>();

  private record Resolved(List<Value> returns, List<Facts.Thrown> thrown) {}

  Resolver(Map<ExecutableElement, Facts> facts, List<Idioms> idioms, Handlers handlers) {
    this.facts = facts;
    this.idioms = idioms;
    this.handlers = handlers;
  }

  /** What {@code method}, declared in {@code type}, may produce. */
  List<Produced> produce(ExecutableElement method, TypeElement type) {
    Facts own = facts.get(method);
    if (own == null) {
      return List.of();
    }
    Frameworks.Defaults defaults = Frameworks.Defaults.of(method, handlers.frameworksOf(type));
    Resolved resolved = resolve(own, 0);
    Set<Produced> out = new LinkedHashSet<>();
    for (Value value : resolved.returns()) {
      Value plain = value.deferred() == null ? value : value.unresolved("the response of an exception passed in");
      out.add(produced(plain, defaults, plain.site(), plain.calls(), Optional.empty(), Optional.empty()));
    }
    if (own.completesNormally()) {
      Value none = Value.nullValue(own.site());
      out.add(produced(none, defaults, own.site(), List.of(), Optional.empty(), Optional.empty()));
    }
    for (Facts.Thrown thrown : resolved.thrown()) {
      out.addAll(mapped(thrown, type));
    }
    return List.copyOf(out);
  }

  private List<Produced> mapped(Facts.Thrown thrown, TypeElement controller) {
    Optional<String> exception = Optional.of(ByName.name(thrown.type()));
    List<Produced> out = new ArrayList<>();
    List<Handlers.Handler> found = handlers.find(thrown.type(), controller);
    for (Handlers.Handler handler : found) {
      Facts handlerFacts = facts.get(handler.method());
      Frameworks.Defaults defaults =
          Frameworks.Defaults.of(handler.method(), handlers.frameworksOf((TypeElement) handler.method().getEnclosingElement()));
      if (handlerFacts == null) {
        Value unknown = Value.unknownResponse("the handler " + handler.name() + ", whose body was not analysed", thrown.site());
        out.add(produced(unknown, defaults, thrown.site(), thrown.calls(), exception, Optional.of(handler)));
        continue;
      }
      Resolved resolved = resolve(handlerFacts, 0);
      List<Value> values = new ArrayList<>();
      for (Value value : resolved.returns()) {
        if (value.deferred() instanceof Value.ExceptionOwn) {
          if (thrown.framework().isEmpty()) {
            values.add(value.unresolved("the response of a " + thrown.type().getSimpleName() + ", which has none of its own"));
          } else {
            thrown.framework().forEach(own -> values.add(value.fill(own, null)));
          }
        } else {
          values.add(value);
        }
      }
      if (handlerFacts.completesNormally()) {
        values.add(Value.nullValue(handlerFacts.site()));
      }
      for (Value value : values) {
        out.add(produced(value, defaults, thrown.site(), thrown.calls(), exception, Optional.of(handler)));
      }
    }
    if (found.isEmpty()) {
      for (Value value : thrown.framework()) {
        List<String> calls = new ArrayList<>(thrown.calls());
        calls.addAll(value.calls());
        out.add(produced(value.asResponse(), null, thrown.site(), calls, exception, Optional.empty()));
      }
    }
    return out;
  }

  private static Produced produced(
      Value value,
      Frameworks.Defaults defaults,
      Site site,
      List<String> calls,
      Optional<String> exception,
      Optional<Handlers.Handler> handler) {
    Value plain = value.deferred() == null ? value : value.unresolved("a response that cannot be followed");
    Status status;
    boolean body;
    java.util.Set<String> headers = plain.headers();
    switch (plain.kind()) {
      case RESPONSE -> {
        status = plain.status() != null ? plain.status() : Status.unknown("a response without a visible status");
        body = plain.hasBody();
      }
      case NULL -> {
        status = defaults == null ? Status.unknown("no response") : defaults.empty();
        body = false;
        headers = Set.of();
      }
      default -> {
        status = defaults == null ? Status.unknown("no response") : defaults.entity();
        body = true;
        headers = Set.of();
      }
    }
    return new Produced(
        status,
        headers,
        body,
        body ? Optional.ofNullable(plain.content()) : Optional.empty(),
        site,
        plain.origin(),
        calls,
        exception,
        handler.map(Handlers.Handler::name),
        handler.map(Handlers.Handler::method));
  }

  /** The returns and exceptions of {@code method}, with helpers filled in from {@code depth} on. */
  private Resolved resolve(Facts method, int depth) {
    String key = Signatures.of(method.method()) + "@" + depth;
    Resolved cached = memo.get(key);
    if (cached != null) {
      return cached;
    }
    // A method that (indirectly) calls itself sees no results of its own while it is resolved.
    memo.put(key, new Resolved(List.of(), List.of()));
    List<Value> returns = new ArrayList<>();
    for (Value value : method.returns()) {
      returns.addAll(fill(value, depth));
    }
    List<Facts.Thrown> thrown = new ArrayList<>();
    for (Facts.Thrown own : method.thrown()) {
      if (!isCaught(own.type(), own.caught())) {
        thrown.add(new Facts.Thrown(own.type(), fillAll(own.framework(), depth), own.site(), List.of(), own.calls()));
      }
    }
    for (Facts.CallSite call : method.calls()) {
      List<Facts.Thrown> inner = new ArrayList<>();
      Facts callee = call.followable() && depth < MAX_CALL_DEPTH ? facts.get(call.callee()) : null;
      if (callee != null) {
        inner.addAll(resolve(callee, depth + 1).thrown());
      }
      for (TypeElement declared : call.declaredThrown()) {
        if (inner.stream().noneMatch(t -> t.type().equals(declared))) {
          inner.add(new Facts.Thrown(declared, frameworkValues(declared, call.site()), call.site(), List.of(), List.of()));
        }
      }
      for (Facts.Thrown thrownInside : inner) {
        if (!isCaught(thrownInside.type(), call.caught())) {
          List<String> calls = new ArrayList<>();
          calls.add(call.name());
          calls.addAll(thrownInside.calls());
          thrown.add(new Facts.Thrown(thrownInside.type(), thrownInside.framework(), call.site(), List.of(), calls));
        }
      }
    }
    Resolved resolved = new Resolved(List.copyOf(returns), List.copyOf(thrown));
    memo.put(key, resolved);
    return resolved;
  }

  private List<Value> fillAll(List<Value> values, int depth) {
    List<Value> out = new ArrayList<>();
    values.forEach(value -> out.addAll(fill(value, depth)));
    return out;
  }

  /** {@code value} with the results of the helper it waits for, if it waits for one. */
  private List<Value> fill(Value value, int depth) {
    if (!(value.deferred() instanceof Value.Call call)) {
      return List.of(value);
    }
    if (depth >= MAX_CALL_DEPTH) {
      return List.of(value.unresolved("the result of " + call.name() + ", more than " + MAX_CALL_DEPTH + " calls deep"));
    }
    Facts callee = facts.get(call.callee());
    if (callee == null) {
      return List.of(value.unresolved("the result of " + call.name() + ", whose body was not analysed"));
    }
    List<Value> out = new ArrayList<>();
    for (Value inner : resolve(callee, depth + 1).returns()) {
      out.add(value.fill(inner, call.name()));
    }
    return out;
  }

  private List<Value> frameworkValues(TypeElement exception, Site site) {
    for (Idioms framework : idioms) {
      Optional<List<Value>> values = framework.exception(exception, null, site);
      if (values.isPresent()) {
        return values.get();
      }
    }
    return List.of();
  }

  private static boolean isCaught(TypeElement exception, List<TypeElement> caught) {
    if (caught.isEmpty()) {
      return false;
    }
    Set<String> names = new java.util.HashSet<>();
    caught.forEach(type -> names.add(ByName.name(type)));
    return ByName.superclasses(exception).stream().anyMatch(type -> names.contains(ByName.name(type)));
  }
}
