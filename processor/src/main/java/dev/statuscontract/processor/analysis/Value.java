package dev.statuscontract.processor.analysis;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.type.TypeMirror;

/**
 * One way an expression may evaluate, as far as responses go: a response (or a builder of one), a
 * status, a set of headers, an entity, {@code null}; or a value that only the method it came from
 * can tell ({@link Deferred}), with what the caller adds on top. Immutable.
 *
 * @param kind what the value is; {@link Kind#INHERIT} for the result of a deferred call as is
 * @param status the status of a response or status value; {@code null} where a deferred value
 *     decides it
 * @param headers headers set, case-insensitive
 * @param body whether content is set; {@code null} where a deferred value decides it
 * @param content the static type of the content where the code shows it ({@code x} in {@code
 *     entity(x)}), or {@code null}
 * @param deferred the call or exception whose values this one stands for, or {@code null}
 * @param site where the analysed method produces it
 * @param origin where the status was decided
 * @param calls the helpers it came through, outermost first
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
    List<String> calls) {

  enum Kind {
    RESPONSE,
    STATUS,
    HEADERS,
    ENTITY,
    NULL,
    INHERIT
  }

  /** What a deferred value waits for. */
  sealed interface Deferred permits Call, ExceptionOwn {}

  /**
   * The result of a helper method that may be followed.
   *
   * @param fallback what the value is if the helper cannot be followed, from its static type
   */
  record Call(ExecutableElement callee, String name, Kind fallback) implements Deferred {}

  /** {@code exception.getResponse()} in a mapper: the mapped exception's own response. */
  record ExceptionOwn() implements Deferred {}

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
    return new Value(Kind.RESPONSE, status, headers, body, body ? content : null, null, site, site, List.of());
  }

  static Value status(Status status, Site site) {
    return new Value(Kind.STATUS, status, Set.of(), false, null, null, site, site, List.of());
  }

  static Value headers(Set<String> headers, Site site) {
    return new Value(Kind.HEADERS, null, headers, false, null, null, site, site, List.of());
  }

  static Value entity(Site site) {
    return new Value(Kind.ENTITY, null, Set.of(), true, null, null, site, site, List.of());
  }

  static Value nullValue(Site site) {
    return new Value(Kind.NULL, null, Set.of(), false, null, null, site, site, List.of());
  }

  static Value call(ExecutableElement callee, String name, Kind fallback, Site site) {
    return new Value(Kind.INHERIT, null, Set.of(), null, null, new Call(callee, name, fallback), site, site, List.of());
  }

  static Value exceptionOwn(Site site) {
    return new Value(Kind.RESPONSE, null, Set.of(), null, null, new ExceptionOwn(), site, site, List.of());
  }

  /** A response whose status the code does not show. */
  static Value unknownResponse(String because, Site site) {
    return response(Status.unknown(because), Set.of(), false, site);
  }

  /** This value as a response with {@code status}, decided at {@code where}: {@code builder.status(404)}. */
  Value withStatus(Status newStatus, Site where) {
    return new Value(kind == Kind.INHERIT ? Kind.RESPONSE : kind, newStatus, headers, body, content, deferred, site, where, calls);
  }

  /** This value with {@code more} headers. */
  Value withHeaders(Set<String> more) {
    if (more.isEmpty()) {
      return this;
    }
    List<String> all = new ArrayList<>(headers);
    all.addAll(more);
    return new Value(kind == Kind.INHERIT ? Kind.RESPONSE : kind, status, Set.copyOf(all), body, content, deferred, site, origin, calls);
  }

  /** This value with content set, or cleared. */
  Value withBody(boolean hasBody) {
    return withBody(hasBody, null);
  }

  /** This value with content of the static type {@code type} set (unknown for {@code null}), or cleared. */
  Value withBody(boolean hasBody, TypeMirror type) {
    return new Value(
        kind == Kind.INHERIT ? Kind.RESPONSE : kind, status, headers, hasBody, hasBody ? type : null, deferred, site, origin, calls);
  }

  /** This value as a response produced at {@code where} ({@code Response.fromResponse(r)}). */
  Value asResponse() {
    return kind == Kind.RESPONSE ? this : new Value(Kind.RESPONSE, status, headers, body, content, deferred, site, origin, calls);
  }

  /** Whether content is set, where known. */
  boolean hasBody() {
    return Boolean.TRUE.equals(body);
  }

  /**
   * This deferred value with {@code inner}, one value of what it waits for, filled in: the status
   * and content of {@code inner} unless this value set its own, the headers of both, and {@code
   * inner}'s helpers after {@code name} (empty for an exception's own response).
   */
  Value fill(Value inner, String name) {
    Kind filledKind = kind == Kind.INHERIT ? inner.kind : kind;
    Status filledStatus = status;
    Site filledOrigin = origin;
    if (filledStatus == null) {
      filledStatus = inner.status != null ? inner.status : Status.unknown("no status");
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
        null,
        site,
        filledOrigin,
        filledCalls);
  }

  /** This deferred value when what it waits for cannot be known. */
  Value unresolved(String because) {
    Kind filledKind = kind;
    if (kind == Kind.INHERIT) {
      filledKind = deferred instanceof Call call ? call.fallback() : Kind.RESPONSE;
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
        filledCalls);
  }
}
