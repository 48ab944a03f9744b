package dev.statuscontract.processor;

import com.sun.source.tree.CompilationUnitTree;
import com.sun.source.util.TreePath;
import com.sun.source.util.Trees;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Predicate;
import javax.annotation.processing.ProcessingEnvironment;
import javax.lang.model.element.TypeElement;
import javax.tools.JavaFileObject;

/**
 * Tells auxiliary classes (a second, non-public top-level class in a source file named after
 * another class) from the others, so that generated code never names one: javac warns under
 * {@code -Xlint:auxiliaryclass} when a class in another file does.
 */
final class AuxiliaryClasses {

  private AuxiliaryClasses() {}

  /** A detector for this compilation; where javac's trees are unavailable, it knows of none. */
  static Predicate<TypeElement> detector(ProcessingEnvironment env) {
    Trees trees;
    try {
      trees = Trees.instance(env);
    } catch (IllegalArgumentException | LinkageError notJavac) {
      return type -> false;
    }
    Map<String, Boolean> known = new HashMap<>();
    return type ->
        known.computeIfAbsent(
            type.getQualifiedName().toString(),
            name -> {
              TreePath path = trees.getPath(type);
              if (path == null) {
                return false; // read from a class file
              }
              CompilationUnitTree unit = path.getCompilationUnit();
              return !unit.getSourceFile().isNameCompatible(type.getSimpleName().toString(), JavaFileObject.Kind.SOURCE);
            });
  }
}
