package dev.statuscontract.processor.frameworks;

import javax.lang.model.element.ExecutableElement;

/**
 * A method that turns an exception into a response: a JAX-RS mapper's {@code toResponse}, a Spring
 * {@code @ExceptionHandler}, a Quarkus {@code @ServerExceptionMapper}.
 *
 * @param name how messages name it: {@code com.acme.MissingMapper}, {@code com.acme.Advice#onMissing}
 * @param method the method that makes the response
 * @param precedence the framework's order of asking (lower first): the handlers of the endpoint's
 *     own class before global ones, advice in its {@code @Order}
 * @param distance how far the exception it declares is from the thrown one, in superclasses:
 *     among handlers of the same precedence, the nearest wins
 */
public record Handler(String name, ExecutableElement method, int precedence, int distance) {}
