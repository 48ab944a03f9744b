package dev.statuscontract.processor.analysis;

import dev.statuscontract.processor.lang.ByName;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;

/**
 * Fills in what the {@link Reader} left deferred, once every class of the compilation has been
 * read: the results and exceptions of the methods a body calls (their own bodies, or their
 * overrides' where one implementation runs), the arguments bound to their parameters, the
 * functions they invoke. Each method is summed up once per depth, with its own parameters left
 * open, and bound at each call: the cost grows with the code, not with the paths through it.
 * Calls are followed {@value #MAX_CALL_DEPTH} deep.
 */
final class Resolver {

  /** How many calls deep methods are followed. */
  static final int MAX_CALL_DEPTH = 6;

  /** What a method returns and throws, with its own parameters left open. */
  record Resolved(List<Facts.Guarded> returns, List<Facts.Thrown> thrown) {}

  private final Map<ExecutableElement, Facts> facts;
  private final Implementations implementations;
  private final Kinds kinds;
  private final Map<Facts, Resolved[]> memo = new IdentityHashMap<>();

  Resolver(Map<ExecutableElement, Facts> facts, Implementations implementations, Kinds kinds) {
    this.facts = facts;
    this.implementations = implementations;
    this.kinds = kinds;
  }

  Kinds kinds() {
    return kinds;
  }

  /** The facts of {@code method}, where its body was read. */
  Facts facts(ExecutableElement method) {
    return facts.get(method);
  }

  /** The returns and exceptions of {@code method}, with what it calls filled in from {@code depth} on. */
  Resolved resolve(Facts method, int depth) {
    Resolved[] byDepth = memo.computeIfAbsent(method, m -> new Resolved[MAX_CALL_DEPTH + 1]);
    int level = Math.min(depth, MAX_CALL_DEPTH);
    if (byDepth[level] != null) {
      return byDepth[level];
    }
    // A method that (indirectly) calls itself sees no results of its own while it is resolved.
    byDepth[level] = new Resolved(List.of(), List.of());
    List<Facts.Guarded> returns = new ArrayList<>();
    for (Facts.Guarded returned : method.returns()) {
      for (Value value : fill(returned.value(), level)) {
        returns.add(new Facts.Guarded(value, returned.guard()));
      }
    }
    List<Facts.Thrown> thrown = new ArrayList<>();
    for (Facts.Thrown own : method.thrown()) {
      for (Facts.Thrown made : made(own, level)) {
        if (!isCaught(made.type(), made.caught())) {
          thrown.add(made);
        }
      }
    }
    for (Facts.CallSite call : method.calls()) {
      List<Facts.Thrown> inner = new ArrayList<>();
      if (call.invoked() != null) {
        inner.addAll(thrownByInvoking(call.invoked(), level));
      } else if (level < MAX_CALL_DEPTH) {
        List<ExecutableElement> targets = implementations.of(call.callee(), call.exact());
        if (targets.size() == 1 && facts.get(targets.get(0)) != null) {
          Facts callee = facts.get(targets.get(0));
          Map<Element, List<Value>> env = bind(callee.parameters(), call.arguments());
          for (Facts.Thrown thrownInside : resolve(callee, level + 1).thrown()) {
            inner.addAll(expand(thrownInside, env, level));
          }
        }
      }
      for (TypeElement declared : call.declaredThrown()) {
        if (inner.stream().noneMatch(t -> t.type() != null && t.type().equals(declared))) {
          inner.add(new Facts.Thrown(declared, false, null, call.site(), List.of(), List.of(), Guard.NONE, null));
        }
      }
      for (Value callback : call.callbacks()) {
        inner.addAll(thrownByInvoking(callback, level));
      }
      for (Facts.Thrown thrownInside : inner) {
        if (thrownInside.invoked() != null) {
          // Still open: what invoking the method's own function parameter throws.
          List<TypeElement> caught = new ArrayList<>(thrownInside.caught());
          caught.addAll(call.caught());
          thrown.add(
              new Facts.Thrown(null, false, null, call.site(), caught, withCall(call, thrownInside), call.guard(),
                  thrownInside.invoked()));
        } else if (!isCaught(thrownInside.type(), call.caught())) {
          Facts.Thrown at = thrownInside.at(call.site(), call.name().isEmpty() ? List.of() : List.of(call.name()), List.of());
          thrown.add(at.through(at.site(), at.calls(), List.of(), call.guard()));
        }
      }
    }
    Resolved resolved = new Resolved(List.copyOf(returns), List.copyOf(thrown));
    byDepth[level] = resolved;
    return resolved;
  }

  /**
   * {@code thrown}, where the code throws what a method returns, as the exception objects that
   * method makes: their classes and constructions, thrown at {@code thrown}'s site.
   */
  private List<Facts.Thrown> made(Facts.Thrown thrown, int depth) {
    if (thrown.made() == null) {
      return List.of(thrown);
    }
    List<Facts.Thrown> out = new ArrayList<>();
    for (Value value : fill(thrown.made(), depth)) {
      if (value.kind() == Value.Kind.EXCEPTION && value.exception() != null) {
        // Named by the factory the code calls; what that factory calls to build it is its own.
        Facts.Thrown made = value.exception();
        List<String> factory = value.calls().isEmpty() ? List.of() : List.of(value.calls().get(0));
        out.add(
            new Facts.Thrown(
                made.type(), made.exact(), made.construction(), thrown.site(), thrown.caught(), factory, thrown.guard(),
                null, null, thrown.rethrown()));
      }
    }
    if (out.isEmpty()) {
      out.add(
          new Facts.Thrown(
              thrown.type(), false, null, thrown.site(), thrown.caught(), thrown.calls(), thrown.guard(), null, null,
              thrown.rethrown()));
    }
    return out;
  }

  private static List<String> withCall(Facts.CallSite call, Facts.Thrown inner) {
    List<String> calls = new ArrayList<>();
    if (call.invoked() == null && !call.name().isEmpty()) {
      calls.add(call.name());
    }
    calls.addAll(inner.calls());
    return calls;
  }

  /** {@code value} with what it waits for filled in, where that can be known now. */
  List<Value> fill(Value value, int depth) {
    if (value.deferred() instanceof Value.Call call) {
      if (depth >= MAX_CALL_DEPTH) {
        return List.of(value.unresolved("the result of " + call.name() + ", more than " + MAX_CALL_DEPTH + " calls deep"));
      }
      List<ExecutableElement> targets = implementations.of(call.callee(), call.exact());
      if (targets.size() != 1 || facts.get(targets.get(0)) == null) {
        return List.of(
            value.unresolved(
                targets.size() > 1
                    ? "the result of " + call.name() + ", which " + targets.size() + " classes implement"
                    : "the result of " + call.name() + ", whose body was not read"));
      }
      Facts callee = facts.get(targets.get(0));
      Map<Element, List<Value>> env = bind(callee.parameters(), filled(call.arguments(), depth));
      List<Value> out = new ArrayList<>();
      for (Facts.Guarded inner : resolve(callee, depth + 1).returns()) {
        for (Value bound : substitute(inner.value(), env, depth)) {
          out.add(value.fill(bound, call.name()));
        }
      }
      if (callee.completesNormally()) {
        out.add(value.fill(Value.nullValue(value.site()), call.name()));
      }
      return out;
    }
    if (value.deferred() instanceof Value.Invoke invoke && invoke.function().kind() == Value.Kind.FUNCTION) {
      List<Value> out = new ArrayList<>();
      for (Value result : invoke(invoke.function(), invoke.arguments(), depth, value.site())) {
        out.add(value.fill(result, null));
      }
      return out;
    }
    return List.of(value);
  }

  /**
   * {@code value} with the parameters of {@code env} bound to their arguments' values, and what
   * that makes known filled in.
   */
  List<Value> substitute(Value value, Map<Element, List<Value>> env, int depth) {
    if (env.isEmpty()) {
      return List.of(value);
    }
    if (value.deferred() instanceof Value.Var var) {
      List<Value> bound = env.get(var.variable());
      if (bound == null) {
        return List.of(value);
      }
      if (bound.isEmpty()) {
        return List.of(value.unresolved("the argument for " + var.name() + ", which the code does not show"));
      }
      List<Value> out = new ArrayList<>();
      for (Value argument : bound) {
        out.add(value.fill(argument, null));
      }
      return out;
    }
    if (value.deferred() instanceof Value.Invoke invoke) {
      List<List<Value>> arguments = new ArrayList<>();
      for (List<Value> argument : invoke.arguments()) {
        List<Value> substituted = new ArrayList<>();
        argument.forEach(a -> substituted.addAll(substitute(a, env, depth)));
        arguments.add(substituted);
      }
      List<Value> out = new ArrayList<>();
      for (Value function : substitute(invoke.function(), env, depth)) {
        if (function.kind() == Value.Kind.FUNCTION) {
          for (Value result : invoke(function, arguments, depth, value.site())) {
            out.add(value.fill(result, null));
          }
        } else if (function.deferred() instanceof Value.Var) {
          out.add(Value.invoke(function, arguments, value.site()));
        } else {
          out.add(value.unresolved("the result of a function the code does not show"));
        }
      }
      return out;
    }
    if (value.kind() == Value.Kind.EXCEPTION && value.exception() != null && value.exception().construction() != null) {
      Facts.Construction construction = value.exception().construction();
      List<List<Value>> arguments = new ArrayList<>();
      for (List<Value> argument : construction.arguments()) {
        List<Value> bound = new ArrayList<>();
        argument.forEach(a -> bound.addAll(substitute(a, env, depth)));
        arguments.add(bound);
      }
      Facts.Thrown exception =
          value.exception().with(new Facts.Construction(construction.owner(), construction.parameters(), arguments));
      return List.of(
          new Value(
              value.kind(), value.status(), value.headers(), value.body(), value.content(), null, value.site(), value.origin(),
              value.calls(), null, null, exception));
    }
    if (value.kind() == Value.Kind.FUNCTION && value.function() != null) {
      return List.of(Value.function(closure(value.function(), env), value.site()));
    }
    if (value.kind() == Value.Kind.ASYNC && value.async() != null) {
      return List.of(Value.async(Pipelines.substitute(value.async(), env, this, depth), value.site()));
    }
    return List.of(value);
  }

  /** {@code function} with the bindings of {@code env} added to what it closes over. */
  private static Value.Fn closure(Value.Fn function, Map<Element, List<Value>> env) {
    Map<Element, List<Value>> closed = new HashMap<>(function.closure());
    env.forEach(closed::putIfAbsent);
    return new Value.Fn(function.parameters(), function.body(), function.reference(), function.referenceKind(), closed);
  }

  /** What invoking {@code function} with {@code arguments} returns. */
  List<Value> invoke(Value function, List<List<Value>> arguments, int depth, Site site) {
    Value.Fn fn = function.function();
    if (fn == null) {
      return List.of(Value.unknownResponse("the result of a function the code does not show", site));
    }
    if (fn.body() != null) {
      Map<Element, List<Value>> env = new HashMap<>(fn.closure());
      env.putAll(bind(fn.parameters(), arguments));
      List<Value> out = new ArrayList<>();
      for (Facts.Guarded returned : resolve(fn.body(), depth).returns()) {
        out.addAll(substitute(returned.value(), env, depth));
      }
      if (fn.body().completesNormally()) {
        out.add(Value.nullValue(fn.body().site()));
      }
      return out;
    }
    return References.invoke(fn, arguments, this, depth, site);
  }

  /** What invoking {@code function} throws: a lambda's exceptions, or a parameter's, still open. */
  List<Facts.Thrown> thrownByInvoking(Value function, int depth) {
    if (function.deferred() instanceof Value.Var) {
      return List.of(new Facts.Thrown(null, false, null, function.site(), List.of(), List.of(), Guard.NONE, function));
    }
    if (function.kind() != Value.Kind.FUNCTION || function.function() == null) {
      return List.of();
    }
    Value.Fn fn = function.function();
    if (fn.body() != null) {
      List<Facts.Thrown> out = new ArrayList<>();
      for (Facts.Thrown thrown : resolve(fn.body(), depth).thrown()) {
        out.addAll(expand(thrown, fn.closure(), depth));
      }
      return out;
    }
    if (fn.reference() != null && depth < MAX_CALL_DEPTH) {
      List<ExecutableElement> targets = implementations.of(fn.reference(), !fn.referenceKind().equals("UNBOUND"));
      if (targets.size() == 1 && facts.get(targets.get(0)) != null) {
        return resolve(facts.get(targets.get(0)), depth + 1).thrown().stream()
            .filter(t -> t.invoked() == null)
            .map(t -> t.at(function.site(), List.of(fn.reference().getSimpleName() + "()"), List.of()))
            .toList();
      }
    }
    return List.of();
  }

  /** {@code thrown}, where it stands for what invoking a parameter throws, expanded with the parameter's argument. */
  private List<Facts.Thrown> expand(Facts.Thrown thrown, Map<Element, List<Value>> env, int depth) {
    if (thrown.invoked() == null) {
      return List.of(thrown);
    }
    if (!(thrown.invoked().deferred() instanceof Value.Var var) || !env.containsKey(var.variable())) {
      return List.of(thrown);
    }
    List<Facts.Thrown> out = new ArrayList<>();
    for (Value function : env.get(var.variable())) {
      for (Facts.Thrown inner : thrownByInvoking(function, depth)) {
        if (inner.invoked() != null) {
          List<TypeElement> caught = new ArrayList<>(inner.caught());
          caught.addAll(thrown.caught());
          out.add(new Facts.Thrown(null, false, null, thrown.site(), caught, thrown.calls(), thrown.guard(), inner.invoked()));
        } else if (!isCaught(inner.type(), thrown.caught())) {
          Facts.Thrown at = inner.at(thrown.site(), thrown.calls(), List.of());
          out.add(at.through(at.site(), at.calls(), List.of(), thrown.guard()));
        }
      }
    }
    return out;
  }

  /** The arguments' values with what they wait for filled in, where that can be known now. */
  List<List<Value>> filled(List<List<Value>> arguments, int depth) {
    List<List<Value>> out = new ArrayList<>();
    for (List<Value> argument : arguments) {
      List<Value> values = new ArrayList<>();
      argument.forEach(value -> values.addAll(fill(value, depth)));
      out.add(values);
    }
    return out;
  }

  /** The parameters bound to the values of the arguments (the last parameter to the rest, for varargs). */
  static Map<Element, List<Value>> bind(List<Element> parameters, List<List<Value>> arguments) {
    Map<Element, List<Value>> env = new HashMap<>();
    for (int i = 0; i < parameters.size() && i < arguments.size(); i++) {
      env.put(parameters.get(i), arguments.get(i));
    }
    return env;
  }

  static boolean isCaught(TypeElement exception, List<TypeElement> caught) {
    if (caught.isEmpty() || exception == null) {
      return false;
    }
    Set<String> names = new java.util.HashSet<>();
    caught.forEach(type -> names.add(ByName.name(type)));
    return ByName.superclasses(exception).stream().anyMatch(type -> names.contains(ByName.name(type)));
  }
}
