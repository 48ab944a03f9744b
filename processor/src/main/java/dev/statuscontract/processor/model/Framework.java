package dev.statuscontract.processor.model;

import java.util.Optional;

/** The web framework whose annotations declare an endpoint. */
public enum Framework {
  /** Jakarta RESTful Web Services, package {@code jakarta.ws.rs}. */
  JAKARTA_RS("Jakarta REST"),
  /** JAX-RS before the move to Jakarta, package {@code javax.ws.rs}. */
  JAVAX_RS("JAX-RS"),
  /** Spring MVC or Spring WebFlux annotated controllers. */
  SPRING("Spring MVC");

  private final String displayName;

  Framework(String displayName) {
    this.displayName = displayName;
  }

  public String displayName() {
    return displayName;
  }

  /**
   * The entity that a method returning {@code returnType} answers with, as this framework reads the
   * return type: {@code User} for Spring's {@code ResponseEntity<User>} and for a plain {@code
   * User}; empty for a JAX-RS {@code Response}, {@code ResponseEntity<?>}, {@code Object} and {@code
   * Void}, whose entity the type does not name.
   */
  public Optional<TypeRef> entityOf(TypeRef returnType) {
    String name = returnType.name();
    if (this == SPRING && name.equals("org.springframework.http.ResponseEntity")) {
      return returnType.typeArguments().stream().findFirst().filter(TypeRef::namesEntity);
    }
    // Either namespace's Response: a javax resource may name the jakarta one, and neither names an entity.
    if (name.equals("javax.ws.rs.core.Response") || name.equals("jakarta.ws.rs.core.Response") || !returnType.namesEntity()) {
      return Optional.empty();
    }
    return Optional.of(returnType);
  }

  /**
   * How code of this framework sets {@code header} on a response it builds with {@code code}, for
   * advice: {@code set it with .location(uri), or build the response with Response.created(uri)}.
   */
  public String headerAdvice(String header, int code) {
    boolean spring = this == SPRING;
    return switch (header) {
      case "Location" ->
          "set it with .location(uri)"
              + (code == 201
                  ? ", or build the response with " + (spring ? "ResponseEntity" : "Response") + ".created(uri)"
                  : "");
      case "Allow" -> spring ? "set it with .allow(HttpMethod.GET, ...)" : "set it with .allow(\"GET\", ...)";
      default -> "set it with .header(\"" + header + "\", ...)";
    };
  }
}
