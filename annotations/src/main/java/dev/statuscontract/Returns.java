package dev.statuscontract;

import static java.lang.annotation.ElementType.ANNOTATION_TYPE;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import java.lang.annotation.Documented;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * Declares one HTTP status code that an endpoint returns.
 *
 * <p>On an endpoint method it declares a response of that endpoint; on a class it declares a
 * response of every endpoint of the class (and of its nested classes); on an annotation type it
 * makes a <em>composed</em> annotation, such as a project's own {@code @StandardErrors}, that
 * declares its responses wherever it is used. A declaration on the method replaces a class-level
 * or composed declaration of the same code.
 *
 * <pre>{@code
 * @POST
 * @Creates
 * @Returns(value = 201, description = "The user was created", headers = "Location", body = User.class)
 * @Returns(value = 409, description = "A user with this e-mail address exists")
 * public Response create(NewUser user) { ... }
 * }</pre>
 *
 * <p>The status-contract processor checks every declaration against HTTP semantics (RFC 9110) at
 * compile time.
 */
@Repeatable(Returns.List.class)
@Target({METHOD, TYPE, ANNOTATION_TYPE})
@Retention(RUNTIME)
@Documented
public @interface Returns {

  /** The status code, for example {@code 201}. */
  int value();

  /** When the endpoint returns this code, in a sentence for the generated documentation. */
  String description() default "";

  /**
   * The names of the response headers sent with this code, for example {@code "Location"}.
   * Names compare case-insensitively.
   */
  String[] headers() default {};

  /** The type of the response body; {@code void.class}, the default, means no body. */
  Class<?> body() default void.class;

  /** Holds repeated {@link Returns} declarations; written by the compiler, rarely by hand. */
  @Target({METHOD, TYPE, ANNOTATION_TYPE})
  @Retention(RUNTIME)
  @Documented
  @interface List {
    /** The repeated declarations. */
    Returns[] value();
  }
}
