package dev.statuscontract.it;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.statuscontract.processor.StatusContractProcessor;
import java.io.File;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The paths a build tool hands the compiler, as this module's pom computes them. No test names a
 * machine path: the processor path comes from the pom, the APIs from where this module's test
 * classes load them (the reactor's build output, or the local repository).
 */
final class BuildPaths {

  private BuildPaths() {}

  /**
   * The processor and its runtime dependencies, as maven-dependency-plugin computed them for this
   * module (see its pom): the path that maven-compiler-plugin's annotationProcessorPaths gives javac.
   */
  static String processorPath() {
    String path = System.getProperty("statuscontract.processorPath", "");
    if (path.isBlank() || path.startsWith("${")) {
      throw new IllegalStateException(
          "statuscontract.processorPath is not set: run this test through Maven's lifecycle"
              + " (mvn verify -pl integration-tests/maven-builds -am), which sets it");
    }
    assertTrue(
        Stream.of(path.split(File.pathSeparator))
            .map(Path::of)
            .anyMatch(entry -> entry.equals(locationOf(StatusContractProcessor.class))),
        "the processor path " + path + " lacks the processor this test was compiled against");
    return path;
  }

  /** The jars (or class directories) that {@code classes} are loaded from, as a path. */
  static String pathOf(Class<?>... classes) {
    return Stream.of(classes)
        .map(BuildPaths::locationOf)
        .map(Path::toString)
        .distinct()
        .collect(Collectors.joining(File.pathSeparator));
  }

  static Path locationOf(Class<?> type) {
    try {
      return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI());
    } catch (URISyntaxException e) {
      throw new AssertionError("cannot locate " + type.getName(), e);
    }
  }
}
