package dev.statuscontract.processor.frameworks;

import dev.statuscontract.processor.lang.ByName;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;

/**
 * The annotations through which frameworks answer a status before the endpoint's code runs: bean
 * validation of its parameters (400) and role checks (401 for an anonymous caller, 403 for one
 * without the role). Read by name, as everything else.
 */
public final class Security {

  private Security() {}

  /**
   * What is validated, and the annotation that asks for it.
   *
   * @param what for messages: {@code the @Valid parameter order}
   */
  public record Validated(String what, Element element, Optional<AnnotationMirror> annotation) {}

  /**
   * The first parameter of {@code method} that bean validation checks: one annotated with one of
   * {@code validAnnotations}, or with a constraint of one of {@code constraintPackages}, and with
   * none of {@code ignored} (the framework's own injections, never validated).
   */
  public static Optional<Validated> validated(
      ExecutableElement method, Set<String> validAnnotations, Set<String> constraintPackages, List<String> ignored) {
    for (VariableElement parameter : method.getParameters()) {
      List<? extends AnnotationMirror> annotations = parameter.getAnnotationMirrors();
      if (annotations.isEmpty() || annotations.stream().map(ByName::name).anyMatch(ignored::contains)) {
        continue;
      }
      for (AnnotationMirror annotation : annotations) {
        String name = ByName.name(annotation);
        if (validAnnotations.contains(name) && cascadesInto(parameter.asType())) {
          return Optional.of(
              new Validated(
                  "the @" + simple(name) + " parameter " + parameter.getSimpleName(), parameter, Optional.of(annotation)));
        }
        for (String constraints : constraintPackages) {
          if (name.startsWith(constraints) && name.indexOf('.', constraints.length()) < 0) {
            return Optional.of(
                new Validated(
                    "the @" + simple(name) + " constraint on parameter " + parameter.getSimpleName(),
                    parameter,
                    Optional.of(annotation)));
          }
        }
      }
    }
    return Optional.empty();
  }

  /**
   * The qualified names of Jakarta's (or javax's) {@code @PermitAll}, {@code @RolesAllowed} and
   * {@code @DenyAll}, worked out once per framework rather than once per endpoint.
   */
  public record AccessAnnotations(String permitAll, String rolesAllowed, String denyAll) {
    /** The three annotations of {@code securityPackage}, such as {@code jakarta.annotation.security.}. */
    public static AccessAnnotations in(String securityPackage) {
      return new AccessAnnotations(securityPackage + "PermitAll", securityPackage + "RolesAllowed", securityPackage + "DenyAll");
    }
  }

  /**
   * The 401 and 403 of Jakarta's (or javax's) {@code @RolesAllowed} and {@code @DenyAll} on the
   * method or else its class; none where the method is {@code @PermitAll}.
   */
  public static List<FrameworkAnswer> roles(ExecutableElement method, TypeElement type, AccessAnnotations access) {
    for (Element element : List.of(method, type)) {
      Map<String, AnnotationMirror> present = ByName.annotationsByName(element);
      if (present.isEmpty()) {
        continue;
      }
      if (present.containsKey(access.permitAll())) {
        return List.of();
      }
      AnnotationMirror roles = present.get(access.rolesAllowed());
      if (roles != null) {
        return checked(element, roles, "@RolesAllowed", Optional.empty());
      }
      AnnotationMirror deny = present.get(access.denyAll());
      if (deny != null) {
        return checked(element, deny, "@DenyAll", Optional.empty());
      }
    }
    return List.of();
  }

  /** The 401 for an unauthenticated caller and the 403 for one not allowed, that an access check answers. */
  public static List<FrameworkAnswer> checked(
      Element element, AnnotationMirror annotation, String written, Optional<String> exception) {
    List<FrameworkAnswer> answers = new ArrayList<>();
    answers.add(
        new FrameworkAnswer(
            401, "the framework's access check of " + written + ", for a caller who is not authenticated", element,
            Optional.of(annotation), exception));
    answers.add(
        new FrameworkAnswer(
            403, "the framework's access check of " + written + ", for a caller who is not allowed", element,
            Optional.of(annotation), exception));
    return answers;
  }

  /**
   * Whether {@code @Valid} on a value of {@code type} can find a violation: not where the type and
   * its type arguments are all the JDK's own ({@code Map<String, List<String>>}), whose classes
   * carry no constraints.
   */
  private static boolean cascadesInto(javax.lang.model.type.TypeMirror type) {
    if (type instanceof javax.lang.model.type.ArrayType array) {
      return cascadesInto(array.getComponentType());
    }
    if (!(type instanceof javax.lang.model.type.DeclaredType declared)) {
      return !type.getKind().isPrimitive();
    }
    // @Valid is a type annotation too: any other one on the type may be a constraint.
    if (!ByName.name(type).startsWith("java.")
        || type.getAnnotationMirrors().stream().anyMatch(a -> !ByName.name(a).endsWith(".Valid"))) {
      return true;
    }
    return declared.getTypeArguments().stream().anyMatch(Security::cascadesInto);
  }

  private static String simple(String name) {
    return name.substring(name.lastIndexOf('.') + 1);
  }
}
