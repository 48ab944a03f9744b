package dev.statuscontract.processor.scan;

import dev.statuscontract.processor.lang.Annotations;
import dev.statuscontract.processor.lang.Unresolved;

import dev.statuscontract.processor.model.Origin;
import dev.statuscontract.processor.model.Source;
import dev.statuscontract.processor.model.StatusNames;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;

/**
 * Reads the responses an element declares, from every annotation that declares one: {@code
 * @Returns}, swagger-core's {@code @ApiResponse}, Swagger 2's, MicroProfile OpenAPI's {@code
 * @APIResponse} and Spring's {@code @ResponseStatus}, each by name, each read as the tool it was
 * written for reads it (springdoc, SmallRye OpenAPI, Spring MVC). Only the sources that the {@code
 * statuscontract.sources} option enables are read.
 */
final class ContractSources {

  static final String RETURNS = "dev.statuscontract.Returns";
  static final String RETURNS_LIST = RETURNS + ".List";

  private static final String SWAGGER = "io.swagger.v3.oas.annotations.";
  private static final String SWAGGER_RESPONSE = SWAGGER + "responses.ApiResponse";
  private static final String SWAGGER_RESPONSES = SWAGGER + "responses.ApiResponses";
  private static final String SWAGGER_OPERATION = SWAGGER + "Operation";
  private static final String SWAGGER2_RESPONSE = "io.swagger.annotations.ApiResponse";
  private static final String SWAGGER2_RESPONSES = "io.swagger.annotations.ApiResponses";
  private static final String SWAGGER2_OPERATION = "io.swagger.annotations.ApiOperation";
  private static final String MICROPROFILE = "org.eclipse.microprofile.openapi.annotations.responses.";
  private static final String MP_RESPONSE = MICROPROFILE + "APIResponse";
  private static final String MP_RESPONSES = MICROPROFILE + "APIResponses";
  private static final String MP_RESPONSE_SCHEMA = MICROPROFILE + "APIResponseSchema";
  private static final String RESPONSE_STATUS = "org.springframework.web.bind.annotation.ResponseStatus";

  /**
   * A declaration as written, before it is applied to an endpoint.
   *
   * @param code the code, 0 for {@code default} or a range, {@link Integer#MIN_VALUE} for a string
   *     that is no code
   * @param written the code as written
   * @param body the body class, if one is named
   * @param bodyIsArray whether the body is an array of {@code body} ({@code @ArraySchema}, {@code
   *     responseContainer = "List"}, {@code SchemaType.ARRAY})
   * @param bodyFromReturn whether the body is what the method returns ({@code @ResponseStatus} on a
   *     handler method)
   * @param implicit whether the tool declares it without a response annotation saying so: the
   *     success status of Swagger 2's {@code @ApiOperation} ({@code code}, 200 by default)
   */
  record Raw(
      int code,
      String written,
      Source source,
      String description,
      List<String> headers,
      Optional<TypeMirror> body,
      boolean bodyIsArray,
      boolean bodyFromReturn,
      Origin declaration,
      boolean implicit) {

    Raw(
        int code,
        String written,
        Source source,
        String description,
        List<String> headers,
        Optional<TypeMirror> body,
        boolean bodyIsArray,
        boolean bodyFromReturn,
        Origin declaration) {
      this(code, written, source, description, headers, body, bodyIsArray, bodyFromReturn, declaration, false);
    }
  }

  private final Annotations annotations;
  private final Set<Source> enabled;

  ContractSources(Annotations annotations, Set<Source> enabled) {
    this.annotations = annotations;
    this.enabled = Set.copyOf(enabled);
  }

  /** Whether {@code annotation} is one that this reader reads declarations from. */
  static boolean declares(AnnotationMirror annotation) {
    return switch (Annotations.nameOf(annotation)) {
      case RETURNS, RETURNS_LIST, SWAGGER_RESPONSE, SWAGGER_RESPONSES, SWAGGER_OPERATION, SWAGGER2_RESPONSE,
          SWAGGER2_RESPONSES, MP_RESPONSE, MP_RESPONSES, MP_RESPONSE_SCHEMA, RESPONSE_STATUS -> true;
      default -> false;
    };
  }

  /** The declarations written directly on {@code element}, in source order. */
  List<Raw> on(Element element) {
    List<Raw> out = new ArrayList<>();
    for (AnnotationMirror annotation : element.getAnnotationMirrors()) {
      switch (Annotations.nameOf(annotation)) {
        case RETURNS -> {
          if (enabled.contains(Source.RETURNS)) {
            out.add(returns(annotations.values(annotation), Origin.of(element, annotation)));
          }
        }
        case RETURNS_LIST -> {
          if (enabled.contains(Source.RETURNS)) {
            contained(element, annotation, "value", (values, origin) -> out.add(returns(values, origin)));
          }
        }
        case SWAGGER_RESPONSE -> {
          if (enabled.contains(Source.SWAGGER)) {
            out.add(openApi(Source.SWAGGER, annotations.values(annotation), Origin.of(element, annotation)));
          }
        }
        case SWAGGER_RESPONSES, SWAGGER_OPERATION -> {
          if (enabled.contains(Source.SWAGGER)) {
            String attribute = Annotations.nameOf(annotation).equals(SWAGGER_OPERATION) ? "responses" : "value";
            contained(element, annotation, attribute, (values, origin) -> out.add(openApi(Source.SWAGGER, values, origin)));
          }
        }
        case SWAGGER2_RESPONSE -> {
          if (enabled.contains(Source.SWAGGER2)) {
            out.add(swagger2(annotations.values(annotation), Origin.of(element, annotation)));
          }
        }
        case SWAGGER2_RESPONSES -> {
          if (enabled.contains(Source.SWAGGER2)) {
            contained(element, annotation, "value", (values, origin) -> out.add(swagger2(values, origin)));
          }
        }
        case MP_RESPONSE -> {
          if (enabled.contains(Source.MICROPROFILE)) {
            out.add(openApi(Source.MICROPROFILE, annotations.values(annotation), Origin.of(element, annotation)));
          }
        }
        case MP_RESPONSES -> {
          if (enabled.contains(Source.MICROPROFILE)) {
            contained(element, annotation, "value", (values, origin) -> out.add(openApi(Source.MICROPROFILE, values, origin)));
          }
        }
        case MP_RESPONSE_SCHEMA -> {
          if (enabled.contains(Source.MICROPROFILE)) {
            out.add(responseSchema(annotations.values(annotation), Origin.of(element, annotation)));
          }
        }
        case RESPONSE_STATUS -> {
          if (enabled.contains(Source.SPRING)) {
            out.add(responseStatus(annotation, Origin.of(element, annotation)));
          }
        }
        default -> {}
      }
    }
    if (enabled.contains(Source.SWAGGER2) && element instanceof ExecutableElement) {
      Annotations.find(element, SWAGGER2_OPERATION).flatMap(operation -> operationSuccess(operation, element, out)).ifPresent(out::add);
    }
    // The more specific source first where one element carries several: @Returns, then the OpenAPI
    // annotations, then @ResponseStatus, which says only a code. The sort is stable.
    out.sort(Comparator.comparingInt(raw -> raw.source().ordinal()));
    return out;
  }

  /**
   * The success response that Swagger 2's {@code @ApiOperation} declares, as swagger-core documents
   * it: its {@code code} (200 unless written) with its {@code response} class, where it names one
   * and no {@code @ApiResponse} of the method declares that code. Without a {@code response} class
   * swagger-core writes no success response beside the {@code @ApiResponses}, and none is read.
   */
  private Optional<Raw> operationSuccess(AnnotationMirror operation, Element element, List<Raw> declared) {
    Annotations.Values values = annotations.values(operation);
    int code = values.integer("code").orElse(200);
    Optional<TypeMirror> body = values.type("response").filter(ContractSources::isBody);
    if (body.isEmpty() || declared.stream().anyMatch(raw -> raw.source() == Source.SWAGGER2 && raw.code() == code)) {
      return Optional.empty();
    }
    boolean container = values.firstString("responseContainer").filter(c -> !c.isBlank()).isPresent();
    return Optional.of(
        new Raw(
            code, String.valueOf(code), Source.SWAGGER2, "", List.of(), body, container && body.isPresent(), false,
            Origin.of(element, operation), true));
  }

  private interface Reader {
    void read(Annotations.Values values, Origin origin);
  }

  /** Each annotation of a container's {@code attribute}, with where it is written. */
  private void contained(Element element, AnnotationMirror container, String attribute, Reader reader) {
    List<AnnotationValue> items = annotations.values(container).list(attribute);
    boolean repeatable = attribute.equals("value");
    for (int i = 0; i < items.size(); i++) {
      if (!(items.get(i).getValue() instanceof AnnotationMirror item)) {
        throw Unresolved.INSTANCE;
      }
      // A repeated annotation sits in a container javac made up; one written inside an attribute of
      // another annotation is found by its own mirror.
      Origin origin = repeatable ? Origin.repeated(element, container, i) : Origin.of(element, item);
      reader.read(annotations.values(item), origin);
    }
  }

  private static Raw returns(Annotations.Values returns, Origin declaration) {
    int code = returns.integer("value").orElseThrow(() -> Unresolved.INSTANCE);
    Optional<TypeMirror> body = returns.type("body").filter(ContractSources::isBody);
    return new Raw(
        code,
        String.valueOf(code),
        Source.RETURNS,
        returns.firstString("description").orElse(""),
        returns.strings("headers"),
        body,
        false,
        false,
        declaration);
  }

  /** swagger-core's and MicroProfile's response annotations, which are alike. */
  private Raw openApi(Source source, Annotations.Values response, Origin declaration) {
    String written = response.firstString("responseCode").orElse("default").trim();
    if (written.isEmpty()) {
      // MicroProfile's default: SmallRye documents it as the operation's default response.
      written = "default";
    }
    List<String> headers = new ArrayList<>();
    for (AnnotationValue header : response.list("headers")) {
      if (header.getValue() instanceof AnnotationMirror mirror) {
        annotations.values(mirror).firstString("name").filter(name -> !name.isBlank()).ifPresent(headers::add);
      }
    }
    Optional<TypeMirror> body = Optional.empty();
    boolean array = false;
    for (AnnotationValue content : response.list("content")) {
      if (body.isPresent() || !(content.getValue() instanceof AnnotationMirror contentMirror)) {
        continue;
      }
      Annotations.Values values = annotations.values(contentMirror);
      Optional<TypeMirror> schema = implementation(values.get("schema"));
      if (schema.isPresent()) {
        body = schema;
        array = isArraySchema(values.get("schema"));
      } else if (values.get("array").isPresent()
          && values.get("array").get().getValue() instanceof AnnotationMirror arraySchema) {
        body = implementation(annotations.values(arraySchema).get("schema"));
        array = body.isPresent();
      }
    }
    return new Raw(
        codeOf(written),
        written,
        source,
        response.firstString("description").orElse(""),
        headers,
        body,
        array,
        false,
        declaration);
  }

  /** A {@code @Schema}'s {@code implementation}, unless it is the default {@code Void.class}. */
  private Optional<TypeMirror> implementation(Optional<AnnotationValue> schema) {
    if (schema.isEmpty() || !(schema.get().getValue() instanceof AnnotationMirror mirror)) {
      return Optional.empty();
    }
    return annotations.values(mirror).type("implementation").filter(ContractSources::isBody);
  }

  /** MicroProfile's {@code @Schema(type = SchemaType.ARRAY, implementation = X.class)}. */
  private boolean isArraySchema(Optional<AnnotationValue> schema) {
    return schema.isPresent()
        && schema.get().getValue() instanceof AnnotationMirror mirror
        && annotations.values(mirror).get("type").map(AnnotationValue::getValue).orElse(null)
            instanceof VariableElement constant
        && constant.getSimpleName().contentEquals("ARRAY");
  }

  private Raw swagger2(Annotations.Values response, Origin declaration) {
    int code = response.integer("code").orElseThrow(() -> Unresolved.INSTANCE);
    List<String> headers = new ArrayList<>();
    for (AnnotationValue header : response.list("responseHeaders")) {
      if (header.getValue() instanceof AnnotationMirror mirror) {
        annotations.values(mirror).firstString("name").filter(name -> !name.isBlank()).ifPresent(headers::add);
      }
    }
    Optional<TypeMirror> body = response.type("response").filter(ContractSources::isBody);
    boolean container = response.firstString("responseContainer").filter(c -> !c.isBlank()).isPresent();
    return new Raw(
        code,
        String.valueOf(code),
        Source.SWAGGER2,
        response.firstString("message").orElse(""),
        headers,
        body,
        container && body.isPresent(),
        false,
        declaration);
  }

  /** MicroProfile's {@code @APIResponseSchema(value = X.class, responseCode = "201")}. */
  private static Raw responseSchema(Annotations.Values schema, Origin declaration) {
    String written = schema.firstString("responseCode").filter(code -> !code.isBlank()).orElse("200").trim();
    return new Raw(
        codeOf(written),
        written,
        Source.MICROPROFILE,
        schema.firstString("responseDescription").orElse(""),
        List.of(),
        schema.type("value").filter(ContractSources::isBody),
        false,
        false,
        declaration);
  }

  /**
   * Spring's {@code @ResponseStatus}: the status of a normal return, with what the method returns
   * as the body; with a {@code reason}, Spring sends an error page instead (RFC 9110 §15 calls it
   * by its reason phrase), so there is no body of the method's.
   */
  private Raw responseStatus(AnnotationMirror annotation, Origin declaration) {
    String constant = "INTERNAL_SERVER_ERROR"; // Spring's default for both attributes
    for (Map.Entry<? extends ExecutableElement, ? extends AnnotationValue> written :
        annotation.getElementValues().entrySet()) {
      String attribute = written.getKey().getSimpleName().toString();
      if ((attribute.equals("value") || attribute.equals("code"))
          && written.getValue().getValue() instanceof VariableElement value) {
        constant = value.getSimpleName().toString();
      }
    }
    int code = StatusNames.codeOf(constant).orElse(Integer.MIN_VALUE);
    String reason = annotations.values(annotation).firstString("reason").orElse("");
    return new Raw(
        code,
        code == Integer.MIN_VALUE ? constant : String.valueOf(code),
        Source.SPRING,
        reason,
        List.of(),
        Optional.empty(),
        false,
        reason.isEmpty(),
        declaration);
  }

  /** Whether a class literal names a body: {@code void.class} and {@code Void.class} say there is none. */
  private static boolean isBody(TypeMirror type) {
    return type.getKind() != TypeKind.VOID
        && !(type instanceof DeclaredType declared
            && ((TypeElement) declared.asElement()).getQualifiedName().contentEquals("java.lang.Void"));
  }

  /** The number a {@code responseCode} string holds; 0 for a pattern, MIN_VALUE for anything else. */
  static int codeOf(String written) {
    if (written.equalsIgnoreCase("default") || written.matches("(?i)[1-5]XX")) {
      return 0;
    }
    try {
      return Integer.parseInt(written);
    } catch (NumberFormatException notANumber) {
      return Integer.MIN_VALUE;
    }
  }
}
