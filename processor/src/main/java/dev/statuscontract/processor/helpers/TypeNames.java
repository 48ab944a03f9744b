package dev.statuscontract.processor.helpers;

import com.palantir.javapoet.ArrayTypeName;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.WildcardTypeName;
import dev.statuscontract.processor.model.TypeRef;
import java.util.List;

/**
 * The JavaPoet names of the model's types. Only types that {@link TypeRef#isNameableFrom} the
 * generated file's package are asked for: a type variable or a type the processor cannot name has
 * no JavaPoet name.
 */
final class TypeNames {

  private TypeNames() {}

  static TypeName of(TypeRef type) {
    if (type instanceof TypeRef.Primitive p) {
      return primitive(p.name());
    }
    if (type instanceof TypeRef.Array a) {
      return ArrayTypeName.of(of(a.component()));
    }
    if (type instanceof TypeRef.Wildcard w) {
      return w.superBound().isPresent()
          ? WildcardTypeName.supertypeOf(of(w.superBound().get()))
          : WildcardTypeName.subtypeOf(w.extendsBound().map(TypeNames::of).orElse(ClassName.OBJECT));
    }
    if (type instanceof TypeRef.Named n) {
      return named(n);
    }
    throw new IllegalArgumentException("not a nameable type: " + type);
  }

  private static TypeName named(TypeRef.Named type) {
    List<String> simpleNames = type.simpleNames();
    ClassName raw =
        ClassName.get(
            type.packageName(), simpleNames.get(0), simpleNames.subList(1, simpleNames.size()).toArray(String[]::new));
    if (type.typeArguments().isEmpty()) {
      return raw;
    }
    return ParameterizedTypeName.get(raw, type.typeArguments().stream().map(TypeNames::of).toArray(TypeName[]::new));
  }

  private static TypeName primitive(String name) {
    return switch (name) {
      case "boolean" -> TypeName.BOOLEAN;
      case "byte" -> TypeName.BYTE;
      case "short" -> TypeName.SHORT;
      case "int" -> TypeName.INT;
      case "long" -> TypeName.LONG;
      case "char" -> TypeName.CHAR;
      case "float" -> TypeName.FLOAT;
      case "double" -> TypeName.DOUBLE;
      case "void" -> TypeName.VOID;
      default -> throw new IllegalArgumentException("not a primitive type: " + name);
    };
  }
}
