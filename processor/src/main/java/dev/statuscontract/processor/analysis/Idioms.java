package dev.statuscontract.processor.analysis;

import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.TypeMirror;

/**
 * What one framework's code means for responses: its factories and builders, its status
 * constants, the exceptions it maps itself. Everything is matched by qualified name. One class per
 * framework ({@link JaxRsIdioms} for both JAX-RS namespaces, {@link SpringIdioms}), so that nothing
 * else in the analysis knows a framework.
 */
interface Idioms {

  /**
   * The values of a call this framework knows (a response factory, a builder step, a status
   * conversion), or empty when the call is not one of its own.
   */
  Optional<List<Value>> call(Call call);

  /** The values of {@code new X(...)} for a response or headers class of this framework, or empty. */
  Optional<List<Value>> construct(Call construction);

  /**
   * The responses this framework makes, by itself, of an exception of class {@code type}; empty
   * when it is not an exception the framework maps. The list is empty when it maps it to nothing
   * known.
   *
   * @param construction the {@code new} expression that creates it, or {@code null} when only its
   *     class is known (a variable, a {@code throws} clause)
   */
  Optional<List<Value>> exception(TypeElement type, Call construction, Site site);

  /** The code of a status enum constant of this framework, such as {@code HttpStatus.NOT_FOUND}. */
  OptionalInt statusConstant(VariableElement constant);

  /** What a value of this static type is, if it is a response, status or headers type of this framework. */
  Optional<Value.Kind> kindOf(TypeMirror type);
}
