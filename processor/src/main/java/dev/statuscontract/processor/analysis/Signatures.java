package dev.statuscontract.processor.analysis;

import dev.statuscontract.processor.lang.NameStrings;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.type.TypeVariable;

/** Names of types and methods that stay the same across processing rounds. */
final class Signatures {

  private Signatures() {}

  /** {@code com.acme.UserResource#create(java.lang.String,int)}. */
  static String of(ExecutableElement method) {
    StringBuilder signature = new StringBuilder();
    if (method.getEnclosingElement() instanceof TypeElement type) {
      signature.append(NameStrings.of(type.getQualifiedName()));
    }
    signature.append('#').append(NameStrings.of(method.getSimpleName())).append('(');
    String separator = "";
    for (VariableElement parameter : method.getParameters()) {
      signature.append(separator).append(erasedName(parameter.asType()));
      separator = ",";
    }
    return signature.append(')').toString();
  }

  /** The qualified name of a class type without its arguments, a primitive's keyword, and so on. */
  static String erasedName(TypeMirror type) {
    if (type.getKind() == TypeKind.DECLARED) {
      return NameStrings.of(((TypeElement) ((DeclaredType) type).asElement()).getQualifiedName());
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
