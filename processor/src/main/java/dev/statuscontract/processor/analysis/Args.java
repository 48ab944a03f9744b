package dev.statuscontract.processor.analysis;

import dev.statuscontract.processor.lang.NameStrings;
import java.util.List;
import java.util.Optional;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.TypeMirror;

/**
 * A call of a library method as {@link Effects} sees it: the method, its receiver and its
 * arguments, whether written in the code ({@link Call}) or given by a method reference applied to
 * values ({@code ResponseEntity::ok} on a pipeline's item).
 */
interface Args {

  ExecutableElement method();

  /** Where the call is. */
  Site site();

  int count();

  /** The values of the argument {@code index}. */
  List<Value> eval(int index);

  /** Whether the argument {@code index} is the literal {@code null}. */
  boolean isNull(int index);

  /** The static type of the argument {@code index}, where known. */
  TypeMirror type(int index);

  /** The value of the argument {@code index} when it is a string constant. */
  Optional<String> constantString(int index);

  /** The values of the receiver of an instance method. */
  List<Value> receiver();

  /** A value of the call's own static type that the code does not show. */
  Value opaque(String because);

  default String name() {
    return NameStrings.of(method().getSimpleName());
  }

  /** The qualified name of the class that declares the method. */
  default String owner() {
    return NameStrings.of(((TypeElement) method().getEnclosingElement()).getQualifiedName());
  }

  default boolean isStatic() {
    return method().getModifiers().contains(Modifier.STATIC);
  }

  /** The declared type of the parameter {@code index} (the last one for varargs beyond it). */
  default TypeMirror parameterType(int index) {
    int last = method().getParameters().size() - 1;
    return method().getParameters().get(Math.min(index, last)).asType();
  }
}
