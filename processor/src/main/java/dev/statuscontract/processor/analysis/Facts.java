package dev.statuscontract.processor.analysis;

import java.util.List;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;

/**
 * What one method body shows on its own, read when its class has been analysed and kept after
 * javac has lowered its trees: the values it returns, the exceptions it throws, the methods it
 * calls. Helpers and mappers are filled in later, by {@link Resolver}, once every class is read.
 *
 * @param method the method
 * @param returns what its {@code return} statements may return
 * @param thrown what its {@code throw} statements throw
 * @param calls every method it calls, for the exceptions they throw
 * @param completesNormally whether a {@code void} method may end without returning a value (at a
 *     {@code return;} or its closing brace)
 * @param site the method itself
 */
record Facts(
    ExecutableElement method,
    List<Value> returns,
    List<Thrown> thrown,
    List<CallSite> calls,
    boolean completesNormally,
    Site site) {

  /**
   * An exception thrown at {@code site}.
   *
   * @param type its class
   * @param framework the responses the framework itself makes of it, empty when it makes none
   * @param caught the exception types that catch blocks around {@code site} catch
   * @param calls the helpers it came through, outermost first
   */
  record Thrown(TypeElement type, List<Value> framework, Site site, List<TypeElement> caught, List<String> calls) {}

  /**
   * A method call.
   *
   * @param callee the method called
   * @param name its name for messages, {@code helper()}
   * @param followable whether its body counts as the caller's (private, static or final, of the
   *     caller's class or a superclass)
   * @param declaredThrown the exception classes its {@code throws} clause names, as instantiated at
   *     the call ({@code orElseThrow(NotFoundException::new)} throws {@code NotFoundException})
   * @param caught the exception types that catch blocks around the call catch
   */
  record CallSite(
      ExecutableElement callee,
      String name,
      boolean followable,
      List<TypeElement> declaredThrown,
      Site site,
      List<TypeElement> caught) {}
}
