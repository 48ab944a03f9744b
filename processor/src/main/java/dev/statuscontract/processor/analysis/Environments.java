package dev.statuscontract.processor.analysis;

import java.lang.reflect.Field;
import java.lang.reflect.Proxy;
import javax.annotation.processing.ProcessingEnvironment;

/**
 * Finds javac's own {@code ProcessingEnvironment} behind the one a processor is given. Build tools
 * may wrap it: Gradle's incremental processing keeps javac's in a field named {@code delegate},
 * which is read reflectively, and only when it holds a {@code ProcessingEnvironment}. Any other
 * wrapper (a {@link Proxy}, say), or another compiler (ECJ), leaves the analysis unavailable, with
 * one reason.
 */
public final class Environments {

  static final String JAVAC = "com.sun.tools.javac.processing.JavacProcessingEnvironment";
  private static final int MAX_WRAPPERS = 4;

  private Environments() {}

  /** What {@link #unwrap} found: javac's environment, or why there is none. */
  public record Unwrapped(ProcessingEnvironment javac, String reason) {}

  public static Unwrapped unwrap(ProcessingEnvironment env) {
    ProcessingEnvironment current = env;
    for (int i = 0; i <= MAX_WRAPPERS && current != null; i++) {
      String type = current.getClass().getName();
      if (type.equals(JAVAC)) {
        return new Unwrapped(current, null);
      }
      if (type.startsWith("org.eclipse.jdt.")) {
        return new Unwrapped(null, "the compiler is the Eclipse compiler (ECJ), not javac, and only javac has the trees it reads");
      }
      if (Proxy.isProxyClass(current.getClass())) {
        return new Unwrapped(
            null,
            "the ProcessingEnvironment is a proxy (" + type + ") around the compiler's, which cannot be unwrapped;"
                + " method bodies are not checked");
      }
      ProcessingEnvironment inner = delegate(current);
      if (inner == null) {
        return new Unwrapped(
            null,
            "the ProcessingEnvironment is a " + type + ", not javac's, and holds no javac environment in a field named"
                + " delegate; method bodies are not checked");
      }
      current = inner;
    }
    return new Unwrapped(null, "the ProcessingEnvironment is wrapped too deeply to find javac's");
  }

  /** The value of a field named {@code delegate} of {@code env}'s class or a superclass, if it is an environment. */
  private static ProcessingEnvironment delegate(ProcessingEnvironment env) {
    for (Class<?> type = env.getClass(); type != null && type != Object.class; type = type.getSuperclass()) {
      try {
        Field field = type.getDeclaredField("delegate");
        field.setAccessible(true);
        Object value = field.get(env);
        return value instanceof ProcessingEnvironment inner && inner != env ? inner : null;
      } catch (NoSuchFieldException e) {
        // Look in the superclass.
      } catch (ReflectiveOperationException | RuntimeException e) {
        // Not accessible (a module that does not open it, a security manager): not unwrapped.
        return null;
      }
    }
    return null;
  }
}
