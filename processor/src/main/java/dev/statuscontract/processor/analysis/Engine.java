package dev.statuscontract.processor.analysis;

import com.sun.source.tree.ClassTree;
import com.sun.source.tree.CompilationUnitTree;
import com.sun.source.tree.MethodTree;
import com.sun.source.tree.Tree;
import com.sun.source.util.JavacTask;
import com.sun.source.util.TaskEvent;
import com.sun.source.util.TaskListener;
import com.sun.source.util.TreePath;
import com.sun.source.util.Trees;
import dev.statuscontract.processor.frameworks.Family;
import dev.statuscontract.processor.frameworks.Registry;
import dev.statuscontract.processor.lang.ByName;
import dev.statuscontract.processor.model.TypeRef;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import javax.annotation.processing.ProcessingEnvironment;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;

/**
 * The part of {@link BodyAnalysis} that touches javac: a {@link TaskListener} that reads every
 * class of the compilation when javac has analysed it (its trees are attributed, and not yet
 * lowered), and resolves everything once the last one is read, or when the compilation ends.
 * Only the classes whose endpoints are checked keep their trees, to print at.
 */
final class Engine implements TaskListener {

  private final Trees trees;
  private final Elements elements;
  private final Types types;
  private final Kinds kinds;
  private final Function<TypeMirror, TypeRef> typeRefs;
  private final BodyAnalysis.Sink sink;

  /** The classes whose endpoints are checked, by qualified name, in the order they were watched. */
  private final Map<String, TypeElement> watched = new LinkedHashMap<>();
  /** Top-level classes whose trees are kept, by qualified name: those watched and their superclasses. */
  private final Set<String> keep = new HashSet<>();
  /** Top-level classes of the compilation's sources, by qualified name. */
  private final Set<String> sources = new HashSet<>();
  /** Top-level classes still to read. */
  private final Set<String> pending = new LinkedHashSet<>();
  /** Top-level classes read, or that failed. */
  private final Set<String> read = new HashSet<>();
  /** What each method read says, in the order they were read. */
  private final Map<ExecutableElement, Facts> facts = new LinkedHashMap<>();
  private final Map<String, TypeElement> classesRead = new LinkedHashMap<>();
  private boolean done;
  private boolean errorReported;

  private Engine(ProcessingEnvironment env, Function<TypeMirror, TypeRef> typeRefs, BodyAnalysis.Sink sink) {
    this.trees = Trees.instance(env);
    this.elements = env.getElementUtils();
    this.types = env.getTypeUtils();
    this.kinds = new Kinds(Registry.allLibraries());
    this.typeRefs = typeRefs;
    this.sink = sink;
  }

  /** Registers a listener on the javac task behind {@code javacEnv}. */
  static Engine install(ProcessingEnvironment javacEnv, Function<TypeMirror, TypeRef> typeRefs, BodyAnalysis.Sink sink) {
    JavacTask task = JavacTask.instance(javacEnv);
    Engine engine = new Engine(javacEnv, typeRefs, sink);
    task.addTaskListener(engine);
    return engine;
  }

  Trees trees() {
    return trees;
  }

  /** Reads {@code type} as a class of the compilation, to follow calls into. */
  void source(TypeElement type) {
    TypeElement top = ByName.topLevel(type);
    String name = ByName.name(top);
    if (done || name.isEmpty() || !sources.add(name)) {
      return;
    }
    if (!read.contains(name) && trees.getTree(top) != null) {
      pending.add(name);
    }
  }

  /** Watches {@code type}, whose endpoints are checked: its trees and its superclasses' are kept, to print at. */
  void watch(TypeElement type) {
    String name = ByName.name(type);
    if (done || name.isEmpty() || watched.containsKey(name)) {
      return;
    }
    watched.put(name, type);
    for (TypeElement superclass : ByName.superclasses(type)) {
      TypeElement top = ByName.topLevel(superclass);
      keep.add(ByName.name(top));
      source(top);
    }
  }

  Set<String> pending() {
    Set<String> waiting = new LinkedHashSet<>();
    if (!done) {
      watched.forEach((name, type) -> {
        if (pending.contains(ByName.name(ByName.topLevel(type)))) {
          waiting.add(name);
        }
      });
    }
    return waiting;
  }

  boolean isDone() {
    return done;
  }

  List<String> finish() {
    return complete();
  }

  @Override
  public void started(TaskEvent event) {}

  @Override
  public void finished(TaskEvent event) {
    try {
      if (event.getKind() == TaskEvent.Kind.ANALYZE) {
        analysed(event.getTypeElement(), event.getCompilationUnit());
      } else if (event.getKind() == TaskEvent.Kind.COMPILATION) {
        complete();
      }
    } catch (RuntimeException | LinkageError | StackOverflowError | AssertionError e) {
      internalError(e);
    }
  }

  private void analysed(TypeElement top, CompilationUnitTree unit) {
    if (done || top == null) {
      return;
    }
    String name = ByName.name(top);
    if (!pending.remove(name)) {
      return;
    }
    read.add(name);
    try {
      TreePath path = pathOf(top, unit);
      if (path != null && path.getLeaf() instanceof ClassTree) {
        // A class that holds exception handlers keeps its trees too: a header missing from a
        // response a handler builds is reported in the handler. Asked here, of the classes read.
        boolean keepTrees = keep.contains(name) || holdsHandlers(top);
        readClass(path, top, new Sites(trees, path.getCompilationUnit(), keepTrees));
      }
    } catch (RuntimeException | LinkageError | StackOverflowError | AssertionError e) {
      internalError(e);
    }
    if (pending.isEmpty()) {
      complete();
    }
  }

  /**
   * The path of the top-level class {@code top} in {@code unit}, the compilation unit javac has
   * just analysed, without searching the unit for it as {@link Trees#getPath(Element)} does.
   */
  private TreePath pathOf(TypeElement top, CompilationUnitTree unit) {
    Tree tree = trees.getTree(top);
    if (unit != null && tree != null) {
      for (Tree declaration : unit.getTypeDecls()) {
        if (declaration == tree) {
          return new TreePath(new TreePath(unit), tree);
        }
      }
    }
    return trees.getPath(top);
  }

  private void readClass(TreePath path, TypeElement type, Sites sites) {
    classesRead.put(ByName.name(type), type);
    for (Tree member : ((ClassTree) path.getLeaf()).getMembers()) {
      TreePath memberPath = new TreePath(path, member);
      if (member instanceof MethodTree method && method.getBody() != null) {
        Element element = trees.getElement(memberPath);
        if (element instanceof ExecutableElement executable
            && (element.getKind() == ElementKind.METHOD || element.getKind() == ElementKind.CONSTRUCTOR)
            && !isEmptyConstructor(executable, type)) {
          facts.put(executable, new Reader(trees, kinds, sites, type, memberPath, this::hasSource).read());
        }
      } else if (member instanceof ClassTree && trees.getElement(memberPath) instanceof TypeElement nested) {
        readClass(memberPath, nested, sites);
      }
    }
  }

  /**
   * Whether {@code constructor} is one that javac wrote (a default constructor, a record's
   * canonical one) and that only calls a constructor of {@code Object}, {@code Record} or {@code
   * Enum}: its body, {@code super();}, says nothing, and most classes of a compilation (every
   * record) have one.
   */
  private boolean isEmptyConstructor(ExecutableElement constructor, TypeElement type) {
    return constructor.getKind() == ElementKind.CONSTRUCTOR
        && elements.getOrigin(constructor) == Elements.Origin.MANDATED
        && extendsNothing(type);
  }

  /** Whether {@code type}'s superclass is {@code Object}, {@code Record} or {@code Enum}, or it has none. */
  private static boolean extendsNothing(TypeElement type) {
    return ByName.element(type.getSuperclass()).map(ByName::name).map(EMPTY_SUPERCLASSES::contains).orElse(true);
  }

  private static final Set<String> EMPTY_SUPERCLASSES = Set.of("java.lang.Object", "java.lang.Record", "java.lang.Enum");

  /** Whether {@code type} or a class nested in it holds exception handlers of some framework. */
  private static boolean holdsHandlers(TypeElement type) {
    if (mayHoldHandlers(type)) {
      for (Family family : Registry.families()) {
        if (family.isHandlerClass(type)) {
          return true;
        }
      }
    }
    for (Element member : type.getEnclosedElements()) {
      if (member instanceof TypeElement nested && holdsHandlers(nested)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether {@code type} may be a handler class of some framework, which knows one by an annotation,
   * on the class or a method, or by a supertype: most classes of a compilation (records, services
   * without annotations) are not, and the families need not look.
   */
  private static boolean mayHoldHandlers(TypeElement type) {
    if (!type.getInterfaces().isEmpty() || !type.getAnnotationMirrors().isEmpty() || !extendsNothing(type)) {
      return true;
    }
    for (Element member : type.getEnclosedElements()) {
      if (member.getKind() == ElementKind.METHOD && !member.getAnnotationMirrors().isEmpty()) {
        return true;
      }
    }
    return false;
  }

  /** Whether {@code element} belongs to a class of the compilation's sources, whose body is read. */
  private boolean hasSource(Element element) {
    return sources.contains(ByName.name(ByName.topLevel(element)));
  }

  private List<String> complete() {
    if (done) {
      return List.of();
    }
    done = true;
    List<String> notAnalysed = new ArrayList<>();
    for (Map.Entry<String, TypeElement> entry : watched.entrySet()) {
      if (!read.contains(ByName.name(ByName.topLevel(entry.getValue())))) {
        notAnalysed.add(entry.getKey());
      }
    }
    BodyAnalysis.Results results = null;
    try {
      Resolver resolver = new Resolver(facts, new Implementations(elements, facts.keySet()), kinds);
      Set<String> named = new HashSet<>();
      facts.values().forEach(one -> named.addAll(one.classesNamed()));
      Answering answering =
          new Answering(resolver, elements, types, classesRead.values(), typeRefs, this::hasSource, Set.copyOf(named));
      results = new BodyAnalysis.Results(answering, facts, Set.copyOf(classesRead.keySet()));
    } catch (RuntimeException | LinkageError | StackOverflowError | AssertionError e) {
      internalError(e);
    }
    try {
      sink.completed(results, notAnalysed);
    } catch (RuntimeException | LinkageError | StackOverflowError | AssertionError e) {
      internalError(e);
    }
    return notAnalysed;
  }

  private void internalError(Throwable error) {
    if (errorReported) {
      return;
    }
    errorReported = true;
    StackTraceElement[] stack = error.getStackTrace();
    String where = stack.length == 0 ? "" : " at " + stack[0];
    try {
      sink.internalError(
          "internal error in body analysis: " + error + where
              + ". Method bodies may be checked only in part. This is a bug in status-contract; please report it");
    } catch (RuntimeException ignored) {
      // The caller's sink failed too; javac must go on.
    }
  }
}
