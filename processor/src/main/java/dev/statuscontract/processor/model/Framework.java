package dev.statuscontract.processor.model;

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
}
