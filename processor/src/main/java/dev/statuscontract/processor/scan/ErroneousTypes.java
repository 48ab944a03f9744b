package dev.statuscontract.processor.scan;

import java.util.List;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.ArrayType;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.ElementFilter;

/**
 * Finds types that javac could not resolve yet in what a contract is read from: a missing import,
 * or a class that another annotation processor will generate in a later round. A class with one
 * is left for a later round, so that a half-known contract never yields a finding.
 */
public final class ErroneousTypes {

  private ErroneousTypes() {}

  /** Whether anything the contract of {@code type} is read from refers to an unresolved type. */
  public static boolean in(TypeElement type) {
    if (erroneous(type.getSuperclass())
        || type.getInterfaces().stream().anyMatch(ErroneousTypes::erroneous)
        || annotationsErroneous(type)) {
      return true;
    }
    for (ExecutableElement method : ElementFilter.methodsIn(type.getEnclosedElements())) {
      if (annotationsErroneous(method)
          || erroneous(method.getReturnType())
          || method.getParameters().stream().map(VariableElement::asType).anyMatch(ErroneousTypes::erroneous)) {
        return true;
      }
    }
    return false;
  }

  private static boolean annotationsErroneous(Element element) {
    return element.getAnnotationMirrors().stream().anyMatch(ErroneousTypes::erroneous);
  }

  private static boolean erroneous(AnnotationMirror annotation) {
    if (erroneous(annotation.getAnnotationType())) {
      return true;
    }
    Element type = annotation.getAnnotationType().asElement();
    return annotation.getElementValues().values().stream().anyMatch(ErroneousTypes::erroneous)
        || (type.getKind().isInterface() && annotationsOfComposedErroneous(type));
  }

  /** A composed annotation whose own {@code @Returns} names an unresolved body type, say. */
  private static boolean annotationsOfComposedErroneous(Element annotationType) {
    return annotationType.getAnnotationMirrors().stream()
        .filter(a -> Annotations.nameOf(a).startsWith(ContractScanner.RETURNS))
        .anyMatch(a -> a.getElementValues().values().stream().anyMatch(ErroneousTypes::erroneous));
  }

  private static boolean erroneous(AnnotationValue value) {
    Object v = value.getValue();
    if (v instanceof TypeMirror type) {
      return erroneous(type);
    }
    if (v instanceof AnnotationMirror nested) {
      return erroneous(nested);
    }
    if (v instanceof List<?> list) {
      return list.stream().map(AnnotationValue.class::cast).anyMatch(ErroneousTypes::erroneous);
    }
    // javac hands an attribute it could not evaluate over as the string "<error>".
    return v instanceof String s && s.equals("<error>") && !(value.toString().startsWith("\""));
  }

  private static boolean erroneous(TypeMirror type) {
    if (type.getKind() == TypeKind.ERROR) {
      return true;
    }
    if (type instanceof DeclaredType declared) {
      return declared.getTypeArguments().stream().anyMatch(ErroneousTypes::erroneous);
    }
    if (type instanceof ArrayType array) {
      return erroneous(array.getComponentType());
    }
    return false;
  }
}
