package dev.statuscontract.processor.frameworks.jaxrs;

import static dev.statuscontract.processor.frameworks.Effect.fixed;
import static dev.statuscontract.processor.frameworks.Effect.fromArgument;

import dev.statuscontract.processor.frameworks.Effect;
import dev.statuscontract.processor.frameworks.ExceptionHandlers;
import dev.statuscontract.processor.frameworks.ExceptionModel;
import dev.statuscontract.processor.frameworks.Family;
import dev.statuscontract.processor.frameworks.FrameworkAdapter;
import dev.statuscontract.processor.frameworks.FrameworkAnswer;
import dev.statuscontract.processor.frameworks.Library;
import dev.statuscontract.processor.frameworks.Library.Role;
import dev.statuscontract.processor.frameworks.Security;
import dev.statuscontract.processor.lang.Annotations;
import dev.statuscontract.processor.model.Framework;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.Types;

/**
 * JAX-RS in one namespace: Jakarta REST ({@code jakarta.ws.rs}) or JAX-RS ({@code javax.ws.rs}).
 * Its resources are mapped by {@code @Path} and {@code @GET}...; a returned entity answers 200 and
 * {@code null} or {@code void} 204; {@code Response} and its builder are read step by step; the
 * {@code WebApplicationException} family answers its own status; {@code @Provider
 * ExceptionMapper<E>} classes turn the other exceptions into responses.
 */
public final class JaxRs implements Family {

  /** Jakarta REST. */
  public static final JaxRs JAKARTA = new JaxRs("jakarta.ws.rs", "jakarta-rs", "Jakarta REST", "jakarta");

  /** JAX-RS before the move to Jakarta. */
  public static final JaxRs JAVAX = new JaxRs("javax.ws.rs", "javax-rs", "JAX-RS", "javax");

  /** Exceptions whose class fixes the code, by simple name. */
  private static final Map<String, Integer> FIXED =
      Map.of(
          "BadRequestException", 400,
          "NotAuthorizedException", 401,
          "ForbiddenException", 403,
          "NotFoundException", 404,
          "NotAllowedException", 405,
          "NotAcceptableException", 406,
          "NotSupportedException", 415,
          "InternalServerErrorException", 500,
          "ServiceUnavailableException", 503);

  /** The header that the constructors of an exception of fixed code always set. */
  private static final Map<String, String> FIXED_HEADERS =
      Map.of("NotAuthorizedException", "WWW-Authenticate", "NotAllowedException", "Allow");

  /**
   * The header each {@code ResponseBuilder} step sets; the steps of Quarkus's {@code
   * RestResponse.ResponseBuilder} are the same.
   */
  public static final Map<String, String> BUILDER_HEADERS =
      Map.ofEntries(
          Map.entry("location", "Location"),
          Map.entry("contentLocation", "Content-Location"),
          Map.entry("allow", "Allow"),
          Map.entry("tag", "ETag"),
          Map.entry("lastModified", "Last-Modified"),
          Map.entry("expires", "Expires"),
          Map.entry("type", "Content-Type"),
          Map.entry("language", "Content-Language"),
          Map.entry("encoding", "Content-Encoding"),
          Map.entry("cacheControl", "Cache-Control"),
          Map.entry("cookie", "Set-Cookie"),
          Map.entry("link", "Link"),
          Map.entry("links", "Link"),
          Map.entry("variants", "Vary"));

  private final String pkg;
  private final Framework framework;
  private final String validation;
  /** Bean validation's {@code @Valid} and the package of its constraints, which any parameter may carry. */
  private final Set<String> validAnnotations;
  private final Set<String> constraintPackages;
  private final Security.AccessAnnotations access;
  /** The parameters bean validation never checks: the framework's own injections. */
  private final List<String> injected;

  private JaxRs(String pkg, String id, String displayName, String namespace) {
    this.pkg = pkg;
    this.validation = namespace + ".validation.";
    this.validAnnotations = Set.of(validation + "Valid");
    this.constraintPackages = Set.of(validation + "constraints.");
    this.access = Security.AccessAnnotations.in(namespace + ".annotation.security.");
    this.injected = List.of(pkg + ".container.Suspended", pkg + ".core.Context");
    this.framework =
        new Framework(
            id,
            displayName,
            new Framework.JaxRsResponse(pkg + ".core"),
            Set.of(
                "java.util.concurrent.CompletionStage",
                "java.util.concurrent.CompletableFuture",
                "io.smallrye.mutiny.Uni",
                "org.jboss.resteasy.reactive.RestResponse"),
            Set.of("io.smallrye.mutiny.Multi"),
            Set.of("jakarta.ws.rs.core.Response", "javax.ws.rs.core.Response"),
            Map.of("Location", ".location(uri)", "Allow", ".allow(\"GET\", ...)"),
            "Response");
  }

  /** The package of the namespace: {@code jakarta.ws.rs}. */
  public String pkg() {
    return pkg;
  }

  /** The framework this family maps. */
  public Framework framework() {
    return framework;
  }

  @Override
  public String name() {
    return framework.id();
  }

  @Override
  public List<Framework> frameworks() {
    return List.of(framework);
  }

  @Override
  public List<FrameworkAdapter> adapters(Annotations annotations) {
    return List.of(new JaxRsAdapter(pkg, framework, annotations));
  }

  @Override
  public boolean appliesTo(Framework other) {
    return framework.equals(other);
  }

  @Override
  public Optional<Defaults> defaults(Framework other) {
    return appliesTo(other) ? Optional.of(new Defaults(200, 204)) : Optional.empty();
  }

  @Override
  public void describe(Library.Builder library) {
    String response = pkg + ".core.Response";
    String builder = response + ".ResponseBuilder";
    String statusType = response + ".StatusType";
    String status = response + ".Status";
    dev.statuscontract.processor.frameworks.Servlets.describe(library);
    library
        .role(response, Role.RESPONSE)
        .role(builder, Role.RESPONSE)
        .role(statusType, Role.STATUS)
        .statusEnum(status)
        .method(response, "status", 1, new Effect.Respond(fromArgument(0), Set.of(), -1))
        .method(response, "status", 2, new Effect.Respond(fromArgument(0), Set.of(), -1))
        .method(response, "ok", 0, new Effect.Respond(fixed(200), Set.of(), -1))
        .method(response, "ok", 1, new Effect.Respond(fixed(200), Set.of(), 0))
        .method(response, "ok", 2, new Effect.Respond(fixed(200), Set.of("Content-Type"), 0))
        .method(response, "created", 1, new Effect.Respond(fixed(201), Set.of("Location"), -1))
        .method(response, "accepted", 0, new Effect.Respond(fixed(202), Set.of(), -1))
        .method(response, "accepted", 1, new Effect.Respond(fixed(202), Set.of(), 0))
        .method(response, "noContent", 0, new Effect.Respond(fixed(204), Set.of(), -1))
        .method(response, "notModified", 0, new Effect.Respond(fixed(304), Set.of(), -1))
        .method(response, "notModified", 1, new Effect.Respond(fixed(304), Set.of("ETag"), -1))
        .method(response, "seeOther", 1, new Effect.Respond(fixed(303), Set.of("Location"), -1))
        .method(response, "temporaryRedirect", 1, new Effect.Respond(fixed(307), Set.of("Location"), -1))
        .method(response, "serverError", 0, new Effect.Respond(fixed(500), Set.of(), -1))
        .method(response, "notAcceptable", 1, new Effect.Respond(fixed(406), Set.of("Vary"), -1))
        .method(response, "fromResponse", 1, new Effect.CopyOf(0))
        .method(response, "getStatus", 0, new Effect.ReceiverStatus())
        .method(response, "getStatusInfo", 0, new Effect.ReceiverStatus())
        .method(builder, "status", -1, new Effect.SetStatus(0))
        .method(builder, "entity", -1, new Effect.SetBody(0))
        .method(builder, "header", 2, new Effect.AddNamedHeader(0, 1))
        .otherMethods(builder, new Effect.Pass())
        .method(statusType, "getStatusCode", 0, new Effect.ReceiverStatus())
        .method(status, "getStatusCode", 0, new Effect.ReceiverStatus())
        .method(status, "fromStatusCode", 1, new Effect.StatusOf(0))
        .completer(pkg + ".container.AsyncResponse", "resume");
    BUILDER_HEADERS.forEach((step, header) -> library.method(builder, step, -1, new Effect.AddHeader(header)));
    // A mapper's exception.getResponse(): the response of the exception it was given.
    library.method(pkg + ".WebApplicationException", "getResponse", 0, new Effect.ExceptionResponse());
    FIXED.forEach(
        (simple, code) ->
            library.exception(
                pkg + "." + simple,
                new ExceptionModel.Fixed(
                    code, FIXED_HEADERS.containsKey(simple) ? Set.of(FIXED_HEADERS.get(simple)) : Set.of())));
    library
        .exception(pkg + ".WebApplicationException", new ExceptionModel.Constructed(500, Set.of()))
        .exception(pkg + ".ClientErrorException", new ExceptionModel.Constructed(-1, Set.of()))
        .exception(pkg + ".ServerErrorException", new ExceptionModel.Constructed(-1, Set.of()))
        .exception(pkg + ".RedirectionException", new ExceptionModel.Constructed(-1, Set.of("Location")));
  }



  /** Dropwizard's mapper of bean validation failures, which it registers by itself. */
  private static final String DROPWIZARD_VIOLATION = "io.dropwizard.jersey.validation.JerseyViolationExceptionMapper";

  @Override
  public boolean isHandlerClass(TypeElement type) {
    return ExceptionMappers.implementsMapper(type, pkg);
  }

  @Override
  public Optional<ExceptionHandlers> handlers(
      Framework other, Collection<TypeElement> classes, java.util.Set<String> registered, Types types) {
    return appliesTo(other) ? Optional.of(new ExceptionMappers(pkg, classes, registered, types)) : Optional.empty();
  }

  @Override
  public List<FrameworkAnswer> frameworkAnswers(
      ExecutableElement method, TypeElement type, javax.lang.model.util.Elements elements) {
    List<FrameworkAnswer> answers = new ArrayList<>();
    Security.validated(method, validAnnotations, constraintPackages, injected)
        .ifPresent(
            found -> {
              // Dropwizard registers its own mapper: 422 for an invalid request entity, 400 for a parameter.
              boolean dropwizard = elements.getTypeElement(DROPWIZARD_VIOLATION) != null;
              boolean entity =
                  found.element().getAnnotationMirrors().stream()
                      .noneMatch(a -> dev.statuscontract.processor.lang.ByName.name(a).startsWith(pkg + "."));
              answers.add(
                  dropwizard
                      ? new FrameworkAnswer(
                          entity ? 422 : 400,
                          "Dropwizard's bean validation of " + found.what(),
                          found.element(),
                          found.annotation(),
                          Optional.of("io.dropwizard.jersey.validation.JerseyViolationException"))
                      : new FrameworkAnswer(
                          400,
                          "the framework's bean validation of " + found.what(),
                          found.element(),
                          found.annotation(),
                          Optional.of(validation + "ConstraintViolationException")));
            });
    answers.addAll(Security.roles(method, type, access));
    return answers;
  }

  @Override
  public java.util.Set<String> ownPackages() {
    return Set.of(pkg + ".");
  }
}
