package dev.statuscontract.processor;

import com.sun.source.tree.CompilationUnitTree;
import com.sun.source.tree.IdentifierTree;
import com.sun.source.tree.ImportTree;
import com.sun.source.tree.MemberSelectTree;
import com.sun.source.util.TreePath;
import com.sun.source.util.TreeScanner;
import com.sun.source.util.Trees;
import dev.statuscontract.processor.helpers.ResponseHelpers;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import javax.annotation.processing.ProcessingEnvironment;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.element.Element;
import javax.lang.model.element.ModuleElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.ElementFilter;
import javax.lang.model.util.Elements;

/**
 * Decides which classes get their typed response helpers ({@code -Astatuscontract.helpers}).
 *
 * <p>Under the default, {@link Mode#USED}, a class gets its helper class when the compilation
 * refers to that helper class's name: the source of every compilation unit of each round is read
 * for names that could be one ({@code UserResourceResponses}, {@code com.acme.UserResourceResponses},
 * an import of either), before any class of the round gets its helpers, so that a class using
 * another's helpers, in the same file or any other, finds them generated in the same build. A
 * referred helper class whose resource class is not among the compilation's sources (it comes from
 * the class path: an IDE compiling the changed file alone, a test compilation using the main
 * classes) is generated from that class, unless the helper class exists already. A class whose
 * helper class an earlier build left on the class path gets it again, so that it follows the
 * contract.
 *
 * <p>The names are read with javac's {@link Trees}; where there are none (the Eclipse compiler, a
 * wrapper around javac's environment that cannot be unwrapped) nothing tells which helpers are used,
 * and every class gets them, as under {@link Mode#ALL}. Every use of the tree API is in {@link
 * TreeNames}, which is loaded only when javac's trees are there.
 */
final class HelperDemand {

  /** {@code -Astatuscontract.helpers}: which classes get their helpers. */
  static final String OPTION = StatusContractProcessor.HELPERS_OPTION;

  /** The values of the option. */
  enum Mode {
    /** The classes whose helper classes the compilation refers to: the default. */
    USED,
    /** Every class, as before the helpers were generated on demand; also {@code true}. */
    ALL,
    /** None; also {@code false}. */
    NONE;

    /** The mode {@code options} ask for; a value that is none of them is added to {@code problems}. */
    static Mode parse(Map<String, String> options, List<String> problems) {
      if (!options.containsKey(OPTION)) {
        return USED;
      }
      String value = options.get(OPTION);
      String normalized = value == null ? "" : value.trim().toLowerCase(Locale.ROOT);
      switch (normalized) {
        case "used":
          return USED;
        case "all":
        case "true":
        case "": // -Astatuscontract.helpers alone, which was true
          return ALL;
        case "none":
        case "false":
          return NONE;
        default:
          problems.add(
              String.format(
                  "-A%s=%s is none of used (the default: the helpers the compilation refers to), all and none;"
                      + " true means all, false none",
                  OPTION, value));
          return USED;
      }
    }
  }

  /** The names of a compilation unit that may name a helper class. */
  interface Names {
    /** Adds to {@code out} the qualified names of helper classes the units of {@code round} may refer to. */
    void read(RoundEnvironment round, Predicate<String> skipped, Set<String> out);
  }

  private final Mode mode;
  private final Elements elements;
  /** Reads the names; null where there are no trees, and every class gets its helpers. */
  private Names names;
  /** The qualified names of the helper classes the compilation refers to, or may. */
  private final Set<String> demanded = new LinkedHashSet<>();
  /** The classes that got their helpers, or were told their helper class's name is taken. */
  private final Set<String> served = new HashSet<>();
  /** The helper classes that are settled: asked for from {@link Outputs}, or found to exist. */
  private final Set<String> settled = new HashSet<>();

  private HelperDemand(Mode mode, Elements elements, Names names) {
    this.mode = mode;
    this.elements = elements;
    this.names = names;
  }

  /**
   * The demand of a compilation.
   *
   * @param env the environment the processor was given
   * @param javac javac's own environment behind it, or {@code env} where there is none
   */
  static HelperDemand create(Mode mode, ProcessingEnvironment env, ProcessingEnvironment javac) {
    Names names = null;
    if (mode == Mode.USED) {
      try {
        names = new TreeNames(Trees.instance(javac));
      } catch (IllegalArgumentException | LinkageError notJavac) {
        names = null; // every class gets its helpers
      }
    }
    return new HelperDemand(mode, env.getElementUtils(), names);
  }

  /**
   * Reads the names of this round's compilation units; call it before asking for any class of the
   * round. Should reading fail, every class checked from then on gets its helpers, so that a build
   * never misses one it uses.
   */
  void read(RoundEnvironment round) {
    if (names != null) {
      try {
        names.read(round, settled::contains, demanded);
      } catch (RuntimeException | LinkageError e) {
        names = null;
      }
    }
  }

  /** Whether {@code type}, a class with endpoints checked in this round, gets its helpers now. */
  boolean wanted(TypeElement type) {
    if (mode == Mode.NONE) {
      return false;
    }
    String name = type.getQualifiedName().toString();
    if (served.contains(name)) {
      return false;
    }
    String helper = helperName(type);
    boolean wanted =
        names == null
            || mode == Mode.ALL
            || demanded.contains(helper)
            // Left by an earlier build: it is used, or was; keep it in step with the contract.
            || (!settled.contains(helper) && exists(type, helper));
    if (wanted) {
      served.add(name);
      settled.add(helper);
    }
    return wanted;
  }

  /**
   * Whether the helper class {@code helper} of {@code type} exists: looked up in {@code type}'s
   * module, which holds its package. Looked up in every module, a name that is not there (the
   * helper class of almost every class, where helpers are not used) costs javac a resolution in
   * each module of the JDK.
   */
  private boolean exists(TypeElement type, String helper) {
    ModuleElement module = elements.getModuleOf(type);
    return (module == null ? elements.getTypeElement(helper) : elements.getTypeElement(module, helper)) != null;
  }

  /**
   * The classes whose helper classes are referred to, do not exist, and that the processor does not
   * check in this compilation or checked without generating them: those of the class path, and
   * those of the sources that a class generated in a later round refers to. Each is returned once.
   *
   * @param waiting whether a class of the sources is still to be checked, and will be asked for by
   *     {@link #wanted}
   */
  List<TypeElement> unmet(Predicate<String> waiting) {
    if (names == null || mode != Mode.USED) {
      return List.of();
    }
    List<TypeElement> resources = new ArrayList<>();
    for (String helper : List.copyOf(demanded)) {
      if (!settled.add(helper)) {
        continue;
      }
      if (elements.getTypeElement(helper) != null) {
        continue; // written by hand, or on the class path
      }
      for (TypeElement resource : resourcesOf(helper)) {
        String name = resource.getQualifiedName().toString();
        if (waiting.test(name)) {
          settled.remove(helper); // asked for when the class is checked
        } else if (helperName(resource).equals(helper) && served.add(name)) {
          resources.add(resource);
        }
      }
    }
    return resources;
  }

  /**
   * The classes whose helper class {@code helper} would be: {@code com.acme.Api_UsersResponses}
   * belongs to {@code com.acme.Api_Users} or to the nested {@code com.acme.Api.Users}.
   */
  private List<TypeElement> resourcesOf(String helper) {
    int dot = helper.lastIndexOf('.');
    String simple = helper.substring(dot + 1);
    if (!simple.endsWith(ResponseHelpers.SUFFIX) || simple.length() == ResponseHelpers.SUFFIX.length()) {
      return List.of();
    }
    String prefix = helper.substring(0, dot + 1);
    String base = simple.substring(0, simple.length() - ResponseHelpers.SUFFIX.length());
    List<String> candidates = new ArrayList<>();
    nestings(base, 0, candidates);
    List<TypeElement> found = new ArrayList<>();
    for (String candidate : candidates) {
      TypeElement type = elements.getTypeElement(prefix + candidate);
      if (type != null) {
        found.add(type);
      }
    }
    return found;
  }

  /** {@code name}, and each way of reading its underscores from {@code from} on as a nesting. */
  private static void nestings(String name, int from, List<String> out) {
    out.add(name);
    if (out.size() >= 64) {
      return;
    }
    for (int i = name.indexOf('_', from); i > 0 && i < name.length() - 1; i = name.indexOf('_', i + 1)) {
      nestings(name.substring(0, i) + "." + name.substring(i + 1), i + 1, out);
      if (out.size() >= 64) {
        return;
      }
    }
  }

  /** The qualified name of the helper class of {@code type}, as {@link Outputs#writeHelpers} names it. */
  String helperName(TypeElement type) {
    List<String> simpleNames = new ArrayList<>();
    for (Element e = type; e instanceof TypeElement t; e = t.getEnclosingElement()) {
      simpleNames.add(0, t.getSimpleName().toString());
    }
    String packageName = elements.getPackageOf(type).getQualifiedName().toString();
    return (packageName.isEmpty() ? "" : packageName + ".") + ResponseHelpers.helperName(simpleNames);
  }

  /** Reads the names with javac's trees. */
  private static final class TreeNames implements Names {

    private final Trees trees;

    TreeNames(Trees trees) {
      this.trees = trees;
    }

    @Override
    public void read(RoundEnvironment round, Predicate<String> skipped, Set<String> out) {
      Set<CompilationUnitTree> units = Collections.newSetFromMap(new IdentityHashMap<>());
      for (TypeElement type : ElementFilter.typesIn(round.getRootElements())) {
        if (skipped.test(type.getQualifiedName().toString())) {
          continue; // a helper class generated here
        }
        TreePath path = trees.getPath(type);
        if (path != null && units.add(path.getCompilationUnit()) && mayName(path.getCompilationUnit())) {
          read(path.getCompilationUnit(), out);
        }
      }
    }

    /** Whether the unit's text holds the suffix at all: most units are not walked. */
    private static boolean mayName(CompilationUnitTree unit) {
      try {
        return unit.getSourceFile().getCharContent(true).toString().contains(ResponseHelpers.SUFFIX);
      } catch (IOException | RuntimeException e) {
        return true;
      }
    }

    private static void read(CompilationUnitTree unit, Set<String> out) {
      String pkg = unit.getPackageName() == null ? "" : unit.getPackageName().toString();
      // Where a simple name may come from: the unit's package, and every import on demand.
      List<String> prefixes = new ArrayList<>();
      prefixes.add(pkg.isEmpty() ? "" : pkg + ".");
      for (ImportTree anImport : unit.getImports()) {
        if (!anImport.isStatic()
            && anImport.getQualifiedIdentifier() instanceof MemberSelectTree select
            && select.getIdentifier().contentEquals("*")) {
          prefixes.add(select.getExpression().toString() + ".");
        }
      }
      Set<String> simpleNames = new HashSet<>();
      new TreeScanner<Void, Void>() {
        @Override
        public Void visitIdentifier(IdentifierTree identifier, Void unused) {
          if (isHelperName(identifier.getName())) {
            simpleNames.add(identifier.getName().toString());
          }
          return null;
        }

        @Override
        public Void visitMemberSelect(MemberSelectTree select, Void unused) {
          if (isHelperName(select.getIdentifier())) {
            // com.acme.UserResourceResponses, in an import or in the code.
            out.add(select.getExpression().toString() + "." + select.getIdentifier());
          }
          return super.visitMemberSelect(select, unused);
        }
      }.scan(unit, null);
      for (String simple : simpleNames) {
        for (String prefix : prefixes) {
          out.add(prefix + simple);
        }
      }
    }

    private static boolean isHelperName(CharSequence name) {
      String text = name.toString();
      return text.endsWith(ResponseHelpers.SUFFIX) && text.length() > ResponseHelpers.SUFFIX.length();
    }
  }
}
