package dev.statuscontract.processor.helpers;

import com.palantir.javapoet.ArrayTypeName;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeVariableName;
import com.palantir.javapoet.WildcardTypeName;
import dev.statuscontract.processor.model.TypeRef;
import java.util.List;

/** The JavaPoet names of the model's types. */
final class TypeNames {

  private TypeNames() {}

  static TypeName of(TypeRef type) {
    String name = type.name();
    if (name.endsWith("[]")) {
      return ArrayTypeName.of(of(TypeRef.of(name.substring(0, name.length() - 2))));
    }
    if (name.equals("?")) {
      return WildcardTypeName.subtypeOf(Object.class);
    }
    if (name.startsWith("? extends ")) {
      return WildcardTypeName.subtypeOf(of(TypeRef.of(name.substring("? extends ".length()))));
    }
    if (name.startsWith("? super ")) {
      return WildcardTypeName.supertypeOf(of(TypeRef.of(name.substring("? super ".length()))));
    }
    TypeName primitive = primitive(name);
    if (primitive != null) {
      return primitive;
    }
    if (type.packageName().isEmpty() && !name.contains(".")) {
      return TypeVariableName.get(name);
    }
    List<String> simpleNames = type.simpleNames();
    ClassName raw =
        ClassName.get(
            type.packageName(),
            simpleNames.get(0),
            simpleNames.subList(1, simpleNames.size()).toArray(String[]::new));
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
      default -> null;
    };
  }
}
