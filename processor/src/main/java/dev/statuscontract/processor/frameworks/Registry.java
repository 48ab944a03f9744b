package dev.statuscontract.processor.frameworks;

import dev.statuscontract.processor.frameworks.jaxrs.JaxRs;
import dev.statuscontract.processor.frameworks.quarkus.Quarkus;
import dev.statuscontract.processor.frameworks.reactive.Reactive;
import dev.statuscontract.processor.frameworks.spring.Spring;
import dev.statuscontract.processor.lang.Annotations;
import dev.statuscontract.processor.model.Framework;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import javax.lang.model.element.ExecutableElement;

/**
 * The framework families status-contract knows, in the order their adapters are asked to map a
 * method. The one place that lists them: a new framework is a new package and a line here.
 */
public final class Registry {

  private static final List<Family> FAMILIES =
      List.of(JaxRs.JAKARTA, JaxRs.JAVAX, Spring.FAMILY, Quarkus.FAMILY, Reactive.FAMILY);

  private static final Map<String, Library> LIBRARIES = new HashMap<>();

  /** {@link #applying}, by framework id: asked for every endpoint, and the same for the whole compilation. */
  private static final Map<String, List<Family>> APPLYING = new java.util.concurrent.ConcurrentHashMap<>();

  private Registry() {}

  /** Every family. */
  public static List<Family> families() {
    return FAMILIES;
  }

  /** Every framework that maps endpoints, in the order their adapters are asked. */
  public static List<Framework> frameworks() {
    List<Framework> frameworks = new ArrayList<>();
    FAMILIES.forEach(family -> frameworks.addAll(family.frameworks()));
    return frameworks;
  }

  /** The framework with this id ({@code spring}), if there is one. */
  public static Optional<Framework> framework(String id) {
    return frameworks().stream().filter(framework -> framework.id().equals(id)).findFirst();
  }

  /** The adapters of every family, in order. */
  public static List<FrameworkAdapter> adapters(Annotations annotations) {
    List<FrameworkAdapter> adapters = new ArrayList<>();
    FAMILIES.forEach(family -> adapters.addAll(family.adapters(annotations)));
    return adapters;
  }

  /** The families whose knowledge applies to the endpoints of {@code framework}. */
  public static List<Family> applying(Framework framework) {
    return APPLYING.computeIfAbsent(
        framework.id(), id -> FAMILIES.stream().filter(family -> family.appliesTo(framework)).toList());
  }

  /**
   * What the framework answers by itself for {@code method}, an endpoint of {@code framework}
   * served by {@code type}, as each applying family reads its annotations: validation, access
   * checks, timeouts.
   */
  public static List<FrameworkAnswer> frameworkAnswers(
      ExecutableElement method, javax.lang.model.element.TypeElement type, Framework framework,
      javax.lang.model.util.Elements elements) {
    List<FrameworkAnswer> answers = new ArrayList<>();
    for (Family family : applying(framework)) {
      answers.addAll(family.frameworkAnswers(method, type, elements));
    }
    return answers;
  }

  /** The library knowledge that applies to the endpoints of {@code framework}, built once. */
  public static synchronized Library library(Framework framework) {
    return LIBRARIES.computeIfAbsent(
        framework.id(),
        id -> {
          Library.Builder builder = Library.builder();
          applying(framework).forEach(family -> family.describe(builder));
          return builder.build();
        });
  }

  /** The library knowledge of every family, for reading code before its framework is known. */
  public static synchronized Library allLibraries() {
    return LIBRARIES.computeIfAbsent(
        "*",
        id -> {
          Library.Builder builder = Library.builder();
          FAMILIES.forEach(family -> family.describe(builder));
          return builder.build();
        });
  }

  /**
   * What a method of {@code framework} answers when its code gives no status, with the success
   * status an annotation of an applying family gives it.
   */
  public static Family.Defaults defaults(Framework framework, ExecutableElement method) {
    Family.Defaults defaults = new Family.Defaults(200, 204);
    for (Family family : applying(framework)) {
      Optional<Family.Defaults> own = family.defaults(framework);
      if (own.isPresent()) {
        defaults = own.get();
      }
    }
    for (Family family : applying(framework)) {
      OptionalInt status = family.successStatus(method);
      if (status.isPresent()) {
        return defaults.withSuccessStatus(status.getAsInt());
      }
    }
    return defaults;
  }

  /** The packages whose classes are the frameworks' own, never read member by member. */
  public static Set<String> ownPackages() {
    Set<String> packages = new LinkedHashSet<>();
    FAMILIES.forEach(family -> packages.addAll(family.ownPackages()));
    return packages;
  }
}
