package dev.statuscontract.processor.scan;

import dev.statuscontract.processor.model.TypeRef;
import javax.lang.model.element.Element;
import javax.lang.model.element.PackageElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeMirror;

/** Turns compiler types into the model's {@link TypeRef}s. */
final class TypeRefs {

  private TypeRefs() {}

  static TypeRef of(TypeMirror type) {
    if (type instanceof DeclaredType declared && declared.asElement() instanceof TypeElement element) {
      Element enclosing = element.getEnclosingElement();
      while (!(enclosing instanceof PackageElement)) {
        enclosing = enclosing.getEnclosingElement();
      }
      return new TypeRef(
          element.getQualifiedName().toString(),
          declared.getTypeArguments().stream().map(TypeRefs::of).toList(),
          ((PackageElement) enclosing).getQualifiedName().toString());
    }
    return TypeRef.of(type.toString());
  }
}
