package dev.statuscontract.processor.scan;

import dev.statuscontract.processor.model.Contract;
import dev.statuscontract.processor.model.Endpoint;
import dev.statuscontract.processor.model.StrayDeclaration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.ElementFilter;

/** A processor that only builds the contract of every class it sees, for tests to inspect. */
final class ContractCapture extends AbstractProcessor {

  final List<Endpoint> endpoints = new ArrayList<>();
  final List<StrayDeclaration> strays = new ArrayList<>();

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
    ContractScanner scanner =
        new ContractScanner(processingEnv.getElementUtils(), processingEnv.getTypeUtils());
    List<TypeElement> types = new ArrayList<>();
    collect(ElementFilter.typesIn(round.getRootElements()), types);
    scanner.register(types);
    scan(scanner, ElementFilter.typesIn(round.getRootElements()));
    return false;
  }

  private static void collect(Iterable<TypeElement> types, List<TypeElement> out) {
    for (TypeElement type : types) {
      out.add(type);
      collect(ElementFilter.typesIn(type.getEnclosedElements()), out);
    }
  }

  private void scan(ContractScanner scanner, Iterable<TypeElement> types) {
    for (TypeElement type : types) {
      scanner.scan(type).ifPresent(contract -> {
        endpoints.addAll(contract.endpoints());
        strays.addAll(contract.strays());
      });
      scan(scanner, ElementFilter.typesIn(type.getEnclosedElements()));
    }
  }

  /** The endpoints as {@code METHOD /path}, in the order found. */
  List<String> described() {
    return endpoints.stream().map(Endpoint::describe).toList();
  }

  Endpoint endpoint(String described) {
    return endpoints.stream()
        .filter(e -> e.describe().equals(described))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no endpoint " + described + " in " + described()));
  }
}
