package dev.statuscontract.processor.frameworks.quarkus;

import static dev.statuscontract.processor.frameworks.Effect.fixed;
import static dev.statuscontract.processor.frameworks.Effect.fromArgument;

import dev.statuscontract.processor.frameworks.Effect;
import dev.statuscontract.processor.frameworks.ExceptionHandlers;
import dev.statuscontract.processor.frameworks.Family;
import dev.statuscontract.processor.frameworks.FrameworkAnswer;
import dev.statuscontract.processor.frameworks.Library;
import dev.statuscontract.processor.frameworks.Library.Role;
import dev.statuscontract.processor.frameworks.Security;
import dev.statuscontract.processor.frameworks.jaxrs.JaxRs;
import dev.statuscontract.processor.lang.ByName;
import dev.statuscontract.processor.model.Framework;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.Types;

/**
 * Quarkus REST (RESTEasy Reactive), a Jakarta REST implementation with types of its own: {@code
 * RestResponse<T>} and its builder, {@code @ServerExceptionMapper} methods (in the resource class,
 * for its endpoints first, or in any class for all), {@code @ResponseStatus} on a method, and
 * {@code @Authenticated}.
 */
public final class Quarkus implements Family {

  public static final Quarkus FAMILY = new Quarkus();

  private static final String REACTIVE = "org.jboss.resteasy.reactive.";
  static final String SERVER_EXCEPTION_MAPPER = REACTIVE + "server.ServerExceptionMapper";
  private static final String RESPONSE_STATUS = REACTIVE + "ResponseStatus";

  private Quarkus() {}

  @Override
  public String name() {
    return "quarkus";
  }

  @Override
  public boolean appliesTo(Framework framework) {
    return JaxRs.JAKARTA.framework().equals(framework);
  }

  @Override
  public OptionalInt successStatus(ExecutableElement method) {
    Optional<AnnotationMirror> annotation = ByName.annotation(method, RESPONSE_STATUS);
    return annotation
        .flatMap(found -> ByName.attribute(found, "value"))
        .map(AnnotationValue::getValue)
        .filter(Integer.class::isInstance)
        .map(value -> OptionalInt.of((Integer) value))
        .orElse(OptionalInt.empty());
  }

  @Override
  public void describe(Library.Builder library) {
    String response = REACTIVE + "RestResponse";
    String builder = response + ".ResponseBuilder";
    library
        .containerResponse("io.vertx.core.http.HttpServerResponse")
        .containerResponse("io.vertx.ext.web.RoutingContext")
        .method("io.vertx.core.http.HttpServerResponse", "setStatusCode", 1,
            new Effect.SetContainerStatus(fromArgument(0), Set.of()));
    library
        .role(response, Role.RESPONSE)
        .role(builder, Role.RESPONSE)
        .statusEnum(response + ".Status")
        .method(response, "ok", 0, new Effect.Respond(fixed(200), Set.of(), -1))
        .method(response, "ok", 1, new Effect.Respond(fixed(200), Set.of(), 0))
        .method(response, "ok", 2, new Effect.Respond(fixed(200), Set.of("Content-Type"), 0))
        .method(response, "noContent", 0, new Effect.Respond(fixed(204), Set.of(), -1))
        .method(response, "notFound", 0, new Effect.Respond(fixed(404), Set.of(), -1))
        .method(response, "accepted", 0, new Effect.Respond(fixed(202), Set.of(), -1))
        .method(response, "accepted", 1, new Effect.Respond(fixed(202), Set.of(), 0))
        .method(response, "created", 1, new Effect.Respond(fixed(201), Set.of("Location"), -1))
        .method(response, "seeOther", 1, new Effect.Respond(fixed(303), Set.of("Location"), -1))
        .method(response, "temporaryRedirect", 1, new Effect.Respond(fixed(307), Set.of("Location"), -1))
        .method(response, "notModified", 0, new Effect.Respond(fixed(304), Set.of(), -1))
        .method(response, "notModified", 1, new Effect.Respond(fixed(304), Set.of("ETag"), -1))
        .method(response, "serverError", 0, new Effect.Respond(fixed(500), Set.of(), -1))
        .method(response, "notAcceptable", 1, new Effect.Respond(fixed(406), Set.of("Vary"), -1))
        .method(response, "status", 1, new Effect.Respond(fromArgument(0), Set.of(), -1))
        .method(response, "status", 2, new Effect.Respond(fromArgument(0), Set.of(), 1))
        .method(response, "fromResponse", 1, new Effect.CopyOf(0))
        .method(response, "getStatus", 0, new Effect.ReceiverStatus())
        .method(response, "getStatusInfo", 0, new Effect.ReceiverStatus())
        .method(response + ".Status", "getStatusCode", 0, new Effect.ReceiverStatus())
        .method(response + ".Status", "fromStatusCode", 1, new Effect.StatusOf(0))
        .method(builder, "ok", 0, new Effect.Respond(fixed(200), Set.of(), -1))
        .method(builder, "ok", 1, new Effect.Respond(fixed(200), Set.of(), 0))
        .method(builder, "ok", 2, new Effect.Respond(fixed(200), Set.of("Content-Type"), 0))
        .method(builder, "noContent", 0, new Effect.Respond(fixed(204), Set.of(), -1))
        .method(builder, "notFound", 0, new Effect.Respond(fixed(404), Set.of(), -1))
        .method(builder, "accepted", 0, new Effect.Respond(fixed(202), Set.of(), -1))
        .method(builder, "accepted", 1, new Effect.Respond(fixed(202), Set.of(), 0))
        .method(builder, "created", 1, new Effect.Respond(fixed(201), Set.of("Location"), -1))
        .method(builder, "seeOther", 1, new Effect.Respond(fixed(303), Set.of("Location"), -1))
        .method(builder, "temporaryRedirect", 1, new Effect.Respond(fixed(307), Set.of("Location"), -1))
        .method(builder, "notModified", 0, new Effect.Respond(fixed(304), Set.of(), -1))
        .method(builder, "serverError", 0, new Effect.Respond(fixed(500), Set.of(), -1))
        .method(builder, "create", 1, new Effect.Respond(fromArgument(0), Set.of(), -1))
        .method(builder, "create", 2, new Effect.Respond(fromArgument(0), Set.of(), 1))
        .method(builder, "fromResponse", 1, new Effect.CopyOf(0))
        .method(builder, "status", -1, new Effect.SetStatus(0))
        .method(builder, "entity", -1, new Effect.SetBody(0))
        .method(builder, "header", 2, new Effect.AddNamedHeader(0, 1))
        .otherMethods(builder, new Effect.Pass());
    // RestResponse.ResponseBuilder has the steps of JAX-RS's ResponseBuilder, setting the same headers.
    JaxRs.BUILDER_HEADERS.forEach((step, header) -> library.method(builder, step, -1, new Effect.AddHeader(header)));
  }



  @Override
  public boolean isHandlerClass(TypeElement type) {
    return !ServerExceptionMappers.mappers(type).isEmpty();
  }

  @Override
  public Optional<ExceptionHandlers> handlers(
      Framework framework, Collection<TypeElement> classes, java.util.Set<String> registered, Types types) {
    return appliesTo(framework) ? Optional.of(new ServerExceptionMappers(classes)) : Optional.empty();
  }

  @Override
  public List<FrameworkAnswer> frameworkAnswers(
      ExecutableElement method, TypeElement type, javax.lang.model.util.Elements elements) {
    for (Element element : List.of(method, type)) {
      if (ByName.annotation(element, "jakarta.annotation.security.PermitAll").isPresent()) {
        return List.of();
      }
      Optional<AnnotationMirror> authenticated = ByName.annotation(element, "io.quarkus.security.Authenticated");
      if (authenticated.isPresent()) {
        return List.of(
            new FrameworkAnswer(
                401,
                "the framework's access check of @Authenticated, for a caller who is not authenticated",
                element,
                authenticated,
                Optional.of("io.quarkus.security.UnauthorizedException")));
      }
      Optional<AnnotationMirror> permissions = ByName.annotation(element, "io.quarkus.security.PermissionsAllowed");
      if (permissions.isPresent()) {
        return Security.checked(
            element, permissions.get(), "@PermissionsAllowed", Optional.of("io.quarkus.security.ForbiddenException"));
      }
    }
    return List.of();
  }

  @Override
  public Set<String> ownPackages() {
    return Set.of(REACTIVE, "io.quarkus.", "io.smallrye.");
  }
}
