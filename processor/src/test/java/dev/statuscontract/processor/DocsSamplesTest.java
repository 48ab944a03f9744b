package dev.statuscontract.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.testing.compile.JavaFileObjects;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Every complete Java example in the top-level {@code docs/*.md} pages (a fenced block that starts
 * with {@code package}) compiles with the processor without a single finding. The examples of one
 * page compile together, so a page can show an annotation and its use in separate blocks.
 */
class DocsSamplesTest {

  private static final Pattern JAVA_BLOCK = Pattern.compile("```java\\n(package .*?)```", Pattern.DOTALL);
  private static final Pattern TYPE_NAME =
      Pattern.compile("package ([\\w.]+);.*?public (?:final )?(?:class|interface|@interface|record|enum) (\\w+)", Pattern.DOTALL);

  @TestFactory
  Stream<DynamicTest> everyCompleteJavaExampleInTheDocsCompilesClean() throws IOException {
    Path docs = ReadmeExampleTest.projectRoot().resolve("docs");
    List<DynamicTest> tests = new ArrayList<>();
    try (Stream<Path> pages = Files.list(docs)) {
      for (Path page : pages.filter(p -> p.toString().endsWith(".md")).sorted().toList()) {
        List<JavaFileObject> sources = sources(Files.readString(page));
        if (!sources.isEmpty()) {
          tests.add(
              DynamicTest.dynamicTest(
                  page.getFileName().toString(),
                  () ->
                      assertThat(Compilations.compile(sources.toArray(JavaFileObject[]::new)))
                          .succeededWithoutWarnings()));
        }
      }
    }
    return tests.stream();
  }

  private static List<JavaFileObject> sources(String markdown) {
    List<JavaFileObject> sources = new ArrayList<>();
    Matcher blocks = JAVA_BLOCK.matcher(markdown);
    while (blocks.find()) {
      String code = blocks.group(1);
      Matcher name = TYPE_NAME.matcher(code);
      if (!name.find()) {
        throw new AssertionError("no public type in example:\n" + code);
      }
      sources.add(JavaFileObjects.forSourceString(name.group(1) + "." + name.group(2), code));
    }
    return sources;
  }
}
