package dev.statuscontract.processor.analysis;

import java.util.List;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;

/**
 * What one method body (or lambda body) shows on its own, read when its class has been analysed
 * and kept after javac has lowered its trees: the values it returns, the exceptions it throws, the
 * methods it calls. What other methods do is filled in later, by {@link Resolver}, once every
 * class is read.
 *
 * @param method the method; {@code null} for a lambda
 * @param parameters its parameters, which values may refer to ({@link Value.Var})
 * @param returns what its {@code return} statements (a lambda's expression) may return, each with
 *     the tests on the exception of a handler that lead there
 * @param thrown what its {@code throw} statements throw
 * @param calls the methods it calls whose bodies or {@code throws} clauses may matter
 * @param completesNormally whether a {@code void} method may end without returning a value (at a
 *     {@code return;} or its closing brace)
 * @param responder whether it answers through an {@code AsyncResponse} it is given ({@code
 *     @Suspended}), so that its end answers nothing
 * @param resumed what it resumes that {@code AsyncResponse} with, and whether it passes it on to
 *     code that may resume it too
 * @param site the method itself
 * @param containerStatuses the statuses it sets on the container's own response ({@code
 *     servletResponse.setStatus(303)}), in the order of the code; empty where it sets none
 * @param classesNamed the classes of the compilation it instantiates ({@code new X()}) or names by
 *     a class literal ({@code X.class}): how a JAX-RS application registers a provider by hand
 */
record Facts(
    ExecutableElement method,
    List<Element> parameters,
    List<Guarded> returns,
    List<Thrown> thrown,
    List<CallSite> calls,
    boolean completesNormally,
    boolean responder,
    Resumed resumed,
    Site site,
    List<ContainerStatus> containerStatuses,
    List<String> classesNamed) {

  /**
   * A status the code sets on the container's own response, which the framework answers where the
   * endpoint leaves the status to it.
   *
   * @param status the status; unknown where the code does not show it, or passes the response on
   *     to code that may set one
   * @param headers the header fields set along with it
   * @param always whether every path of the method sets it: a statement of the method's own block
   * @param site the call
   */
  record ContainerStatus(dev.statuscontract.processor.model.Status status, java.util.Set<String> headers, boolean always, Site site) {}

  /** A returned value, and the tests of a handler's exception that lead to it. */
  record Guarded(Value value, Guard guard) {}

  /** What an {@code AsyncResponse} is resumed with: values, exceptions, and whether it escapes. */
  record Resumed(List<Value> values, List<Thrown> errors, boolean escapes) {
    static final Resumed NONE = new Resumed(List.of(), List.of(), false);
  }

  /**
   * An exception thrown at {@code site}, or, where {@code invoked} is set, whatever invoking that
   * function parameter throws there.
   *
   * @param type its class; {@code null} for {@code invoked}
   * @param exact whether it is of exactly that class ({@code throw new X()}), not of a subclass
   * @param construction the {@code new} expression that makes it, where the body shows it
   * @param caught the exception types that catch blocks around {@code site} catch
   * @param calls the helpers it came through, outermost first
   * @param guard the tests of a handler's exception that lead there
   * @param invoked the function parameter ({@link Value.Var}) whose exceptions these are, or {@code null}
   * @param made where the code throws what a method returns ({@code throw Errors.notFound(id)}),
   *     that method's result, whose exception objects tell the class and construction; or {@code null}
   * @param rethrown whether it is thrown in a {@code catch} block: another exception wrapped, the
   *     way code turns what cannot happen into an unchecked exception
   */
  record Thrown(
      TypeElement type,
      boolean exact,
      Construction construction,
      Site site,
      List<TypeElement> caught,
      List<String> calls,
      Guard guard,
      Value invoked,
      Value made,
      boolean rethrown) {

    Thrown(
        TypeElement type,
        boolean exact,
        Construction construction,
        Site site,
        List<TypeElement> caught,
        List<String> calls,
        Guard guard,
        Value invoked,
        Value made) {
      this(type, exact, construction, site, caught, calls, guard, invoked, made, false);
    }

    Thrown(
        TypeElement type,
        boolean exact,
        Construction construction,
        Site site,
        List<TypeElement> caught,
        List<String> calls,
        Guard guard,
        Value invoked) {
      this(type, exact, construction, site, caught, calls, guard, invoked, null);
    }

    Thrown at(Site where, List<String> outer, List<TypeElement> moreCaught) {
      List<String> all = new java.util.ArrayList<>(outer);
      all.addAll(calls);
      return new Thrown(type, exact, construction, where, moreCaught, all, Guard.NONE, invoked, made, rethrown);
    }

    /** This exception, with {@code moreCalls} after its own, {@code newCaught} and {@code newGuard}. */
    Thrown through(Site where, List<String> newCalls, List<TypeElement> newCaught, Guard newGuard) {
      return new Thrown(type, exact, construction, where, newCaught, newCalls, newGuard, invoked, null, rethrown);
    }

    /** This exception, thrown in a {@code catch} block or not. */
    Thrown rethrown(boolean inCatch) {
      return new Thrown(type, exact, construction, site, caught, calls, guard, invoked, made, inCatch);
    }

    /** This exception with its construction's arguments as {@code construction} says. */
    Thrown with(Construction bound) {
      return new Thrown(type, exact, bound, site, caught, calls, guard, invoked, made, rethrown);
    }
  }

  /**
   * The constructor call that makes an exception, with what its arguments hold.
   *
   * @param owner the qualified name of the class constructed
   * @param parameters what each parameter is: {@link Value.Kind#STATUS} (an {@code int} too), {@link
   *     Value.Kind#RESPONSE}, or another kind
   * @param arguments the values of each argument whose parameter is a status or a response
   */
  record Construction(String owner, List<Value.Kind> parameters, List<List<Value>> arguments) {}

  /**
   * A method call whose callee may throw, or answer, something the caller must know.
   *
   * @param callee the method called
   * @param name its name for messages, {@code helper()}
   * @param exact whether the method called is the one that runs; else its overrides may
   * @param declaredThrown the exception classes its {@code throws} clause names, as instantiated at
   *     the call ({@code orElseThrow(NotFoundException::new)} throws {@code NotFoundException})
   * @param caught the exception types that catch blocks around the call catch
   * @param guard the tests of a handler's exception that lead there
   * @param arguments the values of the arguments whose parameters are functions (lambdas whose
   *     exceptions the callee may throw); empty lists for the others
   * @param invoked where the call invokes a function parameter ({@code supplier.get()}), that
   *     parameter ({@link Value.Var}); else {@code null}
   * @param callbacks the lambdas passed to a library method that runs them before it returns
   *     ({@code optional.map(...)}, {@code list.forEach(...)}): what they throw is thrown here
   */
  record CallSite(
      ExecutableElement callee,
      String name,
      boolean exact,
      List<TypeElement> declaredThrown,
      Site site,
      List<TypeElement> caught,
      Guard guard,
      List<List<Value>> arguments,
      Value invoked,
      List<Value> callbacks) {}
}
