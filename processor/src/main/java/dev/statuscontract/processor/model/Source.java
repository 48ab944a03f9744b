package dev.statuscontract.processor.model;

import static java.util.stream.Collectors.joining;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Where a declared response is read from: status-contract's own {@code @Returns}, or an annotation
 * that a team wrote for another tool and that means the same.
 */
public enum Source {
  /** {@code @dev.statuscontract.Returns}. */
  RETURNS("@Returns"),
  /** swagger-core v3's {@code @ApiResponse}, {@code @ApiResponses} and {@code @Operation(responses)}. */
  SWAGGER("@ApiResponse"),
  /** Swagger 2 (springfox) {@code @io.swagger.annotations.ApiResponse}. */
  SWAGGER2("@ApiResponse"),
  /** MicroProfile OpenAPI's {@code @APIResponse}, {@code @APIResponses} and {@code @APIResponseSchema}. */
  MICROPROFILE("@APIResponse"),
  /** Spring's {@code @ResponseStatus} on a handler method or its class. */
  SPRING("@ResponseStatus"),
  /**
   * Not an annotation: what the method body was seen to produce, for an endpoint whose contract
   * is not written. Never named in {@code -Astatuscontract.sources}.
   */
  CODE("the code"),
  /**
   * Not an annotation: a status the framework answers by itself for an endpoint without a written
   * contract (bean validation, an access check), documented with what the code answers.
   */
  FRAMEWORK("the framework");

  private final String annotation;

  Source(String annotation) {
    this.annotation = annotation;
  }

  /** The sources that are annotations, which {@code -Astatuscontract.sources} can name. */
  public static List<Source> annotations() {
    return List.of(RETURNS, SWAGGER, SWAGGER2, MICROPROFILE, SPRING);
  }

  /** Whether the response is inferred from the method body rather than declared. */
  public boolean isInferred() {
    return this == CODE || this == FRAMEWORK;
  }

  /** The annotation as users write it: {@code @ApiResponse}. */
  public String annotation() {
    return annotation;
  }

  /** The name of the {@code -Astatuscontract.sources} option's value: {@code swagger2}. */
  public String optionName() {
    return name().toLowerCase(Locale.ROOT);
  }

  /**
   * What to do so that a response of {@code code} declared with this source carries {@code added}
   * as well as {@code headers}, the valid names already declared: {@code add headers = {"ETag",
   * "Location"}} for {@code @Returns}, {@code add headers = @Header(name = "Location")} for
   * swagger. {@code @ResponseStatus} cannot declare a header, and a method that answers through it
   * sends none: the fix is a {@code ResponseEntity} that sets it.
   */
  public String headerAdvice(int code, List<String> headers, String added) {
    List<String> all = new ArrayList<>(headers);
    all.add(added);
    return switch (this) {
      case RETURNS ->
          "add "
              + (all.size() == 1
                  ? "headers = \"" + all.get(0) + "\""
                  : all.stream().map(h -> "\"" + h + "\"").collect(joining(", ", "headers = {", "}")));
      case SWAGGER, MICROPROFILE -> "add " + list("headers", all, "@Header(name = \"%s\")");
      case SWAGGER2 -> "add " + list("responseHeaders", all, "@ResponseHeader(name = \"%s\", response = String.class)");
      case SPRING -> "answer with a ResponseEntity that sets it, such as " + responseEntitySetting(code, added) + ", instead of @ResponseStatus";
      case CODE, FRAMEWORK -> "set it on the response the code builds";
    };
  }

  private static String responseEntitySetting(int code, String header) {
    if (header.equals("Location")) {
      return code == 201 ? "ResponseEntity.created(uri)" : "ResponseEntity.status(" + code + ").location(uri)";
    }
    return "ResponseEntity.status(" + code + ").header(\"" + header + "\", ...)";
  }

  /**
   * A declaration of {@code code} in this source's syntax, for advice: {@code @Returns(404)},
   * {@code @ApiResponse(responseCode = "404", description = "...")}.
   */
  public String declarationOf(int code) {
    return switch (this) {
      case SWAGGER -> "@ApiResponse(responseCode = \"" + code + "\", description = \"...\")";
      case SWAGGER2 -> "@ApiResponse(code = " + code + ", message = \"...\")";
      case MICROPROFILE -> "@APIResponse(responseCode = \"" + code + "\", description = \"...\")";
      default -> "@Returns(" + code + ")";
    };
  }

  /**
   * How this source declares a body of the class {@code name}: {@code body = User.class}, {@code content =
   * @Content(schema = @Schema(implementation = User.class))}.
   */
  public String bodyAttribute(String name) {
    return switch (this) {
      case RETURNS -> "body = " + name + ".class";
      case SWAGGER, MICROPROFILE -> "content = @Content(schema = @Schema(implementation = " + name + ".class))";
      case SWAGGER2 -> "response = " + name + ".class";
      case SPRING -> "the " + name + " the method returns";
      case CODE, FRAMEWORK -> "the body the code builds";
    };
  }

  /** What to do to remove a declared body: {@code remove body}, {@code return void}. */
  public String bodyRemoval() {
    return switch (this) {
      case RETURNS -> "remove body";
      case SPRING -> "make the method return void";
      case CODE, FRAMEWORK -> "build the response without a body";
      default -> "remove the content";
    };
  }

  private static String list(String attribute, List<String> headers, String format) {
    List<String> items = headers.stream().map(h -> String.format(format, h)).toList();
    return attribute + " = " + (items.size() == 1 ? items.get(0) : items.stream().collect(joining(", ", "{", "}")));
  }
}
