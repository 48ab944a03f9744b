package dev.statuscontract.processor.model;

import java.util.List;

/**
 * The request body of an endpoint: the JAX-RS entity parameter (the one parameter without a JAX-RS
 * parameter annotation or {@code @Context}), or Spring's {@code @RequestBody} parameter.
 *
 * @param type the Java type of the parameter; for Java's {@code Optional<T>}, {@code T}
 * @param required whether a request must carry one: always for JAX-RS, Spring's {@code required}
 *     (true unless written otherwise, false for an {@code Optional})
 * @param mediaTypes the media types the framework's annotations say it consumes ({@code @Consumes}
 *     on the method, else on the class; {@code consumes =} of the method's mapping, else of the
 *     class's {@code @RequestMapping}), in the order written; empty where they do not say
 * @param description the {@code @param} text of the parameter
 */
public record RequestBody(TypeRef type, boolean required, List<String> mediaTypes, DocText description) {

  public RequestBody {
    mediaTypes = List.copyOf(mediaTypes);
  }
}
