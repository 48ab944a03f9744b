package dev.statuscontract.processor.frameworks;

import java.util.Set;

/**
 * The servlet container's response, which JAX-RS resources ({@code @Context HttpServletResponse})
 * and Spring MVC handlers may be given and set the status on themselves.
 */
public final class Servlets {

  private Servlets() {}

  /** The servlet response of both namespaces, {@code jakarta.servlet} and {@code javax.servlet}. */
  public static void describe(Library.Builder library) {
    for (String namespace : Set.of("jakarta.servlet.", "javax.servlet.")) {
      String response = namespace + "http.HttpServletResponse";
      library
          .containerResponse(response)
          .containerResponse(namespace + "ServletResponse")
          .method(response, "setStatus", 1, new Effect.SetContainerStatus(Effect.fromArgument(0), Set.of()))
          .method(response, "setStatus", 2, new Effect.SetContainerStatus(Effect.fromArgument(0), Set.of()))
          .method(response, "sendError", 1, new Effect.SetContainerStatus(Effect.fromArgument(0), Set.of()))
          .method(response, "sendError", 2, new Effect.SetContainerStatus(Effect.fromArgument(0), Set.of()))
          .method(response, "sendRedirect", -1, new Effect.SetContainerStatus(Effect.fixed(302), Set.of("Location")));
    }
  }
}
