package dev.statuscontract.processor.analysis;

import static com.google.testing.compile.Compiler.javac;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import com.sun.source.util.Trees;
import dev.statuscontract.processor.frameworks.Registry;
import dev.statuscontract.processor.lang.ByName;
import dev.statuscontract.processor.model.Answer;
import dev.statuscontract.processor.model.Framework;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.ProcessingEnvironment;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.ElementFilter;
import javax.tools.Diagnostic;
import javax.tools.JavaFileObject;

/**
 * A processor that watches every class of the compilation with {@link BodyAnalysis} and keeps
 * what each method answers, as an endpoint of the framework its mapping annotations name; it can
 * print each answer as a note at its site, as the integrator prints diagnostics.
 */
final class Harness extends AbstractProcessor {

  private final Function<ProcessingEnvironment, ProcessingEnvironment> wrap;
  private final boolean notes;
  /** Runs after each round's classes are watched. */
  java.util.function.BiConsumer<Harness, RoundEnvironment> afterRound = (harness, round) -> {};
  /** Runs when the results come, after they are recorded. */
  java.util.function.Consumer<BodyAnalysis.Results> onAnalysed = results -> {};
  /** Classes of each round that are not watched. */
  java.util.function.Predicate<TypeElement> skip = type -> false;
  /** The watched classes that were read, in the order watched. */
  final Map<String, TypeElement> classes = new LinkedHashMap<>();
  private final Map<String, TypeElement> watched = new LinkedHashMap<>();
  final List<String> internalErrors = new ArrayList<>();
  List<String> notAnalysed;
  BodyAnalysis.Results results;
  BodyAnalysis.Start start;
  Compilation compilation;
  int finishedCalls;
  private Trees trees;

  Harness(Function<ProcessingEnvironment, ProcessingEnvironment> wrap, boolean notes) {
    this.wrap = wrap;
    this.notes = notes;
  }

  /** Compiles {@code sources} and analyses every class. */
  static Harness run(JavaFileObject... sources) {
    return run(List.of(), sources);
  }

  static Harness run(List<String> options, JavaFileObject... sources) {
    Harness harness = new Harness(Function.identity(), false);
    harness.compilation = javac().withProcessors(harness).withOptions(options).compile(sources);
    return harness;
  }

  /** A harness that hands the analysis {@code wrap}'s environment; compile with {@link #compile}. */
  static Harness wrapping(Function<ProcessingEnvironment, ProcessingEnvironment> wrap) {
    return new Harness(wrap, false);
  }

  /** A harness to configure before {@link #compile}. */
  static Harness create() {
    return new Harness(Function.identity(), false);
  }

  Harness compile(List<String> options, JavaFileObject... sources) {
    compilation = javac().withProcessors(this).withOptions(options).compile(sources);
    return this;
  }

  /** Compiles with a harness that prints a note at the site of every answer. */
  static Harness printing(JavaFileObject... sources) {
    Harness harness = new Harness(Function.identity(), true);
    harness.compilation = javac().withProcessors(harness).compile(sources);
    return harness;
  }

  static JavaFileObject source(String qualifiedName, String... lines) {
    return JavaFileObjects.forSourceLines(qualifiedName, lines);
  }

  /** The 1-based line of the first line of {@code lines} containing {@code text}. */
  static long lineOf(String[] lines, String text) {
    for (int i = 0; i < lines.length; i++) {
      if (lines[i].contains(text)) {
        return i + 1;
      }
    }
    throw new AssertionError("no line contains " + text);
  }

  /**
   * {@code patterns} with each {@code {text}} replaced by the line of {@code lines} that contains
   * {@code text}: {@code "404 @{status(404)}"} becomes {@code "404 @12"}.
   */
  static List<String> expected(String[] lines, String... patterns) {
    List<String> out = new ArrayList<>();
    for (String pattern : patterns) {
      java.util.regex.Matcher marker = java.util.regex.Pattern.compile("\\{([^}]*)\\}").matcher(pattern);
      StringBuilder text = new StringBuilder();
      while (marker.find()) {
        marker.appendReplacement(text, String.valueOf(lineOf(lines, marker.group(1))));
      }
      marker.appendTail(text);
      out.add(text.toString());
    }
    return out;
  }

  @Override
  public synchronized void init(ProcessingEnvironment env) {
    super.init(env);
    trees = Trees.instance(env);
    start =
        BodyAnalysis.startWith(
            wrap.apply(env),
            type -> null,
            new BodyAnalysis.Sink() {
              @Override
              public void completed(BodyAnalysis.Results completed, List<String> names) {
                results = completed;
                notAnalysed = names;
                finishedCalls++;
                if (completed != null) {
                  watched.forEach((name, type) -> {
                    if (!names.contains(name) && completed.read(ByName.name(ByName.topLevel(type)))) {
                      classes.put(name, type);
                    }
                  });
                  if (notes) {
                    printNotes();
                  }
                }
                onAnalysed.accept(completed);
              }

              @Override
              public void internalError(String message) {
                internalErrors.add(message);
              }
            });
  }

  private void printNotes() {
    for (TypeElement type : classes.values()) {
      for (ExecutableElement method : ElementFilter.methodsIn(type.getEnclosedElements())) {
        Optional<Framework> framework = frameworkOf(method);
        if (framework.isEmpty()) {
          continue;
        }
        for (Answer answer : results.answers(method, type, framework.get(), false).orElse(List.of())) {
          if (answer.place().spot().orElse(null) instanceof Site site && site.printable()) {
            site.print(trees, Diagnostic.Kind.NOTE, "[produced] " + method.getSimpleName() + ": " + describe(answer));
          }
        }
      }
    }
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
    if (start instanceof BodyAnalysis.Started started) {
      started.analysis().round(round);
      Deque<TypeElement> queue = new ArrayDeque<>(ElementFilter.typesIn(round.getRootElements()));
      while (!queue.isEmpty()) {
        TypeElement type = queue.removeFirst();
        if (!skip.test(type)) {
          started.analysis().watch(type);
          watched.put(type.getQualifiedName().toString(), type);
        }
        for (Element member : type.getEnclosedElements()) {
          if (member instanceof TypeElement nested) {
            queue.addLast(nested);
          }
        }
      }
    }
    afterRound.accept(this, round);
    return false;
  }

  ProcessingEnvironment processingEnv() {
    return processingEnv;
  }

  BodyAnalysis analysis() {
    return ((BodyAnalysis.Started) start).analysis();
  }

  /** What {@code method} of {@code type} answers, each described as {@link #describe} does. */
  List<String> produced(String type, String method) {
    return producedRaw(type, method).stream().map(Harness::describe).toList();
  }

  /** The answers themselves. */
  List<Answer> producedRaw(String type, String method) {
    TypeElement analysed = classes.get(type);
    if (analysed == null) {
      throw new AssertionError(type + " was not analysed; analysed: " + classes.keySet() + ", compilation: " + compilation.diagnostics());
    }
    ExecutableElement found =
        ElementFilter.methodsIn(analysed.getEnclosedElements()).stream()
            .filter(m -> m.getSimpleName().contentEquals(method))
            .findFirst()
            .orElseThrow(() -> new AssertionError(type + " has no method " + method));
    Framework framework = frameworkOf(found).orElse(Registry.framework("jakarta-rs").orElseThrow());
    return results.answers(found, analysed, framework, false)
        .orElseThrow(() -> new AssertionError(type + "#" + method + " was not read"));
  }

  /** The framework whose mapping annotations are on {@code method}: as the processor's scanner decides it. */
  static Optional<Framework> frameworkOf(ExecutableElement method) {
    for (AnnotationMirror annotation : method.getAnnotationMirrors()) {
      String name = ByName.name(annotation);
      if (name.startsWith("org.springframework.web.bind.annotation.") && name.endsWith("Mapping")) {
        return Registry.framework("spring");
      }
      if (name.startsWith("jakarta.ws.rs.")) {
        return Registry.framework("jakarta-rs");
      }
      if (name.startsWith("javax.ws.rs.")) {
        return Registry.framework("javax-rs");
      }
    }
    return Optional.empty();
  }

  /**
   * {@code 201 [Location] body @12} and, when not produced directly, how: {@code 404 @14 through
   * exception jakarta.ws.rs.NotFoundException}.
   */
  static String describe(Answer answer) {
    StringBuilder text = new StringBuilder(answer.status().toString());
    if (!answer.headers().isEmpty()) {
      text.append(" ").append(answer.headers());
    }
    if (answer.body()) {
      text.append(" body");
    }
    text.append(" @").append(answer.line());
    if (!answer.via().equals("directly")) {
      text.append(" ").append(answer.via());
    }
    return text.toString();
  }
}
