package dev.statuscontract.processor.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * One endpoint and its contract: an HTTP method on a path, handled by one Java method, with the
 * responses it declares.
 *
 * @param httpMethod the HTTP method
 * @param path the full path, starting with {@code /}, with template variables as {@code {id}}
 * @param framework the framework whose annotations declare it
 * @param declaringType the fully qualified name of the class (or interface) that declares it
 * @param methodName the Java method's name
 * @param parameterTypes the Java method's parameter types, which tell overloads apart
 * @param returnType the Java method's return type
 * @param creates where {@code @Creates} is written, if it is
 * @param produces the media types the framework's annotations say it produces ({@code @Produces},
 *     {@code produces = ...}), in the order written; empty where they do not say
 * @param declarations every declaration that applies, the most specific first (method, then
 *     composed annotations on the method, then class-level ones), including those that a more
 *     specific declaration of the same code replaces
 * @param summary the first sentence of the Java method's Javadoc (of the nearest method it
 *     overrides that has one, where it has none); empty without Javadoc
 * @param description the rest of that Javadoc's main description, without its block tags
 * @param parameters the path, query, header and cookie parameters, in the order of the Java
 *     method's parameters, each name and location once
 * @param requestBody the request body, where the method takes one
 * @param origin the Java method
 */
public record Endpoint(
    HttpMethod httpMethod,
    String path,
    Framework framework,
    String declaringType,
    String methodName,
    List<TypeRef> parameterTypes,
    TypeRef returnType,
    Optional<Origin> creates,
    List<String> produces,
    List<DeclaredResponse> declarations,
    DocText summary,
    DocText description,
    List<Parameter> parameters,
    Optional<RequestBody> requestBody,
    Origin origin) {

  public Endpoint {
    parameterTypes = List.copyOf(parameterTypes);
    produces = List.copyOf(produces);
    declarations = Declarations.of(declarations);
    parameters = List.copyOf(parameters);
  }

  /**
   * The responses in effect, one per code in numeric order: where a code is declared at several
   * levels, the most specific declaration wins.
   */
  public List<DeclaredResponse> responses() {
    return ((Declarations) declarations).responses();
  }

  /**
   * The responses declared for {@code default} or a range such as {@code 2XX}, the most specific
   * declaration of each: ranges in order, then {@code default}. Documented, never checked.
   */
  public List<DeclaredResponse> patterns() {
    return ((Declarations) declarations).patterns();
  }

  /** What the documents list: the responses in effect, then the patterns. */
  public List<DeclaredResponse> documented() {
    List<DeclaredResponse> documented = new ArrayList<>(responses());
    documented.addAll(patterns());
    return List.copyOf(documented);
  }

  /**
   * This endpoint without its places in the source, for the documents, which need none: kept until
   * the last round, it then holds nothing of javac's symbols and trees.
   */
  public Endpoint detached() {
    return new Endpoint(
        httpMethod,
        path,
        framework,
        declaringType,
        methodName,
        parameterTypes,
        returnType,
        creates.map(c -> Origin.NOWHERE),
        produces,
        declarations.stream().map(DeclaredResponse::detached).toList(),
        summary,
        description,
        parameters,
        requestBody,
        Origin.NOWHERE);
  }

  /** This endpoint with {@code declarations} instead of its own. */
  public Endpoint withDeclarations(List<DeclaredResponse> declarations) {
    return new Endpoint(
        httpMethod,
        path,
        framework,
        declaringType,
        methodName,
        parameterTypes,
        returnType,
        creates,
        produces,
        declarations,
        summary,
        description,
        parameters,
        requestBody,
        origin);
  }

  /**
   * The annotation that the endpoint's own contract is written with, if it has one: a declaration
   * on the method, or through a composed annotation on it. Declarations on the class alone, and
   * Spring's {@code @ResponseStatus}, which sets only the status of a normal return, are no
   * contract of all the endpoint answers; its body is then what documents it.
   */
  public Optional<Source> writtenWith() {
    return ((Declarations) declarations).writtenWith();
  }

  /** Whether the endpoint is marked {@code @Creates}. */
  public boolean isCreating() {
    return creates.isPresent();
  }

  /** Whether a response with this code is in effect. */
  public boolean declares(int code) {
    return declarations.stream().anyMatch(r -> r.isNumeric() && r.code() == code);
  }

  /** How messages and documents name the endpoint: {@code POST /users/{id}/orders}. */
  public String describe() {
    return httpMethod + " " + path;
  }

  /** The Java method, as {@code UserResource.create(NewUser)} with simple type names. */
  public String javaMethod() {
    StringBuilder signature = new StringBuilder(simpleName(declaringType)).append('.');
    signature.append(methodName).append('(');
    for (int i = 0; i < parameterTypes.size(); i++) {
      signature.append(i == 0 ? "" : ", ").append(simpleName(parameterTypes.get(i).name()));
    }
    return signature.append(')').toString();
  }

  private static String simpleName(String qualifiedName) {
    return qualifiedName.substring(qualifiedName.lastIndexOf('.') + 1);
  }
}
