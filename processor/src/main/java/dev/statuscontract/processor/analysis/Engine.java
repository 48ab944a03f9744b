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
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.annotation.processing.ProcessingEnvironment;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.Types;

/**
 * The part of {@link BodyAnalysis} that touches javac: a {@link TaskListener} that reads each
 * watched class when javac has analysed it (its trees are attributed, and not yet lowered), and
 * resolves everything once the last one is read, or when the compilation ends.
 */
final class Engine implements TaskListener {

  private final Trees trees;
  private final Types types;
  private final BodyAnalysis.Sink sink;
  private final List<Idioms> idioms = List.of(new JaxRsIdioms(), new SpringIdioms());

  /** The classes the caller watches, by qualified name, in the order it watched them. */
  private final Map<String, TypeElement> watched = new LinkedHashMap<>();
  /** Top-level classes still to read. */
  private final Set<String> pending = new LinkedHashSet<>();
  /** Top-level classes read, or that failed. */
  private final Set<String> read = new HashSet<>();
  private final Map<ExecutableElement, Facts> facts = new HashMap<>();
  private final Map<String, TypeElement> classesRead = new LinkedHashMap<>();
  private final Map<String, List<ExecutableElement>> methodsByClass = new HashMap<>();
  private final List<String> notAnalysed = new ArrayList<>();
  private boolean done;
  private boolean errorReported;

  private Engine(Trees trees, Types types, BodyAnalysis.Sink sink) {
    this.trees = trees;
    this.types = types;
    this.sink = sink;
  }

  /** Registers a listener on the javac task behind {@code javacEnv}. */
  static Engine install(ProcessingEnvironment javacEnv, BodyAnalysis.Sink sink) {
    JavacTask task = JavacTask.instance(javacEnv);
    Engine engine = new Engine(Trees.instance(javacEnv), javacEnv.getTypeUtils(), sink);
    task.addTaskListener(engine);
    return engine;
  }

  Trees trees() {
    return trees;
  }

  void watch(TypeElement type) {
    String name = ByName.name(type);
    if (done || name.isEmpty() || watched.containsKey(name)) {
      return;
    }
    watched.put(name, type);
    require(type);
    for (TypeElement superclass : ByName.superclasses(type)) {
      if (superclass != type) {
        require(superclass);
      }
    }
  }

  private void require(TypeElement type) {
    TypeElement top = ByName.topLevel(type);
    String name = ByName.name(top);
    if (!read.contains(name) && trees.getTree(top) != null) {
      pending.add(name);
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
    complete();
    return List.copyOf(notAnalysed);
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
      TreePath path = trees.getPath(top);
      if (path != null && path.getLeaf() instanceof ClassTree) {
        readClass(path, top, new Sites(trees, path.getCompilationUnit()));
      }
    } catch (RuntimeException | LinkageError | StackOverflowError | AssertionError e) {
      internalError(e);
    }
    if (pending.isEmpty()) {
      complete();
    }
  }

  private void readClass(TreePath path, TypeElement type, Sites sites) {
    classesRead.put(ByName.name(type), type);
    List<ExecutableElement> methods = methodsByClass.computeIfAbsent(ByName.name(type), n -> new ArrayList<>());
    for (Tree member : ((ClassTree) path.getLeaf()).getMembers()) {
      TreePath memberPath = new TreePath(path, member);
      if (member instanceof MethodTree method && method.getBody() != null) {
        Element element = trees.getElement(memberPath);
        if (element instanceof ExecutableElement executable && element.getKind() == ElementKind.METHOD) {
          facts.put(executable, new Reader(trees, idioms, sites, type, memberPath).read());
          methods.add(executable);
        }
      } else if (member instanceof ClassTree && trees.getElement(memberPath) instanceof TypeElement nested) {
        readClass(memberPath, nested, sites);
      }
    }
  }

  private void complete() {
    if (done) {
      return;
    }
    done = true;
    try {
      List<TypeElement> candidates = new ArrayList<>();
      Set<String> names = new HashSet<>();
      for (TypeElement type : classesRead.values()) {
        if (Handlers.isHandlerClass(type) && names.add(ByName.name(type))) {
          candidates.add(type);
        }
      }
      for (TypeElement type : watched.values()) {
        if (Handlers.isHandlerClass(type) && names.add(ByName.name(type))) {
          candidates.add(type);
        }
      }
      Resolver resolver = new Resolver(facts, idioms, new Handlers(candidates, types));
      for (Map.Entry<String, TypeElement> entry : watched.entrySet()) {
        TypeElement type = classesRead.get(entry.getKey());
        if (type == null) {
          notAnalysed.add(entry.getKey());
          continue;
        }
        try {
          Map<ExecutableElement, List<Produced>> methods = new LinkedHashMap<>();
          for (ExecutableElement method : methodsByClass.getOrDefault(entry.getKey(), List.of())) {
            methods.put(method, resolver.produce(method, type));
          }
          sink.analysed(new AnalysedClass(type, methods));
        } catch (RuntimeException | LinkageError | StackOverflowError | AssertionError e) {
          internalError(e);
        }
      }
    } finally {
      try {
        sink.finished(List.copyOf(notAnalysed));
      } catch (RuntimeException e) {
        internalError(e);
      }
    }
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
