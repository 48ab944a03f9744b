package dev.statuscontract.processor.analysis;

import dev.statuscontract.processor.lang.ByName;

import com.sun.source.util.Trees;
import dev.statuscontract.processor.model.Status;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;

/**
 * Calls of the generated {@code <Class>Responses} factories ({@code
 * UserResourceResponses.Create.created(user, uri)}): the factory's name tells its code ({@code
 * created} is 201, {@code status499} is 499) and its parameters the content ({@code body}) and
 * headers ({@code location} is {@code Location}) it sets. A factory is a public static method of a
 * top-level class whose name ends in {@code Responses} and that carries {@code @Generated} naming
 * status-contract (or, compiled elsewhere, where that source-retained annotation is gone, has no
 * source here).
 */
final class Factories {

  private static final String GENERATED = "javax.annotation.processing.Generated";

  private Factories() {}

  /** The response a factory call makes, or empty when the call is not one of a factory. */
  static Optional<List<Value>> values(Call call, Trees trees) {
    ExecutableElement method = call.method();
    if (!method.getModifiers().containsAll(Set.of(Modifier.PUBLIC, Modifier.STATIC))) {
      return Optional.empty();
    }
    TypeElement top = ByName.topLevel(method);
    if (!top.getSimpleName().toString().endsWith("Responses") || !isGenerated(top, trees)) {
      return Optional.empty();
    }
    OptionalInt code = StatusNames.ofFactory(call.name());
    if (code.isEmpty()) {
      return Optional.empty();
    }
    List<String> headers = new ArrayList<>();
    boolean body = false;
    javax.lang.model.type.TypeMirror content = null;
    List<? extends VariableElement> parameters = method.getParameters();
    for (int i = 0; i < parameters.size(); i++) {
      VariableElement parameter = parameters.get(i);
      String name = parameter.getSimpleName().toString();
      if (name.equals("body")) {
        body = true;
        content = parameter.asType();
      } else if (!name.matches("arg[0-9]+")) {
        headers.add(StatusNames.headerOfParameter(name));
      }
    }
    String factory = qualifiedPath(method) + "()";
    Value response = Value.response(Status.of(code.getAsInt()), Set.copyOf(headers), body, content, call.site());
    return Optional.of(
        List.of(
            new Value(
                response.kind(),
                response.status(),
                response.headers(),
                response.body(),
                response.content(),
                null,
                response.site(),
                response.origin(),
                List.of(factory),
                null,
                null)));
  }

  private static boolean isGenerated(TypeElement top, Trees trees) {
    Optional<AnnotationMirror> generated = ByName.annotation(top, GENERATED);
    if (generated.isPresent()) {
      return ByName.values(generated.get(), "value").stream()
          .anyMatch(value -> String.valueOf(value.getValue()).startsWith("dev.statuscontract."));
    }
    return trees.getTree(top) == null;
  }

  /** {@code UserResourceResponses.Create.created}. */
  private static String qualifiedPath(ExecutableElement method) {
    StringBuilder path = new StringBuilder(method.getSimpleName());
    for (Element e = method.getEnclosingElement(); e instanceof TypeElement type; e = type.getEnclosingElement()) {
      path.insert(0, type.getSimpleName() + ".");
    }
    return path.toString();
  }
}
