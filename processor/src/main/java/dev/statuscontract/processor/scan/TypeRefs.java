package dev.statuscontract.processor.scan;

import dev.statuscontract.processor.lang.NameStrings;
import dev.statuscontract.processor.model.TypeRef;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import javax.lang.model.util.Elements;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.NestingKind;
import javax.lang.model.element.PackageElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.ArrayType;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.type.TypeVariable;
import javax.lang.model.type.WildcardType;

/**
 * Turns compiler types into the model's {@link TypeRef}s, from their structure: the names come
 * from the elements, never from a type's {@code toString()}, which carries type annotations and
 * varies between compilers.
 */
final class TypeRefs {

  private final Elements elements;
  private final Predicate<TypeElement> auxiliary;

  /**
   * @param auxiliary whether a top-level class is an auxiliary class, declared in a source file
   *     named after another class
   */
  TypeRefs(Elements elements, Predicate<TypeElement> auxiliary) {
    this.elements = elements;
    this.auxiliary = auxiliary;
  }

  TypeRef of(TypeMirror type) {
    TypeKind kind = type.getKind();
    if (kind.isPrimitive()) {
      return new TypeRef.Primitive(kind.name().toLowerCase(java.util.Locale.ROOT));
    }
    return switch (kind) {
      case VOID -> new TypeRef.Primitive("void");
      case ARRAY -> new TypeRef.Array(of(((ArrayType) type).getComponentType()));
      case WILDCARD -> wildcard((WildcardType) type);
      case TYPEVAR -> new TypeRef.Variable(((TypeVariable) type).asElement().getSimpleName().toString());
      case DECLARED -> declared((DeclaredType) type);
      default -> new TypeRef.Unknown(type.toString());
    };
  }

  private TypeRef wildcard(WildcardType wildcard) {
    return new TypeRef.Wildcard(
        Optional.ofNullable(wildcard.getExtendsBound()).map(this::of),
        Optional.ofNullable(wildcard.getSuperBound()).map(this::of));
  }

  private TypeRef declared(DeclaredType declared) {
    if (!(declared.asElement() instanceof TypeElement element)) {
      return new TypeRef.Unknown(declared.toString());
    }
    List<String> simpleNames = new ArrayList<>();
    TypeRef.Access access = TypeRef.Access.PUBLIC;
    boolean deprecated = false;
    Element e = element;
    for (; e instanceof TypeElement t; e = t.getEnclosingElement()) {
      if (t.getNestingKind() == NestingKind.LOCAL || t.getNestingKind() == NestingKind.ANONYMOUS) {
        return new TypeRef.Unknown(t.getSimpleName().toString());
      }
      simpleNames.add(0, NameStrings.of(t.getSimpleName()));
      access = narrower(access, accessOf(t));
      deprecated |= elements.isDeprecated(t);
      if (t.getEnclosingElement() instanceof PackageElement && auxiliary.test(t)) {
        access = narrower(access, TypeRef.Access.FILE);
      }
    }
    if (!(e instanceof PackageElement pkg) || element.getKind() == ElementKind.OTHER) {
      return new TypeRef.Unknown(declared.toString());
    }
    // A raw generic type, as a class literal gives it, reads as Page<?>: every use of it compiles.
    List<TypeRef> arguments =
        declared.getTypeArguments().isEmpty()
            ? element.getTypeParameters().stream().map(p -> (TypeRef) TypeRef.Wildcard.UNBOUNDED).toList()
            : declared.getTypeArguments().stream().map(this::of).toList();
    return new TypeRef.Named(NameStrings.of(pkg.getQualifiedName()), simpleNames, arguments, access, deprecated);
  }

  private static TypeRef.Access accessOf(TypeElement type) {
    if (type.getModifiers().contains(Modifier.PRIVATE)) {
      return TypeRef.Access.PRIVATE;
    }
    if (type.getModifiers().contains(Modifier.PUBLIC)
        || (type.getEnclosingElement() instanceof TypeElement outer && outer.getKind().isInterface())) {
      return TypeRef.Access.PUBLIC;
    }
    return TypeRef.Access.PACKAGE;
  }

  private static TypeRef.Access narrower(TypeRef.Access a, TypeRef.Access b) {
    return a.compareTo(b) >= 0 ? a : b;
  }
}
