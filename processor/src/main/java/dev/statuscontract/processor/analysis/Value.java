package dev.statuscontract.processor.analysis;

import dev.statuscontract.processor.frameworks.AsyncOp;
import dev.statuscontract.processor.model.Status;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.TypeMirror;

/**
 * One way an expression may evaluate, as far as responses go: a response (or a builder of one), a
 * status, a set of headers, an entity, {@code null}, an asynchronous pipeline, a function; or a
 * value that only something read later can tell ({@link Deferred}: a method of another class, a
 * parameter bound at the call, a function invoked), with what the code adds on top. Immutable.
 *
 * @param kind what the value is; {@link Kind#INHERIT} for what a deferred value stands for, as is
 * @param status the status of a response or status value; {@code null} where a deferred value
 *     decides it
 * @param headers headers set, case-insensitive
 * @param body whether content is set; {@code null} where a deferred value decides it
 * @param content the static type of the content where the code shows it ({@code x} in {@code
 *     entity(x)}), or {@code null}
 * @param deferred what this value waits for, or {@code null}
 * @param site where the analysed method produces it
 * @param origin where the status was decided
 * @param calls the methods it came through, outermost first
 * @param async the pipeline, for {@link Kind#ASYNC}
 * @param function the function, for {@link Kind#FUNCTION}
 * @param exception the exception object, for {@link Kind#EXCEPTION}: its class and what it was
 *     constructed with
 */
record Value(
    Kind kind,
    Status status,
    Set<String> headers,
    Boolean body,
    TypeMirror content,
    Deferred deferred,
    Site site,
    Site origin,
    List<String> calls,
    Async async,
    Fn function,
    Facts.Thrown exception) {

  enum Kind {
    RESPONSE,
    STATUS,
    HEADERS,
    ENTITY,
    NULL,
    ASYNC,
    FUNCTION,
    EXCEPTION,
    INHERIT
  }

  /** What a deferred value waits for. */
  sealed interface Deferred permits Call, Var, Invoke, ExceptionOwn {}

  /**
   * The result of a method of the compilation, read once every class has been.
   *
   * @param fallback what the value is if the method cannot be followed, from its static type
   * @param arguments the values of the arguments whose parameters may matter to the result
   *     (statuses, responses, functions, pipelines); an empty list for the others
   * @param exact whether the method called is the one that runs (static, private, final, {@code
   *     super.m()}); else one of its overrides in the compilation may run instead
   */
  record Call(ExecutableElement callee, String name, Kind fallback, List<List<Value>> arguments, boolean exact)
      implements Deferred {}

  /** A parameter of the method or lambda being read, bound to the argument's values at the call. */
  record Var(Element variable, String name, Kind fallback) implements Deferred {}

  /** What invoking {@code function} (a parameter, or a function value) with {@code arguments} returns. */
  record Invoke(Value function, List<List<Value>> arguments) implements Deferred {}

  /** {@code exception.getResponse()} in a mapper: the mapped exception's own response. */
  record ExceptionOwn() implements Deferred {}

  /**
   * An asynchronous pipeline as the code assembles it: where its items come from, and the steps
   * applied to them, in order. What it emits is worked out once every class has been read.
   *
   * @param type the qualified name of the pipeline's type ({@code reactor.core.publisher.Mono})
   * @param source where the items come from
   * @param steps the operators applied, in order
   * @param site where the pipeline is assembled, for the answers it makes by completing empty
   */
  record Async(String type, Source source, List<Step> steps, Site site) {
    Async {
      steps = List.copyOf(steps);
    }

    Async with(Step step) {
      List<Step> all = new ArrayList<>(steps);
      all.add(step);
      return new Async(type, source, all, site);
    }
  }

  /** Where a pipeline's items come from. */
  sealed interface Source
      permits Items, Empty, Failure, Unknown, From, Supplied, Deferring, Settable, Nothing {}

  /** Emits each of {@code items} (one per way the code may go); {@code orEmpty}: or completes empty. */
  record Items(List<Value> items, boolean orEmpty) implements Source {}

  /** Completes without an item. */
  record Empty() implements Source {}

  /** Fails with one of {@code errors}. */
  record Failure(List<Facts.Thrown> errors) implements Source {}

  /**
   * Comes from code the analysis does not read: emits {@code item} (typed by the pipeline's static
   * item type), or, where that type is {@code Void}, nothing but its completion.
   */
  record Unknown(Value item, boolean voidItem) implements Source {}

  /** Is one of {@code values}, other pipelines (or methods of the compilation that return one). */
  record From(List<Value> values) implements Source {}

  /** Emits what {@code function} returns. */
  record Supplied(Value function) implements Source {}

  /** Is the pipeline {@code function} returns. */
  record Deferring(Value function) implements Source {}

  /** Emits what calls on it complete it with ({@code setResult}, {@code complete}), or fails with what they fail it with. */
  record Settable(List<Value> results, List<Facts.Thrown> errors, boolean escapes) implements Source {}

  /** Has no items yet: a factory such as {@code Uni.createFrom()}, before its source is chosen. */
  record Nothing() implements Source {}

  /**
   * One operator of a pipeline, with its arguments as read.
   *
   * @param op what it does
   * @param values the values of its value argument (or the pipelines of a pipeline argument)
   * @param function its function argument, or {@code null}
   * @param errors the exceptions of its exception argument ({@code Mono.error(e)}, {@code failWith(e)}),
   *     or that its function returns ({@code onErrorMap})
   * @param filter the class its failures are restricted to, or {@code null} for all
   * @param unknownFilter whether it is restricted to failures the code does not show (a predicate)
   * @param item what an item of the result is, typed by its static type, for the steps that make it
   *     unknown; {@code null} where the item type is {@code Void}
   * @param site where it is called
   */
  record Step(
      AsyncOp op,
      List<Value> values,
      Value function,
      List<Facts.Thrown> errors,
      TypeElement filter,
      boolean unknownFilter,
      Value item,
      Site site) {}

  /**
   * A function: a lambda, with its parameters and what its body does, or a method reference.
   *
   * @param parameters the lambda's parameters, bound to the arguments when it is invoked
   * @param body what the lambda's body returns, throws and calls; {@code null} for a reference
   * @param reference the method a reference names; {@code null} for a lambda
   * @param referenceKind how the reference invokes it: {@code STATIC}, {@code BOUND} (a receiver
   *     given, {@code this::m}), {@code UNBOUND} (the first argument is the receiver), {@code NEW}
   * @param closure the values of the parameters of enclosing methods that it refers to, where a
   *     call bound them
   */
  record Fn(
      List<Element> parameters,
      Facts body,
      ExecutableElement reference,
      String referenceKind,
      java.util.Map<Element, List<Value>> closure) {

    Fn {
      closure = java.util.Map.copyOf(closure);
    }
  }

  /** A value that is no exception object. */
  Value(
      Kind kind,
      Status status,
      Set<String> headers,
      Boolean body,
      TypeMirror content,
      Deferred deferred,
      Site site,
      Site origin,
      List<String> calls,
      Async async,
      Fn function) {
    this(kind, status, headers, body, content, deferred, site, origin, calls, async, function, null);
  }

  Value {
    TreeSet<String> sorted = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
    sorted.addAll(headers);
    headers = Collections.unmodifiableSet(sorted);
    calls = List.copyOf(calls);
  }

  static Value response(Status status, Set<String> headers, boolean body, Site site) {
    return response(status, headers, body, null, site);
  }

  /** A response whose content, where set, has the static type {@code content}. */
  static Value response(Status status, Set<String> headers, boolean body, TypeMirror content, Site site) {
    return new Value(Kind.RESPONSE, status, headers, body, body ? content : null, null, site, site, List.of(), null, null);
  }

  static Value status(Status status, Site site) {
    return new Value(Kind.STATUS, status, Set.of(), false, null, null, site, site, List.of(), null, null);
  }

  static Value headers(Set<String> headers, Site site) {
    return new Value(Kind.HEADERS, null, headers, false, null, null, site, site, List.of(), null, null);
  }

  static Value entity(Site site) {
    return entity(null, site);
  }

  /** An entity whose static type is {@code type}, where known. */
  static Value entity(TypeMirror type, Site site) {
    return new Value(Kind.ENTITY, null, Set.of(), true, type, null, site, site, List.of(), null, null);
  }

  static Value nullValue(Site site) {
    return new Value(Kind.NULL, null, Set.of(), false, null, null, site, site, List.of(), null, null);
  }

  static Value call(ExecutableElement callee, String name, Kind fallback, List<List<Value>> arguments, boolean exact, Site site) {
    return deferred(new Call(callee, name, fallback, arguments, exact), site);
  }

  static Value var(Element variable, Kind fallback, Site site) {
    return deferred(new Var(variable, variable.getSimpleName().toString(), fallback), site);
  }

  static Value invoke(Value function, List<List<Value>> arguments, Site site) {
    return deferred(new Invoke(function, arguments), site);
  }

  static Value exceptionOwn(Site site) {
    return new Value(Kind.RESPONSE, null, Set.of(), null, null, new ExceptionOwn(), site, site, List.of(), null, null);
  }

  private static Value deferred(Deferred deferred, Site site) {
    return new Value(Kind.INHERIT, null, Set.of(), null, null, deferred, site, site, List.of(), null, null);
  }

  static Value async(Async async, Site site) {
    return new Value(Kind.ASYNC, null, Set.of(), null, null, null, site, site, List.of(), async, null);
  }

  /** An exception object, made at {@code thrown}'s site. */
  static Value exception(Facts.Thrown thrown) {
    return new Value(Kind.EXCEPTION, null, Set.of(), false, null, null, thrown.site(), thrown.site(), List.of(), null, null, thrown);
  }

  static Value function(Fn function, Site site) {
    return new Value(Kind.FUNCTION, null, Set.of(), false, null, null, site, site, List.of(), null, function);
  }

  /** A response whose status the code does not show. */
  static Value unknownResponse(String because, Site site) {
    return response(Status.unknown(because), Set.of(), false, site);
  }

  /** This value as a response with {@code status}, decided at {@code where}: {@code builder.status(404)}. */
  Value withStatus(Status newStatus, Site where) {
    return new Value(
        kind == Kind.INHERIT ? Kind.RESPONSE : kind, newStatus, headers, body, content, deferred, site, where, calls, async, function);
  }

  /** This value with {@code more} headers. */
  Value withHeaders(Set<String> more) {
    if (more.isEmpty()) {
      return this;
    }
    List<String> all = new ArrayList<>(headers);
    all.addAll(more);
    return new Value(
        kind == Kind.INHERIT ? Kind.RESPONSE : kind, status, Set.copyOf(all), body, content, deferred, site, origin, calls, async,
        function);
  }

  /** This value with content of the static type {@code type} set (unknown for {@code null}), or cleared. */
  Value withBody(boolean hasBody, TypeMirror type) {
    return new Value(
        kind == Kind.INHERIT ? Kind.RESPONSE : kind, status, headers, hasBody, hasBody ? type : null, deferred, site, origin, calls,
        async, function);
  }

  /** This value as a response produced at {@code where} ({@code Response.fromResponse(r)}). */
  Value asResponse() {
    return kind == Kind.RESPONSE
        ? this
        : new Value(Kind.RESPONSE, status, headers, body, content, deferred, site, origin, calls, async, function);
  }

  /** This value as produced at {@code where}, with {@code outer} helpers before its own. */
  Value at(Site where, List<String> outer) {
    List<String> all = new ArrayList<>(outer);
    all.addAll(calls);
    return new Value(kind, status, headers, body, content, deferred, where, origin, all, async, function);
  }

  /** This value with {@code name} as the outermost helper it came through. */
  Value through(String name) {
    List<String> all = new ArrayList<>();
    all.add(name);
    all.addAll(calls);
    return new Value(kind, status, headers, body, content, deferred, site, origin, all, async, function);
  }

  /** Whether content is set, where known. */
  boolean hasBody() {
    return Boolean.TRUE.equals(body);
  }

  /**
   * This deferred value with {@code inner}, one value of what it waits for, filled in: the status
   * and content of {@code inner} unless this value set its own, the headers of both, and {@code
   * inner}'s helpers after {@code name} (none for a bound parameter or an exception's own response).
   */
  Value fill(Value inner, String name) {
    Kind filledKind = kind == Kind.INHERIT ? inner.kind : kind;
    Status filledStatus = status;
    Site filledOrigin = origin;
    if (filledStatus == null) {
      filledStatus = inner.status;
      filledOrigin = inner.origin;
    }
    List<String> filledCalls = new ArrayList<>(calls);
    if (name != null) {
      filledCalls.add(name);
    }
    filledCalls.addAll(inner.calls);
    List<String> allHeaders = new ArrayList<>(inner.headers);
    allHeaders.addAll(headers);
    return new Value(
        filledKind,
        filledStatus,
        Set.copyOf(allHeaders),
        body != null ? body : inner.body,
        body != null ? content : inner.content,
        inner.deferred,
        site,
        filledOrigin,
        filledCalls,
        inner.async,
        inner.function,
        inner.exception);
  }

  /** This deferred value when what it waits for cannot be known. */
  Value unresolved(String because) {
    Kind filledKind = kind;
    if (kind == Kind.INHERIT) {
      filledKind =
          deferred instanceof Call call ? call.fallback() : deferred instanceof Var var ? var.fallback() : Kind.RESPONSE;
    }
    List<String> filledCalls = new ArrayList<>(calls);
    if (deferred instanceof Call call) {
      filledCalls.add(call.name());
    }
    return new Value(
        filledKind,
        status != null ? status : Status.unknown(because),
        headers,
        body != null ? body : filledKind == Kind.ENTITY,
        content,
        null,
        site,
        origin,
        filledCalls,
        null,
        null);
  }
}
