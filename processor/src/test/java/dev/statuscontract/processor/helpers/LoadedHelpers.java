package dev.statuscontract.processor.helpers;

import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.testing.compile.Compilation;
import dev.statuscontract.processor.Compilations;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.tools.JavaFileObject;
import javax.tools.StandardLocation;

/**
 * The classes of a compilation with the processor, the generated helpers among them, loaded from
 * memory so that a test can call the helpers. Their parent loader is the test's, which holds the
 * frameworks (Jersey for Jakarta REST, spring-web) that build the responses.
 */
final class LoadedHelpers {

  private final ClassLoader loader;

  private LoadedHelpers(Map<String, byte[]> classes) {
    this.loader = new InMemoryClassLoader(classes, LoadedHelpers.class.getClassLoader());
  }

  /** Compiles {@code sources} with the processor, which must succeed, and loads every class file it wrote. */
  static LoadedHelpers compile(List<JavaFileObject> sources) {
    Compilation compilation = Compilations.compile(
            // The fixture's bodies show each factory once, not every declared status.
            List.of("-Astatuscontract.rules=declared-not-returned:off"), sources.toArray(JavaFileObject[]::new));
    assertThat(compilation).succeeded();
    Map<String, byte[]> classes = new HashMap<>();
    for (JavaFileObject file : compilation.generatedFiles()) {
      String path = file.toUri().getPath();
      String marker = "/" + StandardLocation.CLASS_OUTPUT.getName() + "/";
      if (file.getKind() != JavaFileObject.Kind.CLASS || !path.contains(marker)) {
        continue;
      }
      String binaryName =
          path.substring(path.indexOf(marker) + marker.length(), path.length() - ".class".length())
              .replace('/', '.');
      try (InputStream in = file.openInputStream()) {
        classes.put(binaryName, in.readAllBytes());
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return new LoadedHelpers(classes);
  }

  /** A compiled class, such as {@code com.acme.jakarta.ItemResourceResponses$CreateItem}. */
  Class<?> type(String binaryName) {
    try {
      return Class.forName(binaryName, true, loader);
    } catch (ClassNotFoundException e) {
      throw new AssertionError(binaryName + " was not generated", e);
    }
  }

  /** A new instance of a compiled class, through its only public constructor (a record's, say). */
  Object instance(String binaryName, Object... arguments) {
    try {
      return type(binaryName).getConstructors()[0].newInstance(arguments);
    } catch (ReflectiveOperationException e) {
      throw new AssertionError(e);
    }
  }

  /**
   * Calls the static factory {@code factory} of the nested helper class {@code helper} (the binary
   * name, with {@code $}); what the factory throws is thrown as it is.
   */
  @SuppressWarnings("unchecked")
  <T> T call(String helper, String factory, Object... arguments) {
    Method method = factory(helper, factory);
    try {
      return (T) method.invoke(null, arguments);
    } catch (InvocationTargetException e) {
      if (e.getCause() instanceof RuntimeException runtime) {
        throw runtime;
      }
      throw new AssertionError(e.getCause());
    } catch (IllegalAccessException e) {
      throw new AssertionError(e);
    }
  }

  /** The public static factory of that name: a helper class has one per status code. */
  Method factory(String helper, String factory) {
    List<Method> found =
        List.of(type(helper).getMethods()).stream().filter(m -> m.getName().equals(factory)).toList();
    if (found.size() != 1) {
      throw new AssertionError(helper + " has " + found.size() + " methods named " + factory);
    }
    return found.get(0);
  }

  private static final class InMemoryClassLoader extends ClassLoader {
    private final Map<String, byte[]> classes;

    InMemoryClassLoader(Map<String, byte[]> classes, ClassLoader parent) {
      super("compiled-fixture", parent);
      this.classes = classes;
    }

    @Override
    protected Class<?> findClass(String name) throws ClassNotFoundException {
      byte[] bytes = classes.get(name);
      if (bytes == null) {
        throw new ClassNotFoundException(name);
      }
      return defineClass(name, bytes, 0, bytes.length);
    }
  }
}
