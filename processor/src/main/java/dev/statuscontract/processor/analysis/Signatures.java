package dev.statuscontract.processor.analysis;

import java.util.stream.Collectors;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.type.TypeVariable;

/** Names of types and methods that stay the same across processing rounds. */
final class Signatures {

  private Signatures() {}

  /** {@code com.acme.UserResource#create(java.lang.String,int)}. */
  static String of(ExecutableElement method) {
    String owner =
        method.getEnclosingElement() instanceof TypeElement type ? type.getQualifiedName().toString() : "";
    return owner + "#" + method.getSimpleName()
        + method.getParameters().stream().map(p -> erasedName(p.asType())).collect(Collectors.joining(",", "(", ")"));
  }

  /** The qualified name of a class type without its arguments, a primitive's keyword, and so on. */
  static String erasedName(TypeMirror type) {
    if (type.getKind() == TypeKind.DECLARED) {
      return ((TypeElement) ((DeclaredType) type).asElement()).getQualifiedName().toString();
    }
    if (type.getKind() == TypeKind.ARRAY) {
      return erasedName(((javax.lang.model.type.ArrayType) type).getComponentType()) + "[]";
    }
    if (type.getKind() == TypeKind.TYPEVAR) {
      return erasedName(((TypeVariable) type).getUpperBound());
    }
    return type.toString();
  }
}
