package dev.statuscontract.processor.analysis;

import dev.statuscontract.processor.frameworks.Effect;
import dev.statuscontract.processor.model.Status;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeMirror;

/**
 * Applies an {@link Effect}, the frameworks' knowledge of a library method, to a call: what a
 * factory makes, what a builder step adds to its receiver. The pipeline operators ({@link
 * Effect.Async}) are the {@link Reader}'s, which reads their function arguments.
 */
final class Effects {

  private Effects() {}

  /** The values of {@code call}, a call of a method that {@code effect} describes. */
  static List<Value> apply(Effect effect, Args call) {
    Site site = call.site();
    if (effect instanceof Effect.Respond respond) {
      int bodyArgument = respond.bodyArgument();
      boolean body = bodyArgument >= 0 && bodyArgument < call.count() && !call.isNull(bodyArgument);
      TypeMirror content = body ? call.type(bodyArgument) : null;
      if (respond.statusFromArgument()) {
        return respond.statusArgument() < call.count()
            ? withStatus(call, respond.statusArgument(), respond.headers(), body, content)
            : List.of();
      }
      return List.of(Value.response(Status.of(respond.status()), respond.headers(), body, content, site));
    }
    if (effect instanceof Effect.FoundOrNot found) {
      TypeMirror content = call.type(found.argument());
      if (found.optional()) {
        content =
            content instanceof DeclaredType optional && optional.getTypeArguments().size() == 1
                ? optional.getTypeArguments().get(0)
                : null;
      }
      return List.of(
          Value.response(Status.of(200), Set.of(), true, content, site), Value.response(Status.of(404), Set.of(), false, site));
    }
    if (effect instanceof Effect.StatusAndBodyFrom from) {
      return withStatus(call, from.argument(), Set.of(), true, call.type(from.argument()));
    }
    if (effect instanceof Effect.CopyOf copy) {
      return copy.argument() < call.count() ? call.eval(copy.argument()).stream().map(Value::asResponse).toList() : List.of();
    }
    if (effect instanceof Effect.StatusOf of) {
      return call.eval(of.argument()).stream().map(v -> asStatus(v, site)).toList();
    }
    if (effect instanceof Effect.ReceiverStatus) {
      return call.receiver().stream()
          .map(v -> new Value(Value.Kind.STATUS, v.status(), Set.of(), false, null, v.deferred(), v.site(), v.origin(), v.calls(), null, null))
          .toList();
    }
    if (effect instanceof Effect.SetStatus set) {
      if (set.argument() >= call.count()) {
        return call.receiver();
      }
      List<Value> statuses = call.eval(set.argument());
      List<Value> out = new ArrayList<>();
      for (Value receiver : call.receiver()) {
        for (Value status : statuses) {
          Status code =
              status.kind() == Value.Kind.STATUS && status.status() != null && status.deferred() == null
                  ? status.status()
                  : Status.unknown("a status that is not a constant");
          out.add(receiver.withStatus(code, site));
        }
      }
      return out;
    }
    if (effect instanceof Effect.SetBody set) {
      boolean body = !call.isNull(set.argument());
      TypeMirror content = call.type(set.argument());
      return call.receiver().stream().map(value -> value.withBody(body, content)).toList();
    }
    if (effect instanceof Effect.AddHeader add) {
      if (call.count() == 1 && call.isNull(0)) {
        return call.receiver();
      }
      return withHeaders(call, Set.of(add.header()));
    }
    if (effect instanceof Effect.AddNamedHeader add) {
      if (add.valueArgument() >= 0 && call.isNull(add.valueArgument())) {
        return call.receiver();
      }
      return withHeaders(call, call.constantString(add.nameArgument()).map(Set::of).orElse(Set.of()));
    }
    if (effect instanceof Effect.AddHeadersOf of) {
      List<Value> out = new ArrayList<>();
      List<Value> headers = call.eval(of.argument());
      for (Value receiver : call.receiver()) {
        for (Value header : headers) {
          out.add(receiver.withHeaders(header.headers()));
        }
      }
      return out;
    }
    if (effect instanceof Effect.HeaderSetter setter) {
      String name = call.name();
      if (name.startsWith("set") && name.length() > 3 && call.count() >= 1) {
        String field = name.substring(3);
        return withHeaders(call, Set.of(setter.renamed().getOrDefault(field, StatusNames.camelToHeader(field))));
      }
      return call.receiver();
    }
    if (effect instanceof Effect.Pass) {
      return call.receiver();
    }
    return List.of(call.opaque("the result of " + simpleOwner(call) + "." + call.name() + "()"));
  }

  /**
   * Responses with the statuses that the argument {@code index} may hold (an {@code int}, a status
   * constant or object), with the given headers and content; a status that a method of the
   * compilation or a parameter gives waits for it.
   */
  static List<Value> withStatus(Args call, int index, Set<String> headers, boolean body, TypeMirror content) {
    List<Value> out = new ArrayList<>();
    Site site = call.site();
    for (Value status : call.eval(index)) {
      if (status.deferred() != null) {
        out.add(new Value(Value.Kind.RESPONSE, null, headers, body, body ? content : null, status.deferred(), site, site, status.calls(), null, null));
      } else {
        Status code =
            status.kind() == Value.Kind.STATUS && status.status() != null
                ? status.status()
                : Status.unknown("a status that is not a constant");
        out.add(Value.response(code, headers, body, content, site));
      }
    }
    return out;
  }

  private static Value asStatus(Value value, Site site) {
    if (value.deferred() != null || value.kind() == Value.Kind.STATUS) {
      return value;
    }
    return Value.status(Status.unknown("a status that is not a constant"), site);
  }

  private static List<Value> withHeaders(Args call, Set<String> headers) {
    return call.receiver().stream().map(value -> value.withHeaders(headers)).toList();
  }

  private static String simpleOwner(Args call) {
    String owner = call.owner();
    return owner.substring(owner.lastIndexOf('.') + 1);
  }
}
