package dev.statuscontract.processor;

import dev.statuscontract.processor.diagnostics.Reporter;
import dev.statuscontract.processor.docs.Catalog;
import dev.statuscontract.processor.docs.DocsFiles;
import dev.statuscontract.processor.docs.DocsFormat;
import dev.statuscontract.processor.helpers.ResponseHelpers;
import dev.statuscontract.processor.model.Endpoint;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import javax.annotation.processing.Filer;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.Elements;
import javax.tools.Diagnostic;
import javax.tools.FileObject;
import javax.tools.StandardLocation;

/**
 * Writes what the processor generates, through the {@link Filer} only and with the classes it
 * comes from as originating elements: the typed helpers of each class, and the documentation of
 * all of them. A file that cannot be written is a warning, never a crash.
 */
final class Outputs {

  private final Filer filer;
  private final Elements elements;
  private final Reporter reporter;

  Outputs(Filer filer, Elements elements, Reporter reporter) {
    this.filer = filer;
    this.elements = elements;
    this.reporter = reporter;
  }

  /**
   * Writes the typed response helpers of one class, in the round that checks it, so that the code
   * using them compiles in the same build. A class whose contract has errors gets them too, so that
   * its uses show the contract error rather than a cascade of unresolved symbols.
   */
  void writeHelpers(TypeElement type, List<Endpoint> endpoints) {
    List<String> simpleNames = new ArrayList<>();
    for (Element e = type; e instanceof TypeElement t; e = t.getEnclosingElement()) {
      simpleNames.add(0, t.getSimpleName().toString());
    }
    String packageName = elements.getPackageOf(type).getQualifiedName().toString();
    ResponseHelpers.generate(packageName, simpleNames, endpoints, StatusContractProcessor.class.getCanonicalName())
        .ifPresent(
            file -> {
              String name =
                  (file.packageName().isEmpty() ? "" : file.packageName() + ".") + file.typeSpec().name();
              try (Writer writer = filer.createSourceFile(name, type).openWriter()) {
                writer.write(file.toString());
              } catch (IOException e) {
                reporter.print(
                    Diagnostic.Kind.WARNING, String.format("[status-contract] could not write %s: %s", name, e), type);
              }
            });
  }

  /**
   * Writes the documentation of {@code endpoints} in {@code formats}.
   *
   * @param endpoints the endpoints of every class checked, by class name
   * @return where the documentation went, if anything was written
   */
  Optional<String> writeDocs(Map<String, List<Endpoint>> endpoints, Set<DocsFormat> formats) {
    Map<String, String> files =
        DocsFiles.render(Catalog.of(endpoints.values().stream().flatMap(Collection::stream).toList()), formats);
    Element[] originatingElements =
        endpoints.keySet().stream().map(elements::getTypeElement).filter(Objects::nonNull).toArray(Element[]::new);
    Optional<String> written = Optional.empty();
    for (Map.Entry<String, String> file : files.entrySet()) {
      String name = DocsFiles.DIRECTORY + file.getKey();
      try {
        FileObject resource = filer.createResource(StandardLocation.CLASS_OUTPUT, "", name, originatingElements);
        try (Writer writer = new OutputStreamWriter(resource.openOutputStream(), StandardCharsets.UTF_8)) {
          writer.write(file.getValue());
        }
        String uri = resource.toUri().toString();
        written = Optional.of(uri.substring(0, uri.lastIndexOf('/') + 1));
      } catch (IOException | RuntimeException e) {
        reporter.print(
            Diagnostic.Kind.WARNING,
            String.format("[status-contract] could not write %s: %s; the other documents are written", name, e));
      }
    }
    return written;
  }
}
