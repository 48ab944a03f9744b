package dev.statuscontract.processor.scan;

import dev.statuscontract.processor.model.TypeRef;
import java.util.List;
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
      // A raw generic type, as a class literal gives it, reads as Page<?>: every use of it compiles.
      List<TypeRef> arguments =
          declared.getTypeArguments().isEmpty()
              ? element.getTypeParameters().stream().map(p -> TypeRef.of("?")).toList()
              : declared.getTypeArguments().stream().map(TypeRefs::of).toList();
      return new TypeRef(
          element.getQualifiedName().toString(),
          arguments,
          ((PackageElement) enclosing).getQualifiedName().toString());
    }
    return TypeRef.of(type.toString());
  }
}
