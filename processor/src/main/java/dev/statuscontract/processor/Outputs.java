package dev.statuscontract.processor;

import com.palantir.javapoet.ClassName;
import dev.statuscontract.processor.diagnostics.Reporter;
import dev.statuscontract.processor.docs.Catalog;
import dev.statuscontract.processor.docs.DocsFiles;
import dev.statuscontract.processor.docs.DocsFormat;
import dev.statuscontract.processor.docs.OpenApiDocs;
import dev.statuscontract.processor.helpers.ResponseHelpers;
import dev.statuscontract.processor.model.Endpoint;
import dev.statuscontract.processor.scan.Javadoc;
import dev.statuscontract.processor.model.TypeSchemas;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
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
  /** The documentation files created in the last round, by name, to write after it; null for one that failed. */
  private final Map<String, FileObject> reserved = new HashMap<>();
  /** The first sentence of the Javadoc of each class that has one, by qualified name. */
  private final Map<String, String> classDescriptions = new TreeMap<>();
  /** The classes whose Javadoc was read. */
  private final Set<String> describedClasses = new HashSet<>();
  /** The helper classes written so far, so that no two classes claim one name. */
  private final Set<String> helperNames = new HashSet<>();

  Outputs(Filer filer, Elements elements, Reporter reporter) {
    this.filer = filer;
    this.elements = elements;
    this.reporter = reporter;
  }

  /**
   * Writes the typed response helpers of one class, in the round that checks it, so that the code
   * using them compiles in the same build. A class whose contract has errors gets them too, so that
   * its uses show the contract error rather than a cascade of unresolved symbols. What the helpers
   * leave out, and a helper class whose name is taken, is said once, as a {@code [helpers-skipped]}
   * note on the method or class.
   *
   * @param sourceTypes the qualified names of every class written in the compilation's sources
   */
  void writeHelpers(TypeElement type, List<Endpoint> endpoints, Set<String> sourceTypes) {
    List<String> simpleNames = new ArrayList<>();
    for (Element e = type; e instanceof TypeElement t; e = t.getEnclosingElement()) {
      simpleNames.add(0, t.getSimpleName().toString());
    }
    String packageName = elements.getPackageOf(type).getQualifiedName().toString();
    String prefix = packageName.isEmpty() ? "" : packageName + ".";
    String helperName = ResponseHelpers.helperName(simpleNames);
    String qualified = prefix + helperName;
    // Api_UsersResponses belongs to a class Api_Users, before a nested class Api.Users.
    Optional<String> owner =
        sourceTypes.contains(qualified)
            ? Optional.of(qualified)
            : simpleNames.size() > 1 && sourceTypes.contains(prefix + String.join("_", simpleNames))
                ? Optional.of(prefix + String.join("_", simpleNames))
                : Optional.empty();
    if (owner.isPresent() || !helperNames.add(qualified)) {
      reporter.print(
          Diagnostic.Kind.NOTE,
          String.format(
              "[helpers-skipped] no typed response helpers for %s: the name %s is taken by %s; rename one of the"
                  + " classes to have them",
              type.getQualifiedName(), qualified, owner.orElse("the helpers of another class")),
          type);
      return;
    }
    ClassName resource = ClassName.get(type);
    ResponseHelpers.Generated generated =
        ResponseHelpers.generate(
            ClassName.get(packageName, helperName), resource, endpoints, StatusContractProcessor.class.getCanonicalName());
    for (ResponseHelpers.Skipped skipped : generated.skipped()) {
      reporter.print(
          Diagnostic.Kind.NOTE,
          String.format(
              "[helpers-skipped] %s: %s; build this response without %s",
              skipped.endpoint().describe(), skipped.reason(), helperName),
          skipped.endpoint().origin().element());
    }
    generated
        .file()
        .ifPresent(
            file -> {
              try (Writer writer = filer.createSourceFile(qualified, type).openWriter()) {
                writer.write(file.toString());
              } catch (IOException e) {
                reporter.print(
                    Diagnostic.Kind.NOTE,
                    String.format("[helpers-skipped] could not write %s: %s", qualified, e.getMessage()),
                    type);
              }
            });
  }

  /**
   * Writes the documentation of {@code endpoints} in {@code formats}.
   *
   * @param endpoints the endpoints of every class checked, by class name
   * @param schemas the schemas of their bodies
   * @return where the documentation went, if anything was written
   */
  Optional<String> writeDocs(
      Map<String, List<Endpoint>> endpoints, TypeSchemas schemas, Set<DocsFormat> formats, OpenApiDocs.Info info) {
    List<Endpoint> all = endpoints.values().stream().flatMap(Collection::stream).toList();
    Element[] originatingElements = originatingElements(endpoints.keySet());
    String[] written = {null};
    try {
      DocsFiles.write(
          Catalog.of(all, schemas),
          formats,
          info,
          classDescriptions,
          (file, content) -> {
            String name = DocsFiles.DIRECTORY + file;
            FileObject resource;
            Writer writer;
            try {
              resource = reserved.containsKey(name) ? reserved.remove(name) : create(name, originatingElements);
              if (resource == null) {
                return; // it could not be created; said when it was reserved
              }
              writer = new OutputStreamWriter(resource.openOutputStream(), StandardCharsets.UTF_8);
            } catch (IOException | RuntimeException e) {
              couldNotWrite(name, e);
              return;
            }
            // Written as it is rendered; a failure to render is the processor's, and goes on up.
            try (writer) {
              content.writeTo(writer);
            } catch (IOException e) {
              couldNotWrite(name, e);
              return;
            }
            String uri = resource.toUri().toString();
            written[0] = uri.substring(0, uri.lastIndexOf('/') + 1);
          });
    } catch (IOException e) {
      throw new UncheckedIOException(e); // the sink says its own
    }
    return Optional.ofNullable(written[0]);
  }

  /**
   * Reads the first sentence of the Javadoc of each class that declares one of {@code endpoints},
   * for the documents. Call it in the round that checks the class: javac keeps a class's comments
   * only until it has compiled it, and the documents may be written after that.
   */
  void describeClasses(List<Endpoint> endpoints) {
    for (Endpoint endpoint : endpoints) {
      String name = endpoint.declaringType();
      if (!describedClasses.add(name)) {
        continue;
      }
      Optional.ofNullable(elements.getTypeElement(name))
          .map(elements::getDocComment)
          .flatMap(Javadoc::summaryOf)
          .ifPresent(sentence -> classDescriptions.put(name, sentence));
    }
  }

  /**
   * Creates the documentation files of {@code endpoints} now, for {@link #writeDocs} to write
   * later. The Filer checks names only during the rounds (after them it forgets what was created
   * and would let a name be written twice), so files written after javac has analysed the classes
   * are created in the last round, and a name that another processor has taken is a warning then.
   */
  void reserveDocs(Map<String, List<Endpoint>> endpoints, Set<DocsFormat> formats) {
    Catalog catalog = Catalog.of(endpoints.values().stream().flatMap(Collection::stream).toList());
    reserve(DocsFiles.names(catalog, formats), endpoints.keySet());
  }

  /**
   * Creates the reports of the findings ({@code findings.json}, ...) now, in the last round, for
   * {@link #writeReports} to write once javac has analysed the classes.
   */
  void reserveReports(Collection<String> files, Set<String> classNames) {
    reserve(files, classNames);
  }

  /** Creates the files of {@code DocsFiles.DIRECTORY} named {@code files}, for their writing later. */
  private void reserve(Collection<String> files, Set<String> classNames) {
    Element[] originatingElements = originatingElements(classNames);
    for (String file : files) {
      String name = DocsFiles.DIRECTORY + file;
      try {
        reserved.put(name, create(name, originatingElements));
      } catch (IOException | RuntimeException e) {
        reserved.put(name, null);
        couldNotWrite(name, e);
      }
    }
  }

  /** Writes the reports of the findings, each file's text by its name, next to the documentation. */
  void writeReports(Map<String, String> files, Set<String> classNames) {
    Element[] originatingElements = originatingElements(classNames);
    for (Map.Entry<String, String> file : files.entrySet()) {
      String name = DocsFiles.DIRECTORY + file.getKey();
      try {
        FileObject resource = reserved.containsKey(name) ? reserved.remove(name) : create(name, originatingElements);
        if (resource == null) {
          continue; // it could not be created; said when it was reserved
        }
        try (Writer writer = new OutputStreamWriter(resource.openOutputStream(), StandardCharsets.UTF_8)) {
          writer.write(file.getValue());
        }
      } catch (IOException | RuntimeException e) {
        couldNotWrite(name, e);
      }
    }
  }

  private FileObject create(String name, Element[] originatingElements) throws IOException {
    return filer.createResource(StandardLocation.CLASS_OUTPUT, "", name, originatingElements);
  }

  /** The classes of {@code classNames}, looked up once for all the documents. */
  private Element[] originatingElements(Set<String> classNames) {
    return classNames.stream().map(elements::getTypeElement).filter(Objects::nonNull).toArray(Element[]::new);
  }

  private void couldNotWrite(String name, Exception e) {
    reporter.print(
        Diagnostic.Kind.WARNING,
        String.format("[status-contract] could not write %s: %s; the other documents are written", name, e));
  }
}
