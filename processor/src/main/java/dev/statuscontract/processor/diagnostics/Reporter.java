package dev.statuscontract.processor.diagnostics;

import com.sun.source.tree.AnnotationTree;
import com.sun.source.tree.AssignmentTree;
import com.sun.source.tree.ClassTree;
import com.sun.source.tree.CompilationUnitTree;
import com.sun.source.tree.ExpressionTree;
import com.sun.source.tree.MethodTree;
import com.sun.source.tree.NewArrayTree;
import com.sun.source.tree.Tree;
import com.sun.source.tree.VariableTree;
import com.sun.source.util.TreePath;
import com.sun.source.util.Trees;
import dev.statuscontract.processor.model.Origin;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.annotation.processing.Messager;
import javax.annotation.processing.ProcessingEnvironment;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.ArrayType;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.ElementFilter;
import javax.tools.Diagnostic;

/**
 * Prints messages where the user should look: on the annotation that causes them.
 *
 * <p>javac places a {@link Messager} message on a lone annotation's mirror at that annotation, but a
 * repeated annotation is read through the container that javac synthesizes, and a message on one of
 * its mirrors would land on the element's name instead. With the compiler's {@link Trees} the
 * reporter finds the annotation's own tree; where the environment has no {@code Trees} (a wrapped
 * {@link ProcessingEnvironment}, as some build tools hand over) it falls back to the element.
 */
public final class Reporter {

  private final Messager messager;
  private final Optional<Trees> trees;

  private Reporter(Messager messager, Optional<Trees> trees) {
    this.messager = messager;
    this.trees = trees;
  }

  public static Reporter create(ProcessingEnvironment env) {
    Optional<Trees> trees;
    try {
      trees = Optional.of(Trees.instance(env));
    } catch (IllegalArgumentException notJavac) {
      trees = Optional.empty();
    }
    return new Reporter(env.getMessager(), trees);
  }

  /** A place in the source that a message can be printed at. */
  public interface Location {
    /** Identifies the place, so that the same finding is never printed twice. */
    Object key();

    void print(Diagnostic.Kind kind, String message);
  }

  /** Where a message about {@code origin} is printed. */
  public Location locate(Origin origin) {
    if (trees.isPresent()) {
      TreePath path = trees.get().getPath(origin.element());
      if (path != null) {
        return new TreeLocation(trees.get(), path.getCompilationUnit(), annotationTree(path, origin));
      }
      if (origin.fallback().isPresent()) {
        return locate(origin.fallback().get());
      }
    }
    return elementLocation(origin);
  }

  /** A message without a place, such as a problem with the options. */
  public void print(Diagnostic.Kind kind, String message) {
    messager.printMessage(kind, message);
  }

  /** A message on an element, for failures that have no better place. */
  public void print(Diagnostic.Kind kind, String message, Element element) {
    messager.printMessage(kind, message, element);
  }

  private Location elementLocation(Origin origin) {
    Optional<AnnotationMirror> annotation =
        origin.repeatIndex() < 0 ? origin.annotation() : Optional.empty();
    return new Location() {
      @Override
      public Object key() {
        return List.of(origin.element(), annotation, origin.repeatIndex());
      }

      @Override
      public void print(Diagnostic.Kind kind, String message) {
        if (annotation.isPresent()) {
          messager.printMessage(kind, message, origin.element(), annotation.get());
        } else {
          messager.printMessage(kind, message, origin.element());
        }
      }
    };
  }

  /** The tree of the annotation that {@code origin} names, or of the element itself. */
  private Tree annotationTree(TreePath elementPath, Origin origin) {
    if (origin.annotation().isEmpty()) {
      return elementPath.getLeaf();
    }
    AnnotationMirror mirror = origin.annotation().get();
    if (origin.repeatIndex() < 0) {
      TreePath annotationPath = trees.get().getPath(origin.element(), mirror);
      return annotationPath != null ? annotationPath.getLeaf() : elementPath.getLeaf();
    }
    String container = qualifiedName(mirror.getAnnotationType());
    Optional<String> contained = containedType(mirror);
    List<AnnotationTree> repeated = new ArrayList<>();
    for (AnnotationTree annotation : annotationsOf(elementPath.getLeaf())) {
      String name = typeName(new TreePath(elementPath, annotation)).orElse("");
      if (contained.isPresent() && name.equals(contained.get())) {
        repeated.add(annotation);
      } else if (name.equals(container)) {
        repeated.addAll(containedTrees(annotation));
      }
    }
    return origin.repeatIndex() < repeated.size()
        ? repeated.get(origin.repeatIndex())
        : elementPath.getLeaf();
  }

  private Optional<String> typeName(TreePath annotationPath) {
    AnnotationTree annotation = (AnnotationTree) annotationPath.getLeaf();
    TypeMirror type =
        trees.get().getTypeMirror(new TreePath(annotationPath, annotation.getAnnotationType()));
    return type instanceof DeclaredType ? Optional.of(qualifiedName(type)) : Optional.empty();
  }

  /** The annotations written inside an explicit container: {@code @Returns.List({@Returns(200)})}. */
  private static List<AnnotationTree> containedTrees(AnnotationTree container) {
    List<AnnotationTree> contained = new ArrayList<>();
    for (ExpressionTree argument : container.getArguments()) {
      ExpressionTree value =
          argument instanceof AssignmentTree assignment ? assignment.getExpression() : argument;
      List<? extends ExpressionTree> items =
          value instanceof NewArrayTree array && array.getInitializers() != null
              ? array.getInitializers()
              : List.of(value);
      items.stream().filter(AnnotationTree.class::isInstance).map(AnnotationTree.class::cast).forEach(contained::add);
    }
    return contained;
  }

  private static List<? extends AnnotationTree> annotationsOf(Tree tree) {
    if (tree instanceof MethodTree method) {
      return method.getModifiers().getAnnotations();
    }
    if (tree instanceof ClassTree type) {
      return type.getModifiers().getAnnotations();
    }
    if (tree instanceof VariableTree variable) {
      return variable.getModifiers().getAnnotations();
    }
    return List.of();
  }

  /** The annotation type a container holds: the component type of its {@code value()}. */
  private static Optional<String> containedType(AnnotationMirror container) {
    TypeElement type = (TypeElement) container.getAnnotationType().asElement();
    for (ExecutableElement method : ElementFilter.methodsIn(type.getEnclosedElements())) {
      if (method.getSimpleName().contentEquals("value")
          && method.getReturnType() instanceof ArrayType array) {
        return Optional.of(qualifiedName(array.getComponentType()));
      }
    }
    return Optional.empty();
  }

  private static String qualifiedName(TypeMirror type) {
    return ((TypeElement) ((DeclaredType) type).asElement()).getQualifiedName().toString();
  }

  private record TreeLocation(Trees trees, CompilationUnitTree unit, Tree tree) implements Location {
    @Override
    public Object key() {
      return List.of(
          unit.getSourceFile().toUri(), trees.getSourcePositions().getStartPosition(unit, tree));
    }

    @Override
    public void print(Diagnostic.Kind kind, String message) {
      trees.printMessage(kind, message, tree, unit);
    }
  }
}
