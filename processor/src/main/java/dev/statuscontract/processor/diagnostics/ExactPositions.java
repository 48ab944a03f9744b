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
import com.sun.source.util.SourcePositions;
import com.sun.source.util.TreePath;
import com.sun.source.util.Trees;
import dev.statuscontract.processor.lang.NameStrings;
import dev.statuscontract.processor.model.Origin;
import java.io.IOException;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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
 * Finds the exact tree of an annotation with javac's {@link Trees}, so that a message lands on the
 * annotation that causes it, a repeated one included.
 *
 * <p>Every use of the compiler tree API ({@code com.sun.source}, module {@code jdk.compiler}) is in
 * this class, and only {@link Reporter#create} loads it: under a compiler that is not javac (the
 * Eclipse compiler, ECJ) {@link #of} throws {@link IllegalArgumentException}, and where the API is
 * not there at all (ECJ on a runtime without {@code jdk.compiler}) loading this class throws a
 * {@link LinkageError}. Either way the reporter goes on without it.
 */
final class ExactPositions {

  private final Trees trees;
  /** The top-level class last asked about, and the path of its compilation unit (null for none). */
  private TypeElement lastClass;

  private TreePath lastUnit;

  /** The class whose methods' trees are in {@link #methodTrees}. */
  private TypeElement methodsOf;

  private Map<Element, Tree> methodTrees = Map.of();

  /** The tree whose annotations' type names were last read, and those names, in order. */
  private Tree namedTree;

  private List<String> names;

  private ExactPositions(Trees trees) {
    this.trees = trees;
  }

  /**
   * The exact positions of {@code env}'s compilation.
   *
   * @throws IllegalArgumentException when {@code env} is not javac's own environment
   */
  static ExactPositions of(ProcessingEnvironment env) {
    return new ExactPositions(Trees.instance(env));
  }

  /** The place of {@code origin} itself, or empty when its element has no source here. */
  Optional<Reporter.Location> locate(Origin origin) {
    TreePath path = trees.getPath(origin.element());
    if (path == null) {
      return Optional.empty();
    }
    return Optional.of(new TreeLocation(trees, path.getCompilationUnit(), annotationTree(path, origin, false)));
  }

  /**
   * What {@link #locate} finds, found while the processor's rounds run, before javac has lowered
   * any class: without walking the unit's trees up to the element's, method bodies included, as
   * its path would be found. The element's tree and its compilation unit are found each on its own;
   * once javac has lowered the class they need not agree.
   */
  Optional<Reporter.Location> locateInRound(Origin origin) {
    TypeElement top = null;
    for (Element e = origin.element(); e != null; e = e.getEnclosingElement()) {
      if (e instanceof TypeElement type) {
        top = type;
      }
    }
    if (top == null) {
      return locate(origin); // a package's or a module's annotations
    }
    TreePath unit = unitOf(top);
    Tree tree = unit == null ? null : treeOf(origin.element(), unit);
    if (tree == null) {
      return Optional.empty();
    }
    return Optional.of(new TreeLocation(trees, unit.getCompilationUnit(), annotationTree(new TreePath(unit, tree), origin, true)));
  }

  /**
   * The tree of {@code element}: a method's from its class's members, read once for the class
   * (javac finds it by walking the class, the bodies of the methods before it included).
   */
  private Tree treeOf(Element element, TreePath unit) {
    if (element instanceof ExecutableElement && element.getEnclosingElement() instanceof TypeElement owner) {
      if (owner != methodsOf) {
        methodsOf = owner;
        methodTrees = new IdentityHashMap<>();
        ClassTree type = trees.getTree(owner);
        if (type != null) {
          TreePath typePath = new TreePath(unit, type);
          for (Tree member : type.getMembers()) {
            Element method = member instanceof MethodTree ? trees.getElement(new TreePath(typePath, member)) : null;
            if (method != null) {
              methodTrees.put(method, member);
            }
          }
        }
      }
      Tree found = methodTrees.get(element);
      if (found != null) {
        return found;
      }
    }
    return trees.getTree(element);
  }

  /**
   * The path of the compilation unit that declares the top-level class {@code top}, or null where it
   * has no source here; from the class's own path, which only the trees before it in the unit (its
   * package and imports) stand between. Kept for the last class asked about, whose places are
   * asked for together.
   */
  private TreePath unitOf(TypeElement top) {
    if (top != lastClass) {
      TreePath path = trees.getPath(top);
      lastClass = top;
      lastUnit = path == null ? null : new TreePath(path.getCompilationUnit());
    }
    return lastUnit;
  }

  /**
   * The tree of the annotation that {@code origin} names, or of the element itself.
   *
   * @param elementPath the path of the element's tree; from {@link #locateInRound}, the element's
   *     tree right under its compilation unit, which is enough: only the leaves of the paths made
   *     from it are read
   * @param inRound whether javac has lowered no class yet, and the annotation's tree may be taken
   *     without its path
   */
  private Tree annotationTree(TreePath elementPath, Origin origin, boolean inRound) {
    if (origin.annotation().isEmpty()) {
      return elementPath.getLeaf();
    }
    AnnotationMirror mirror = origin.annotation().get();
    if (origin.repeatIndex() < 0) {
      Tree annotation;
      if (inRound) {
        annotation = trees.getTree(origin.element(), mirror);
      } else {
        TreePath annotationPath = trees.getPath(origin.element(), mirror);
        annotation = annotationPath == null ? null : annotationPath.getLeaf();
      }
      return annotation != null ? annotation : elementPath.getLeaf();
    }
    String container = qualifiedName(mirror.getAnnotationType());
    Optional<String> contained = containedType(mirror);
    List<AnnotationTree> repeated = new ArrayList<>();
    List<? extends AnnotationTree> annotations = annotationsOf(elementPath.getLeaf());
    List<String> typeNames = typeNames(elementPath, annotations);
    for (int i = 0; i < annotations.size(); i++) {
      AnnotationTree annotation = annotations.get(i);
      String name = typeNames.get(i);
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

  /** The type names of {@code annotations}, those of the tree at {@code elementPath}: kept for the last tree. */
  private List<String> typeNames(TreePath elementPath, List<? extends AnnotationTree> annotations) {
    if (elementPath.getLeaf() != namedTree) {
      List<String> read = new ArrayList<>();
      for (AnnotationTree annotation : annotations) {
        read.add(typeName(new TreePath(elementPath, annotation)).orElse(""));
      }
      namedTree = elementPath.getLeaf();
      names = read;
    }
    return names;
  }

  private Optional<String> typeName(TreePath annotationPath) {
    AnnotationTree annotation = (AnnotationTree) annotationPath.getLeaf();
    TypeMirror type = trees.getTypeMirror(new TreePath(annotationPath, annotation.getAnnotationType()));
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
    return NameStrings.of(((TypeElement) ((DeclaredType) type).asElement()).getQualifiedName());
  }

  private record TreeLocation(Trees trees, CompilationUnitTree unit, Tree tree) implements Reporter.Location {
    @Override
    public Object key() {
      return List.of(
          unit.getSourceFile().toUri(), trees.getSourcePositions().getStartPosition(unit, tree));
    }

    @Override
    public void print(Diagnostic.Kind kind, String message) {
      trees.printMessage(kind, message, tree, unit);
    }

    @Override
    public String file() {
      return unit.getSourceFile().toUri().toString();
    }

    /**
     * Where javac reports the message: after a method's or a class's annotations (at its return type
     * or its name), elsewhere at the start of the tree.
     */
    @Override
    public long position() {
      SourcePositions positions = trees.getSourcePositions();
      if (tree instanceof MethodTree method && method.getReturnType() != null) {
        return positions.getStartPosition(unit, method.getReturnType());
      }
      if (tree instanceof ClassTree type) {
        return positions.getEndPosition(unit, type.getModifiers()) + 1;
      }
      return positions.getStartPosition(unit, tree);
    }

    /** The place javac prints at: a method's or a class's name, any other tree's start. */
    private long printed() {
      long from = position();
      Optional<CharSequence> text = text();
      String name =
          tree instanceof MethodTree method ? method.getName().toString()
              : tree instanceof ClassTree type ? type.getSimpleName().toString() : "";
      if (!name.isEmpty() && from >= 0 && text.isPresent() && from < text.get().length()) {
        Matcher found = Pattern.compile("\\b" + Pattern.quote(name) + "\\b").matcher(text.get());
        if (found.find((int) from)) {
          return found.start();
        }
      }
      return from;
    }

    @Override
    public long line() {
      long at = printed();
      return at < 0 ? -1 : unit.getLineMap().getLineNumber(at);
    }

    @Override
    public long column() {
      long at = printed();
      if (at < 0) {
        return -1;
      }
      return at - unit.getLineMap().getStartPosition(unit.getLineMap().getLineNumber(at)) + 1;
    }

    @Override
    public String packageName() {
      return unit.getPackageName() == null ? "" : unit.getPackageName().toString();
    }

    @Override
    public Optional<long[]> span() {
      SourcePositions positions = trees.getSourcePositions();
      long start = positions.getStartPosition(unit, tree);
      long end = positions.getEndPosition(unit, tree);
      return start < 0 || end < start ? Optional.empty() : Optional.of(new long[] {start, end});
    }

    @Override
    public Optional<CharSequence> text() {
      try {
        return Optional.ofNullable(unit.getSourceFile().getCharContent(true));
      } catch (IOException | RuntimeException e) {
        return Optional.empty();
      }
    }
  }
}
