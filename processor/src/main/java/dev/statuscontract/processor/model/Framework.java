package dev.statuscontract.processor.model;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The web framework that maps an endpoint, as the model needs to know it: its name, how it reads
 * a method's return type, how its code sets a header, and what a generated helper builds. Each
 * framework family describes its frameworks with one of these (package {@code frameworks}), so that
 * the rules, the documents and the helpers never know a framework by name.
 *
 * @param id the name {@code contract.json} gives it: {@code jakarta-rs}, {@code javax-rs}, {@code spring}
 * @param displayName how documents name it: {@code Jakarta REST}
 * @param carrier what a generated helper builds its responses with
 * @param entityCarriers the types whose first type argument is the entity a method returns ({@code
 *     ResponseEntity<User>}, {@code Uni<User>}, {@code CompletionStage<User>}), outermost first when nested
 * @param streamCarriers the types whose first type argument is each element of a body the framework
 *     writes as an array ({@code Flux<User>}, {@code Multi<User>})
 * @param opaqueResponses the types that carry a response whose entity the type does not name
 *     ({@code Response})
 * @param headerSetters for a header, how this framework's code sets it on a response it builds,
 *     worded to follow "set it with": {@code .location(uri)}; other headers use {@code .header(...)}
 * @param responseClass the simple name of the class whose {@code created(uri)} factory builds a
 *     201 with its Location: {@code Response}, {@code ResponseEntity}
 */
public record Framework(
    String id,
    String displayName,
    HelperCarrier carrier,
    Set<String> entityCarriers,
    Set<String> streamCarriers,
    Set<String> opaqueResponses,
    Map<String, String> headerSetters,
    String responseClass) {

  public Framework {
    entityCarriers = Set.copyOf(entityCarriers);
    streamCarriers = Set.copyOf(streamCarriers);
    opaqueResponses = Set.copyOf(opaqueResponses);
    headerSetters = Map.copyOf(headerSetters);
  }

  /** What a generated helper builds a response with. */
  public sealed interface HelperCarrier {}

  /** A JAX-RS {@code Response} of {@code packageName} ({@code jakarta.ws.rs.core}, {@code javax.ws.rs.core}). */
  public record JaxRsResponse(String packageName) implements HelperCarrier {}

  /** Spring's {@code ResponseEntity}. */
  public record ResponseEntity() implements HelperCarrier {}

  /**
   * The entity that a method returning {@code returnType} answers with, as this framework reads the
   * return type: {@code User} for {@code ResponseEntity<User>}, {@code Uni<User>} and a plain
   * {@code User}, {@code User[]} for {@code Flux<User>}; empty for a response type that names no
   * entity ({@code Response}, {@code ResponseEntity<?>}), {@code Object} and {@code Void}.
   */
  public Optional<TypeRef> entityOf(TypeRef returnType) {
    TypeRef type = returnType;
    boolean stream = false;
    for (int depth = 0; depth < 8; depth++) {
      boolean carries = entityCarriers.contains(type.name());
      boolean streams = streamCarriers.contains(type.name());
      if (!carries && !streams) {
        break;
      }
      List<TypeRef> arguments = type.typeArguments();
      if (arguments.isEmpty()) {
        return Optional.empty();
      }
      stream |= streams;
      type = arguments.get(0);
    }
    if (opaqueResponses.contains(type.name()) || !type.namesEntity()) {
      return Optional.empty();
    }
    return Optional.of(stream ? new TypeRef.Array(type) : type);
  }

  /**
   * How code of this framework sets {@code header} on a response it builds with {@code code}, for
   * advice: {@code set it with .location(uri), or build the response with Response.created(uri)}.
   */
  public String headerAdvice(String header, int code) {
    String setter = headerSetters.getOrDefault(header, ".header(\"" + header + "\", ...)");
    String advice = "set it with " + setter;
    if (header.equals("Location") && code == 201) {
      advice += ", or build the response with " + responseClass + ".created(uri)";
    }
    return advice;
  }

  @Override
  public String toString() {
    return id;
  }
}
