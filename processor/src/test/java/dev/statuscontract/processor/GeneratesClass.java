package dev.statuscontract.processor;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.Set;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.TypeElement;

/**
 * Generates one public class in the first round, as code generators such as AutoValue do: what the
 * sources name of it does not resolve until the second round.
 */
public final class GeneratesClass extends AbstractProcessor {

  private final String qualifiedName;
  private boolean generated;

  /** Generates an empty {@code public class} named {@code qualifiedName}. */
  public GeneratesClass(String qualifiedName) {
    this.qualifiedName = qualifiedName;
  }

  @Override
  public Set<String> getSupportedAnnotationTypes() {
    return Set.of("*");
  }

  @Override
  public SourceVersion getSupportedSourceVersion() {
    return SourceVersion.latestSupported();
  }

  @Override
  public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
    if (!generated) {
      generated = true;
      int dot = qualifiedName.lastIndexOf('.');
      String source =
          (dot < 0 ? "" : "package " + qualifiedName.substring(0, dot) + "; ")
              + "public class " + qualifiedName.substring(dot + 1) + " {}";
      try (Writer writer = processingEnv.getFiler().createSourceFile(qualifiedName).openWriter()) {
        writer.write(source);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return false;
  }
}
