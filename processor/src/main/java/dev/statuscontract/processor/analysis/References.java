package dev.statuscontract.processor.analysis;

import dev.statuscontract.processor.frameworks.Effect;
import dev.statuscontract.processor.lang.ByName;
import dev.statuscontract.processor.model.Status;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.TypeMirror;

/**
 * Method references invoked on values: {@code ResponseEntity::ok} on a pipeline's item, {@code
 * this::toResponse} on an Optional's value. A library method is read through its {@link Effect}, a
 * method of the compilation through its body; anything else is known only by its type.
 */
final class References {

  private References() {}

  static List<Value> invoke(Value.Fn fn, List<List<Value>> arguments, Resolver resolver, int depth, Site site) {
    ExecutableElement target = fn.reference();
    Value.Kind kind = resolver.kinds().of(target.getReturnType());
    if (fn.referenceKind().equals("NEW")) {
      return List.of(Value.entity(site));
    }
    List<Value> receiver = List.of();
    List<List<Value>> rest = arguments;
    if (fn.referenceKind().equals("UNBOUND") && !arguments.isEmpty()) {
      receiver = arguments.get(0);
      rest = arguments.subList(1, arguments.size());
    }
    if (target.getEnclosingElement() instanceof TypeElement owner) {
      String first =
          target.getParameters().isEmpty()
              ? ""
              : target.getParameters().get(0).asType().getKind().isPrimitive()
                  ? target.getParameters().get(0).asType().toString()
                  : Signatures.erasedName(target.getParameters().get(0).asType());
      Optional<Effect> effect =
          resolver.kinds().library().effect(ByName.name(owner), target.getSimpleName().toString(), target.getParameters().size(), first);
      if (effect.isPresent() && !(effect.get() instanceof Effect.Async)) {
        return Effects.apply(effect.get(), new ValueArgs(target, rest, receiver, site, kind));
      }
    }
    if (Kinds.matters(kind)) {
      boolean exact =
          !fn.referenceKind().equals("UNBOUND")
              && (target.getModifiers().contains(Modifier.STATIC)
                  || target.getModifiers().contains(Modifier.PRIVATE)
                  || target.getModifiers().contains(Modifier.FINAL));
      Value call = Value.call(target, target.getSimpleName() + "()", kind, rest, exact, site);
      return resolver.fill(call, depth);
    }
    return List.of(ValueArgs.opaque(kind, target.getReturnType(), "the result of " + target.getSimpleName() + "()", site));
  }

  /** A call's arguments given as values. */
  private record ValueArgs(
      ExecutableElement method, List<List<Value>> arguments, List<Value> receiverValues, Site site, Value.Kind kind)
      implements Args {

    @Override
    public int count() {
      return arguments.size();
    }

    @Override
    public List<Value> eval(int index) {
      return index < arguments.size() ? arguments.get(index) : List.of();
    }

    @Override
    public boolean isNull(int index) {
      return index < arguments.size()
          && !arguments.get(index).isEmpty()
          && arguments.get(index).stream().allMatch(v -> v.kind() == Value.Kind.NULL);
    }

    @Override
    public TypeMirror type(int index) {
      if (index >= arguments.size()) {
        return null;
      }
      return arguments.get(index).stream().map(Value::content).filter(t -> t != null).findFirst().orElse(null);
    }

    @Override
    public Optional<String> constantString(int index) {
      return Optional.empty();
    }

    @Override
    public List<Value> receiver() {
      return receiverValues.isEmpty() ? List.of(Value.unknownResponse("an implicit receiver", site)) : receiverValues;
    }

    @Override
    public Value opaque(String because) {
      return opaque(kind, method.getReturnType(), because, site);
    }

    static Value opaque(Value.Kind kind, TypeMirror type, String because, Site site) {
      return switch (kind) {
        case RESPONSE -> Value.unknownResponse(because, site);
        case STATUS -> Value.status(Status.unknown(because), site);
        case HEADERS -> Value.headers(Set.of(), site);
        default -> Value.entity(type, site);
      };
    }
  }
}
