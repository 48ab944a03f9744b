package dev.statuscontract.processor.fuzz;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Generates random endpoint sources for the fuzz test: JAX-RS ({@code jakarta.ws.rs} and {@code
 * javax.ws.rs}) and Spring MVC resources with random {@code @Returns}/{@code @Creates} contracts,
 * body and return types of every kind, class-level and composed declarations, inheritance,
 * overloads, odd names, and sometimes unresolvable types or a textual mutation that breaks the
 * syntax.
 *
 * <p>A case depends only on the seed and its index: {@code generate(seed, i)} always returns the
 * same sources. Each case is one compilation of a few small files. Most cases compile without the
 * processor; those that are meant not to (unresolved types, inaccessible types, mutations) carry an
 * {@code expect-error:...} feature.
 */
final class CaseGenerator {

  /** Generates case {@code index} of the run with {@code seed}. */
  static FuzzCase generate(long seed, int index) {
    return new CaseGenerator(seed, index).build();
  }

  private enum Fw {
    JAKARTA("jakarta.ws.rs"),
    JAVAX("javax.ws.rs"),
    SPRING("org.springframework.web.bind.annotation");

    final String pkg;

    Fw(String pkg) {
      this.pkg = pkg;
    }

    boolean jaxrs() {
      return this != SPRING;
    }

    String response() {
      return this == JAVAX ? "javax.ws.rs.core.Response" : "jakarta.ws.rs.core.Response";
    }
  }

  // ---------------------------------------------------------------- vocabulary

  private static final String[] PACKAGES = {
    "com.acme", "com.acme.api", "org.example.users", "q", "com.Acme.API", "org.example.V1", "Com.Example",
    "com.acme.users_v2", "com.acme.$gen", "app.über", "com.acme.string", "x.y.z.w",
  };

  private static final String[] CLASS_NAMES = {
    "UserResource", "Users", "Api", "OrderController", "Items", "V1", "Größe", "items", "$Res", "Res$Inner",
    "ResponseHelpers", "Things", "UsersResponses", "A", "Ω", "Response", "Outer",
  };

  private static final String[] COMMON_CODES = {
    "200", "200", "200", "201", "201", "202", "204", "204", "206", "301", "302", "303", "304", "307", "308", "400",
    "401", "403", "404", "404", "405", "407", "409", "410", "412", "415", "416", "422", "426", "429", "500", "501",
    "503",
  };
  private static final String[] UNREGISTERED_CODES = {"299", "418", "420", "499", "599", "230", "310"};
  private static final String[] INFORMATIONAL_CODES = {"100", "101", "102", "103", "199"};
  private static final String[] INVALID_CODES = {
    "0", "-1", "-404", "1", "99", "600", "999", "1000", "20000", "2147483647", "-2147483648",
    "java.lang.Integer.MAX_VALUE", "java.lang.Integer.MIN_VALUE", "0x7fffffff", "0200", "1_000_000",
  };
  private static final String[] CODE_EXPRESSIONS = {
    "200 + 1", "(short) 404", "'A'", "2_0_0", "Codes.OK", "Codes.TEAPOT", "Codes.HUGE", "Codes.NEGATIVE",
    "Codes.CREATED", "0b11001000", "(byte) 200", "Codes.OK + 1",
  };

  /** Success codes that keep every rule, by HTTP method ({@code GET+HEAD}: Spring's two-method mapping). */
  private static final Map<String, String[]> CLEAN_SUCCESS =
      Map.of(
          "GET", new String[] {"200", "200", "206", "304", "301", "302", "303", "307", "308", "Codes.OK", "2_0_0"},
          "HEAD", new String[] {"200", "204"},
          "POST", new String[] {"201", "201", "200", "202", "303", "204", "Codes.CREATED"},
          "PUT", new String[] {"200", "201", "204"},
          "DELETE", new String[] {"204", "200", "202"},
          "PATCH", new String[] {"200", "204", "299"},
          "OPTIONS", new String[] {"200", "204"},
          "PURGE", new String[] {"200", "204", "202"},
          "GET+HEAD", new String[] {"200", "204"},
          "ANY", new String[] {"200", "201", "204"});
  /** Error codes that keep every rule on any endpoint, given the headers they require. */
  private static final String[] CLEAN_ERRORS = {
    "400", "401", "403", "404", "404", "405", "407", "409", "410", "412", "415", "418", "422", "426", "429", "499",
    "500", "501", "503",
  };

  private static final String[] HEADERS = {
    "Location", "Location", "Location", "Content-Location", "Retry-After", "Retry-After", "Allow", "Last-Modified",
    "Expires", "WWW-Authenticate", "WWW-Authenticate", "Proxy-Authenticate", "Content-Range", "Upgrade", "ETag",
    "X-Rate-Limit", "X-Request-ID", "Cache-Control", "Link", "location", "LOCATION", "retry-after", "x-a", "a", "A1",
    "X_Y", "!#$%&'*+-.^_`|~", "body", "body2", "delay", "seconds", "HTTP_DATE", "deltaSeconds", "Objects", "String",
    "class", "java", "java", "int", "return", "true", "null", "default", "1", "1abc", "_", "$", "Set", "location2",
    "status", "response",
  };
  private static final String[] BAD_HEADERS = {
    "", " ", "Retry After", " Location", "Location ", "X:Y", "X\tY", "Größe", "日本", "emoji😀", "X\"Q", "a\\b", "é",
    "(paren)", "a/b", "a,b", "a=b", "{}", "\0", "line\nbreak", "*/", "@", "<b>",
  };

  private static final String[] DESCRIPTIONS = {
    "The user", "The user was created", "No such user.", "*/", "/*", "/**", "$", "$L", "$S", "$T", "$N", "$$", "$1",
    "@param x", "@return", "@", "{@code x}", "{@link String}", "<b>bold</b>", "<", ">", "&", "&amp;", "&#64;",
    "\"quoted\"", "'single'", "\\", "\\u0041", "Grüße", "日本語", "😀", "%s", "%n", "%", "\n", "\t", "\r",
    "line1\nline2", "*", "**/", " ", "ends with period.", "Ends with a bang!", "<script>alert(1)</script>",
    "\u2028", "a\0b", "}", "{", "\\n", "*/ class X {} /*",
  };

  private static final String[] METHOD_NAMES = {
    "get", "create", "update", "delete", "list", "find", "search", "post", "put", "patch", "head", "options",
    "objects", "list", "map", "set", "string", "object", "response", "responseEntity", "uri", "duration",
    "instant", "generated", "override", "suppressWarnings", "deltaSeconds", "HTTP_DATE", "body", "status", "build",
    "ok", "created", "$", "__", "_get", "$get", "get$", "Get", "GET", "über", "日本", "ñ", "a", "x1", "getX",
    "values", "valueOf", "clone", "locale", "zoneOffset", "treeSet", "dateTimeFormatter", "objects", "java",
  };

  /** Java types of parameters, with distinct erasures (so overloads using any two of them compile). */
  private static final String[] PARAMETERS = {
    "String s", "int n", "java.util.List<String> xs", "java.util.List<String>[] lists", "String[] strings",
    "int[][] matrix", "java.util.Map<String, Integer> m", "long id, String name", "char c",
    "java.util.Optional<? extends Number> o", "java.util.List<String>[][] deep", "java.util.Set<String> set",
  };

  private static final String[] SHADOWING_NAMES = {
    "String", "Objects", "Response", "ResponseEntity", "URI", "Set", "Duration", "Instant", "Generated", "Void",
    "Integer", "List", "Map", "Optional", "Locale", "DateTimeFormatter", "ZoneOffset", "TreeSet", "Long",
    "IllegalArgumentException", "NullPointerException", "Math",
  };

  // ---------------------------------------------------------------- state

  private final long seed;
  private final int index;
  private final SplittableRandom r;
  private final String pkg;
  /** Source files by path, in the order they are passed to javac. */
  private final Map<String, String> files = new LinkedHashMap<>();
  /** Support types of the main package, by simple name, written as files at the end. */
  private final Map<String, String> packageTypes = new LinkedHashMap<>();
  /** Simple names of the resource classes of the main package: no support type may take them. */
  private final Set<String> resourceNames = new LinkedHashSet<>();
  private final List<String> features = new ArrayList<>();
  private final Set<String> names = new LinkedHashSet<>();
  /**
   * The simple names of the helper classes the declared classes would have ({@code
   * Api_UsersResponses} for {@code Api.Users}), whether they have endpoints or not.
   */
  private final Set<String> helperNames = new LinkedHashSet<>();
  /** Whether the case uses the unresolvable-type features. */
  private final boolean unresolved;
  /**
   * Whether the contracts keep every rule, so that the processor must compile the case without
   * errors (otherwise its rule errors would excuse any failure).
   */
  private final boolean clean;
  /** Whether the annotations of the class being generated are being generated. */
  private boolean inClassHeader;
  /** The class being generated. */
  private Frame frame = new Frame(null, "", "class", Fw.JAKARTA, List.of());

  /**
   * A class being generated: what its members need to know, and the nested types they need, which
   * are declared at its end.
   */
  private static final class Frame {
    final Frame parent;
    final String name;
    /** {@code class}, {@code interface}, {@code enum}, {@code record} or {@code annotation}. */
    final String kind;
    final Fw fw;
    /** The class's type variables, which its methods may use. */
    final List<String> typeVariables;
    final List<String> nested = new ArrayList<>();
    /** Name and erased parameter types of each method, so that no two clash. */
    final Set<String> methodKeys = new LinkedHashSet<>();
    /** Whether the signatures of its methods are copied into another class (which implements them). */
    boolean signaturesCopied;

    Frame(Frame parent, String name, String kind, Fw fw, List<String> typeVariables) {
      this.parent = parent;
      this.name = name;
      this.kind = kind;
      this.fw = fw;
      this.typeVariables = typeVariables;
    }

    boolean isInterface() {
      return kind.equals("interface") || kind.equals("annotation");
    }
  }

  private CaseGenerator(long seed, int index) {
    this.seed = seed;
    this.index = index;
    this.r = new SplittableRandom(mix(seed, index));
    this.pkg = r.nextInt(100) < 8 ? "" : pick(PACKAGES);
    this.clean = r.nextInt(100) < 45;
    this.unresolved = !clean && r.nextInt(100) < 18;
    if (clean) {
      features.add("clean-contracts");
    }
    if (unresolved) {
      features.add("expect-error:unresolved");
    }
    for (String segment : pkg.split("\\.")) {
      name(segment);
    }
  }

  /** A well-mixed seed for case {@code index} of the run with {@code seed}. */
  static long mix(long seed, int index) {
    long z = seed * 0x9E3779B97F4A7C15L + index;
    z = (z ^ (z >>> 33)) * 0xff51afd7ed558ccdL;
    z = (z ^ (z >>> 33)) * 0xc4ceb3fe1a85ec53L;
    return z ^ (z >>> 33);
  }

  private FuzzCase build() {
    features.add(pkg.isEmpty() ? "default-package" : "package " + pkg);
    int shape = r.nextInt(100);
    if (shape < 40) {
      plainResource(randomFw(), pick(CLASS_NAMES));
    } else if (shape < 55) {
      nestedResources();
    } else if (shape < 67) {
      interfaceAndImplementation();
    } else if (shape < 77) {
      abstractBase();
    } else if (shape < 85) {
      genericResource();
    } else if (shape < 92) {
      features.add("two-resources");
      String first = pick(CLASS_NAMES);
      String second = pick(CLASS_NAMES);
      plainResource(randomFw(), first);
      plainResource(randomFw(), second.equals(first) ? "Second" + second : second);
    } else {
      oddResourceKind();
    }
    for (Map.Entry<String, String> type : packageTypes.entrySet()) {
      files.put(path(pkg, type.getKey()), type.getValue());
    }
    if (!clean && r.nextInt(100) < 20) {
      mutate();
    }
    List<FuzzCase.SourceFile> sources = new ArrayList<>();
    files.forEach((path, content) -> sources.add(new FuzzCase.SourceFile(path, content)));
    String helpers = helpersOption();
    List<String> referred = new ArrayList<>();
    if (!helperNames.isEmpty() && !helpers.equals("none") && !helpers.equals("false")
        && r.nextInt(100) < (helpers.isEmpty() || helpers.equals("used") ? 60 : 30)) {
      sources.add(helperUse(referred));
    }
    return new FuzzCase(seed, index, sources, features, names, helpers, referred);
  }

  // ---------------------------------------------------------------- helpers

  /**
   * The value of {@code -Astatuscontract.helpers}: {@code all} in about two cases in five (so that
   * every class's helpers are compiled), {@code none} in one in ten, else the default, {@code used}.
   */
  private String helpersOption() {
    int choice = r.nextInt(100);
    String value =
        choice < 30 ? "all" : choice < 40 ? "true" : choice < 45 ? "none" : choice < 50 ? "false" : choice < 60 ? "used" : "";
    features.add("helpers=" + (value.isEmpty() ? "default" : value));
    return value;
  }

  /**
   * A file that refers to the helper classes of some of the case's classes (class literals, so that
   * it compiles whatever their factories are), compiled only with the processor: in the case's
   * package by simple name, or in another package by qualified name, single-type import or import on
   * demand. The names go into {@code referred}.
   */
  private FuzzCase.SourceFile helperUse(List<String> referred) {
    List<String> candidates = new ArrayList<>(helperNames);
    int count = r.nextInt(1, Math.min(3, candidates.size()) + 1);
    List<String> chosen = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      chosen.add(candidates.remove(r.nextInt(candidates.size())));
    }
    String prefix = pkg.isEmpty() ? "" : pkg + ".";
    chosen.forEach(helper -> referred.add(prefix + helper));
    // A class of the default package cannot be named from another package.
    int form = pkg.isEmpty() ? 0 : r.nextInt(4);
    String usePackage = form == 0 ? pkg : "fuzz.use";
    StringBuilder out = new StringBuilder(usePackage.isEmpty() ? "" : "package " + usePackage + ";\n\n");
    switch (form) {
      case 2 -> chosen.forEach(helper -> out.append("import ").append(prefix).append(helper).append(";\n"));
      case 3 -> out.append("import ").append(pkg).append(".*;\n");
      default -> {}
    }
    out.append("\nfinal class HelperUse {\n  static final Class<?>[] USED = {");
    for (int i = 0; i < chosen.size(); i++) {
      out.append(i == 0 ? "" : ", ").append(form == 1 ? prefix : "").append(chosen.get(i)).append(".class");
    }
    out.append("};\n}\n");
    features.add("helper-use " + new String[] {"same-package", "qualified", "import", "import-on-demand"}[form] + " " + chosen);
    names("HelperUse", "fuzz", "use");
    chosen.forEach(this::names);
    return new FuzzCase.SourceFile(path(usePackage, "HelperUse"), out.toString(), true);
  }

  // ---------------------------------------------------------------- shapes

  private Fw randomFw() {
    int f = r.nextInt(100);
    return f < 35 ? Fw.JAKARTA : f < 60 ? Fw.JAVAX : Fw.SPRING;
  }

  /** A top-level resource class with a few endpoint methods. */
  private void plainResource(Fw fw, String className) {
    resourceNames.add(className);
    features.add("plain " + fw + " " + className);
    int count = r.nextInt(1, 5);
    writeFile(
        fw,
        className,
        type(fw, "class", className, List.of(), "public class " + className, () -> classAnnotations(fw, true), () -> endpoints(count)));
  }

  /** {@code Api.Users}, next to a top-level {@code Api_Users}. */
  private void nestedResources() {
    Fw fw = randomFw();
    String outer = pick(new String[] {"Api", "Outer", "V1", "Users"});
    String inner = pick(new String[] {"Users", "Items", "Inner", "Api"});
    if (inner.equals(outer)) {
      inner = inner + "2";
    }
    String innerName = inner;
    resourceNames.add(outer);
    features.add("nested " + fw + " " + outer + "." + inner);
    int kind = r.nextInt(10);
    if (kind >= 6) {
      features.add(kind < 8 ? "inner-non-static" : "nested-interface");
    }
    boolean outerIsResource = r.nextBoolean();
    if (outerIsResource) {
      features.add("outer-is-resource");
    }
    String text =
        type(
            fw,
            "class",
            outer,
            List.of(),
            "public class " + outer,
            () -> {
              StringBuilder annotations = new StringBuilder();
              if (r.nextInt(100) < 60) {
                // Class-level @Returns on the enclosing class, which applies to the nested one.
                annotations.append(returnsLine(true)).append('\n');
                features.add("class-level-returns-on-enclosing");
                if (!clean && r.nextInt(100) < 30) {
                  annotations.append("@Returns(value = ").append(pick(COMMON_CODES)).append(", body = ").append(missingType()).append(".class)\n");
                  features.add("unresolved-body-on-enclosing");
                  features.add("expect-error:unresolved");
                }
              }
              if (outerIsResource) {
                annotations.append(fw.jaxrs() ? "@Path(\"/outer\")\n" : "@RestController\n");
              }
              return annotations.toString();
            },
            () -> {
              String nestedType =
                  kind < 8
                      ? type(fw, "class", innerName, List.of(), (kind < 6 ? "public static class " : "public class ") + innerName, () -> classAnnotations(fw, true), () -> endpoints(r.nextInt(1, 4)))
                      : type(fw, "interface", innerName, List.of(), "public interface " + innerName, () -> classAnnotations(fw, true), () -> endpoints(r.nextInt(1, 4)));
              return indent(nestedType, "  ") + (outerIsResource ? endpoints(r.nextInt(1, 3)) : "");
            });
    writeFile(fw, outer, text);
    if (r.nextInt(100) < 70) {
      String clash = outer + "_" + inner;
      resourceNames.add(clash);
      features.add("clash " + clash);
      if (r.nextBoolean()) {
        writeFile(fw, clash, type(fw, "class", clash, List.of(), "public class " + clash, () -> classAnnotations(fw, true), () -> endpoints(1)));
      } else {
        files.put(path(pkg, clash), packageLine() + "public class " + clash + " {}\n");
        names(clash);
      }
    }
  }

  /** An interface with the mappings and a class that implements it. */
  private void interfaceAndImplementation() {
    Fw fw = randomFw();
    String api = pick(new String[] {"UsersApi", "CrudApi", "Api"});
    String impl = pick(new String[] {"UsersResource", "UsersController", "Impl"});
    resourceNames.add(api);
    resourceNames.add(impl);
    boolean generic = r.nextInt(100) < 35;
    features.add("interface " + fw + (generic ? " generic" : ""));
    List<Method> abstractMethods = new ArrayList<>();
    String apiText =
        type(
            fw,
            "interface",
            api,
            generic ? List.of("T") : List.of(),
            "public interface " + api + (generic ? "<T>" : ""),
            () -> {
              String annotations = fw.jaxrs() ? "@Path(\"/api\")\n" : r.nextBoolean() ? "@RequestMapping(\"/api\")\n" : "";
              if (r.nextInt(100) < 30) {
                annotations += returnsLine(true) + "\n";
                features.add("class-level-returns-on-interface");
              }
              return annotations;
            },
            () -> {
              frame.signaturesCopied = true;
              StringBuilder members = new StringBuilder();
              int count = r.nextInt(1, 4);
              for (int i = 0; i < count; i++) {
                Method m = method(methodName());
                members.append(m.annotations());
                if (r.nextInt(100) < 30) {
                  members.append("  default ").append(m.signature()).append(" { ").append(m.body()).append(" }\n");
                  features.add("default-method");
                } else {
                  members.append("  ").append(m.signature()).append(";\n");
                  abstractMethods.add(m);
                }
              }
              return members.toString();
            });
    writeFile(fw, api, apiText);
    String argument = generic ? pick(new String[] {"String", "Integer", "java.util.List<String>", "String[]"}) : "";
    writeFile(
        fw,
        impl,
        type(
            fw,
            "class",
            impl,
            List.of(),
            "public class " + impl + " implements " + api + (generic ? "<" + argument + ">" : ""),
            () -> fw.jaxrs() ? (r.nextBoolean() ? "@Path(\"/impl\")\n" : "") : "@RestController\n",
            () -> implementations(abstractMethods, generic ? argument : null)));
  }

  /** An abstract, possibly generic, base class with endpoint methods, and a concrete subclass. */
  private void abstractBase() {
    Fw fw = randomFw();
    String base = pick(new String[] {"BaseResource", "AbstractController", "Base"});
    String sub = pick(new String[] {"UsersResource", "Users", "Concrete"});
    resourceNames.add(base);
    resourceNames.add(sub);
    boolean generic = r.nextBoolean();
    features.add("abstract-base " + fw + (generic ? " generic" : ""));
    List<Method> abstractMethods = new ArrayList<>();
    writeFile(
        fw,
        base,
        type(
            fw,
            "class",
            base,
            generic ? List.of("T") : List.of(),
            "public abstract class " + base + (generic ? "<T>" : ""),
            () -> classAnnotations(fw, r.nextBoolean()),
            () -> {
              frame.signaturesCopied = true;
              StringBuilder members = new StringBuilder();
              int count = r.nextInt(1, 4);
              for (int i = 0; i < count; i++) {
                Method m = method(methodName());
                members.append(m.annotations());
                if (r.nextBoolean()) {
                  members.append("  public abstract ").append(m.signature()).append(";\n");
                  abstractMethods.add(m);
                } else {
                  members.append("  public ").append(m.signature()).append(" { ").append(m.body()).append(" }\n");
                }
              }
              return members.toString();
            }));
    String argument = pick(new String[] {"String", "Integer", "java.util.List<String>", "byte[]"});
    writeFile(
        fw,
        sub,
        type(
            fw,
            "class",
            sub,
            List.of(),
            "public class " + sub + " extends " + base + (generic ? "<" + argument + ">" : ""),
            () -> classAnnotations(fw, true),
            () -> implementations(abstractMethods, generic ? argument : null) + (r.nextBoolean() ? endpoints(1) : "")));
  }

  /** The methods of a class that implement {@code abstractMethods}, {@code T} replaced by {@code argument}. */
  private String implementations(List<Method> abstractMethods, String argument) {
    StringBuilder members = new StringBuilder();
    for (Method m : abstractMethods) {
      frame.methodKeys.add(m.key());
      if (r.nextInt(100) < 25) {
        members.append("  ").append(returnsLine(false)).append('\n');
        features.add("implementation-adds-returns");
      }
      String signature = argument == null ? m.signature() : m.signature().replaceAll("\\bT\\b", Matcher.quoteReplacement(argument));
      members.append("  public ").append(signature).append(" { ").append(m.body()).append(" }\n");
    }
    return members.toString();
  }

  /** A resource class with type parameters, whose methods use them. */
  private void genericResource() {
    Fw fw = randomFw();
    String name = pick(new String[] {"Repository", "Pages", "Generic", "Box"});
    resourceNames.add(name);
    String parameters = pick(new String[] {"<T>", "<T extends Comparable<T>>", "<T, U extends java.util.List<T>>", "<E extends Enum<E>>"});
    List<String> variables =
        parameters.startsWith("<T, U") ? List.of("T", "U") : parameters.startsWith("<E") ? List.of("E") : List.of("T");
    names(variables.toArray(String[]::new));
    features.add("generic-resource " + fw + " " + parameters);
    int count = r.nextInt(1, 4);
    writeFile(fw, name, type(fw, "class", name, variables, "public class " + name + parameters, () -> classAnnotations(fw, true), () -> endpoints(count)));
  }

  /** A record, an enum or an interface as the resource. */
  private void oddResourceKind() {
    Fw fw = randomFw();
    String name = pick(new String[] {"RecordResource", "EnumResource", "InterfaceResource"});
    resourceNames.add(name);
    features.add("odd-kind " + fw + " " + name);
    int count = r.nextInt(1, 3);
    String text =
        switch (name) {
          case "RecordResource" -> type(fw, "record", name, List.of(), "public record " + name + "(int id)", () -> classAnnotations(fw, true), () -> endpoints(count));
          case "EnumResource" -> type(fw, "enum", name, List.of(), "public enum " + name, () -> classAnnotations(fw, true), () -> "  INSTANCE;\n" + endpoints(count));
          default -> type(fw, "interface", name, List.of(), "public interface " + name, () -> classAnnotations(fw, true), () -> endpoints(count));
        };
    writeFile(fw, name, text);
  }

  // ---------------------------------------------------------------- classes and methods

  /**
   * A class declaration: its annotations and members are generated in its own frame, so that the
   * nested types they need (a private record used as a body, say) are declared in it.
   */
  private String type(
      Fw fw,
      String kind,
      String name,
      List<String> typeVariables,
      String header,
      java.util.function.Supplier<String> annotations,
      java.util.function.Supplier<String> members) {
    names(name);
    List<String> nesting = new ArrayList<>(List.of(name));
    for (Frame enclosing = frame; enclosing != null && !enclosing.name.isEmpty(); enclosing = enclosing.parent) {
      nesting.add(0, enclosing.name);
    }
    helperNames.add(String.join("_", nesting) + "Responses");
    Frame saved = frame;
    boolean savedInHeader = inClassHeader;
    frame = new Frame(saved, name, kind, fw, typeVariables);
    try {
      // The class's own annotations cannot name its nested types by their simple names.
      inClassHeader = true;
      String annotationText = annotations.get();
      inClassHeader = false;
      String memberText = members.get();
      StringBuilder out = new StringBuilder(annotationText).append(header);
      if (unresolved && kind.equals("class") && !header.contains(" extends ") && r.nextInt(100) < 8) {
        out.append(" extends MissingBase");
        features.add("unresolved-superclass");
      }
      out.append(" {\n").append(memberText);
      for (String declaration : frame.nested) {
        out.append("  ").append(declaration).append('\n');
      }
      return out.append("}\n").toString();
    } finally {
      frame = saved;
      inClassHeader = savedInHeader;
    }
  }

  /** Annotations of a resource class: its mapping, sometimes class-level or composed @Returns. */
  private String classAnnotations(Fw fw, boolean mapped) {
    StringBuilder out = new StringBuilder();
    if (mapped) {
      if (fw.jaxrs()) {
        out.append("@Path(").append(javaString(pick(new String[] {"/users", "/", "", "users/{id}", "/a b", "/ü"}))).append(")\n");
      } else if (!frame.isInterface()) {
        out.append(r.nextInt(10) < 8 ? "@RestController\n" : "@" + stereotype() + "\n");
      }
      if (!fw.jaxrs() && r.nextBoolean()) {
        out.append("@RequestMapping(").append(javaString(pick(new String[] {"/orders", "/", "{id}", "/x/{y:[a-z]+}"}))).append(")\n");
      }
    }
    if (r.nextInt(100) < 25) {
      int n = clean ? 1 : r.nextInt(1, 3);
      for (int i = 0; i < n; i++) {
        out.append(returnsLine(true)).append('\n');
      }
      features.add("class-level-returns");
    }
    if (r.nextInt(100) < 20) {
      out.append('@').append(composedAnnotation()).append('\n');
      features.add("composed-on-class");
    }
    return out.toString();
  }

  /** {@code count} endpoint methods of the current class (some overloaded), and odd extras. */
  private String endpoints(int count) {
    StringBuilder out = new StringBuilder();
    List<Method> methods = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      methods.add(method(methodName()));
    }
    if (!methods.isEmpty() && r.nextInt(100) < 25) {
      // Overloads of the first method's name, with other parameter types.
      features.add("overloads");
      int overloads = r.nextInt(1, 3);
      for (int i = 0; i < overloads; i++) {
        methods.add(method(methods.get(0).name()));
      }
    }
    String modifiers = frame.isInterface() ? "default " : "public ";
    for (Method m : methods) {
      out.append(m.annotations());
      if (frame.isInterface() && r.nextBoolean()) {
        out.append("  ").append(m.signature()).append(";\n");
      } else {
        out.append("  ").append(modifiers).append(m.signature()).append(" { ").append(m.body()).append(" }\n");
      }
    }
    if (r.nextInt(100) < 10) {
      // A method with @Returns that is not an endpoint.
      out.append("  ").append(returnsLine(false)).append('\n');
      out.append("  ").append(modifiers).append("void notAnEndpoint() {}\n");
      features.add("non-endpoint-with-returns");
    }
    if (r.nextInt(100) < 5) {
      out.append("  ").append(mappingLine("GET")).append('\n');
      out.append("  ").append(frame.isInterface() ? "" : "public ").append("static Object staticEndpoint() { return null; }\n");
      features.add("static-endpoint");
    }
    return out.toString();
  }

  /** One endpoint method, in pieces. {@code key} is its name and erased parameter types. */
  private record Method(String name, String key, String annotations, String signature, String body) {}

  private Method method(String wantedName) {
    Fw fw = frame.fw;
    String name = wantedName;
    if (frame.kind.equals("enum") && (name.equals("values") || name.equals("valueOf"))) {
      name = name + "2";
    }
    names(name);
    String httpMethod = httpMethod(fw);

    // The return type first: a return type that fixes the body type decides the bodies that fit.
    Typed typed = returnType(fw, bodyType());
    String typeParameters = "";
    if (frame.typeVariables.isEmpty() && r.nextInt(100) < 12) {
      // A generic method whose type variable shows in the return type, with a body of its erasure.
      String[][] generic = {
        {"<T> ResponseEntity<T>", null}, {"<T extends Number & Comparable<T>> ResponseEntity<java.util.List<T>>", "java.util.List"},
        {"<T> ResponseEntity<T[]>", null}, {"<E extends Enum<E>> ResponseEntity<E>", null}, {"<T> T", null}, {"<T> Response", null},
        {"<T> ResponseEntity<java.util.Map<String, ? extends T>>", "java.util.Map"},
        {"<T extends CharSequence> ResponseEntity<? extends T>", null},
      };
      String[] chosen = generic[r.nextInt(generic.length)];
      int end = typeParametersEnd(chosen[0]);
      typeParameters = chosen[0].substring(0, end + 1) + " ";
      String returnType = chosen[0].substring(end + 1).strip();
      if (returnType.equals("Response")) {
        returnType = fw.jaxrs() ? "Response" : "Object";
      } else if (fw.jaxrs() && returnType.startsWith("ResponseEntity")) {
        returnType = "Object";
      }
      boolean fixed = chosen[1] != null && !fw.jaxrs();
      typed = new Typed(returnType, fixed ? new Body(chosen[1] + ".class", chosen[1]) : typed.body(), fixed);
      features.add("generic-method");
    }
    String returnType = typed.returnType();
    if (name.equals("clone") && (returnType.equals("void") || Character.isLowerCase(returnType.charAt(0)))) {
      // Object.clone() returns Object: an override must return a reference type.
      returnType = "Object";
    }
    if (name.equals("clone") && !typeParameters.isEmpty()) {
      // A generic clone() would clash with Object.clone() without overriding it.
      name = "cloneOf";
    }

    StringBuilder annotations = new StringBuilder();
    List<String> returns = clean ? cleanReturns(httpMethod, typed) : randomReturns(httpMethod, typed);
    if (returns.size() > 1 && r.nextInt(100) < 15) {
      annotations.append("  @Returns.List({").append(String.join(", ", returns)).append("})\n");
      features.add("returns-container");
    } else {
      for (String line : returns) {
        annotations.append("  ").append(line).append('\n');
      }
    }
    boolean mayCreate = httpMethod.equals("POST") || httpMethod.equals("PUT");
    if (clean ? mayCreate && returns.stream().anyMatch(l -> l.matches(".*[(= ]201[,)].*")) && r.nextBoolean() : mayCreate ? r.nextInt(100) < 40 : r.nextInt(100) < 5) {
      annotations.append("  @Creates\n");
    }
    if (r.nextInt(100) < 15) {
      annotations.append("  @").append(composedAnnotation()).append('\n');
      features.add("composed-on-method");
    }
    if (unresolved && r.nextInt(100) < 10) {
      annotations.append("  @MissingAnnotation\n");
    }
    if (r.nextInt(100) < 5) {
      annotations.append("  @Deprecated\n");
    }
    annotations.append("  ").append(mappingLine(httpMethod)).append('\n');

    String[] parameter = parameters(fw, httpMethod);
    String key = name + "(" + parameter[0] + ")";
    for (int attempt = 0; frame.methodKeys.contains(key) && attempt < 10; attempt++) {
      parameter = attempt < 8 ? parameters(fw, httpMethod) : new String[] {"", ""};
      if (attempt >= 8) {
        name = name + "X" + attempt;
      }
      key = name + "(" + parameter[0] + ")";
    }
    frame.methodKeys.add(key);
    String signature = typeParameters + returnType + " " + name + "(" + parameter[1] + ")";
    return new Method(name, key, annotations.toString(), signature, bodyFor(returnType));
  }

  /** Random {@code @Returns} of one method: any code, header and body, which rules may reject. */
  private List<String> randomReturns(String httpMethod, Typed typed) {
    int count = r.nextInt(100) < 8 ? 0 : r.nextInt(1, 5);
    List<String> returns = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      Body b = i == 0 || r.nextInt(100) < 25 ? typed.body() : bodyType();
      returns.add(returns(status(httpMethod), b));
    }
    if (!returns.isEmpty() && r.nextInt(100) < 10) {
      returns.add(returns.get(0));
      features.add("duplicate-returns");
    }
    return returns;
  }

  /**
   * {@code @Returns} of one method that keep every rule: a success code for the HTTP method, a few
   * error codes, the headers each code requires, and bodies only where a body is allowed and fits
   * the return type.
   */
  private List<String> cleanReturns(String httpMethod, Typed typed) {
    List<String> codes = new ArrayList<>();
    codes.add(pick(CLEAN_SUCCESS.get(httpMethod)));
    int errors = r.nextInt(0, 3);
    for (int i = 0; i < errors; i++) {
      String code = pick(CLEAN_ERRORS);
      if (!codes.contains(code)) {
        codes.add(code);
      }
    }
    boolean headLike = httpMethod.equals("HEAD") || httpMethod.equals("GET+HEAD");
    List<String> returns = new ArrayList<>();
    for (String code : codes) {
      if (code.startsWith("Codes.")) {
        codes();
      }
      Body body = new Body("void.class", "Void");
      if (!headLike && !List.of("204", "205", "304").contains(code) && r.nextInt(100) < 70) {
        body = typed.fixed() || r.nextInt(100) < 60 ? typed.body() : bodyType();
      }
      returns.add(returns(code, body));
    }
    return returns;
  }

  /** The index of the {@code >} that closes the type parameters {@code text} starts with. */
  private static int typeParametersEnd(String text) {
    int depth = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '<') {
        depth++;
      } else if (c == '>' && --depth == 0) {
        return i;
      }
    }
    throw new IllegalArgumentException(text);
  }

  private static String bodyFor(String returnType) {
    return returnType.equals("void") ? "" : "return " + defaultValue(returnType) + ";";
  }

  private static String defaultValue(String type) {
    return switch (type) {
      case "int", "long", "short", "byte", "char", "double", "float" -> "0";
      case "boolean" -> "false";
      default -> "null";
    };
  }

  private String methodName() {
    String className = frame.name;
    int k = r.nextInt(100);
    if (k < 55) {
      return pick(new String[] {"get", "create", "update", "delete", "list", "find", "search", "all", "one"});
    }
    if (k < 85) {
      return pick(METHOD_NAMES);
    }
    if (k < 92) {
      features.add("long-method-name");
      StringBuilder longName = new StringBuilder("get");
      while (longName.length() < 300) {
        longName.append(r.nextBoolean() ? "VeryLong" : "Name");
      }
      return longName.toString();
    }
    // The helper class's own name, or the resource's.
    features.add("method-named-like-helper");
    String lower = Character.toLowerCase(className.charAt(0)) + className.substring(1);
    return r.nextBoolean() ? lower + "Responses" : lower;
  }

  private String httpMethod(Fw fw) {
    String[] methods =
        fw.jaxrs()
            ? new String[] {"GET", "GET", "POST", "POST", "PUT", "DELETE", "PATCH", "HEAD", "OPTIONS", "PURGE"}
            : new String[] {"GET", "GET", "POST", "POST", "PUT", "DELETE", "PATCH", "GET+HEAD", "ANY", "POST"};
    return pick(methods);
  }

  private String mappingLine(String httpMethod) {
    if (frame.fw.jaxrs()) {
      String annotation = httpMethod.equals("PURGE") ? "@" + purgeAnnotation() : "@" + httpMethod;
      String path = r.nextInt(100) < 40 ? " @Path(" + javaString(pick(new String[] {"{id}", "{id: [0-9]+}", "/x", "", "a/{b}/c"})) + ")" : "";
      String produces = r.nextInt(100) < 10 ? " @Produces(" + javaString(pick(new String[] {"application/json", "text/plain", "*/*"})) + ")" : "";
      return annotation + path + produces;
    }
    String path = r.nextBoolean() ? javaString(pick(new String[] {"/{id}", "", "/x", "/a/{b}"})) : "";
    return switch (httpMethod) {
      case "GET+HEAD" -> "@RequestMapping(method = {RequestMethod.GET, RequestMethod.HEAD})";
      case "ANY" -> "@RequestMapping(" + (path.isEmpty() ? "\"/any\"" : path) + ")";
      default -> {
        if (r.nextInt(100) < 15) {
          yield "@RequestMapping(path = " + (path.isEmpty() ? "\"/p\"" : path) + ", method = RequestMethod." + httpMethod + ")";
        }
        String mapping = "@" + httpMethod.charAt(0) + httpMethod.substring(1).toLowerCase(Locale.ROOT) + "Mapping";
        if (r.nextInt(100) < 10) {
          yield mapping + "(value = {\"/a\", \"/b\"}, produces = \"text/plain\")";
        }
        yield path.isEmpty() ? mapping : mapping + "(" + path + ")";
      }
    };
  }

  /** A parameter list: its erased types, which tell overloads apart, and its text. */
  private String[] parameters(Fw fw, String httpMethod) {
    int k = r.nextInt(100);
    if (k < 35) {
      return new String[] {"", ""};
    }
    if (unresolved && k < 42) {
      return new String[] {"Missing", "Missing missing"};
    }
    String parameter = pick(PARAMETERS);
    String erased = parameter;
    while (erased.contains("<")) {
      erased = erased.replaceAll("<[^<>]*>", "");
    }
    erased = erased.replaceAll(" [a-z]+(,|$)", "$1");
    if (parameter.equals("String[] strings") && r.nextBoolean()) {
      parameter = "String... strings";
      features.add("varargs");
    }
    if (r.nextInt(100) < 30 && parameter.startsWith("String s")) {
      parameter = (fw.jaxrs() ? "@PathParam(\"id\") " : "@PathVariable(\"id\") ") + parameter;
    } else if (!fw.jaxrs() && r.nextInt(100) < 20 && !httpMethod.equals("GET")) {
      parameter = "@RequestBody " + parameter;
    }
    return new String[] {erased, parameter};
  }

  // ---------------------------------------------------------------- @Returns

  /** A {@code @Returns} line: at class level, or on a method whose HTTP method is unknown. */
  private String returnsLine(boolean classLevel) {
    if (clean) {
      // Applies to every endpoint, HEAD ones included: an error code, no body.
      return returns(pick(CLEAN_ERRORS), new Body("void.class", "Void"));
    }
    return returns(status("GET"), classLevel && r.nextBoolean() ? new Body("void.class", "Void") : bodyType());
  }

  private String returns(String status, Body body) {
    List<String> members = new ArrayList<>();
    List<String> headers = headers(status);
    String description = r.nextInt(100) < 45 ? description() : "";
    boolean bodyDeclared = !body.literal().equals("void.class") || r.nextInt(100) < 5;
    if (headers.isEmpty() && description.isEmpty() && !bodyDeclared && r.nextBoolean()) {
      return "@Returns(" + status + ")";
    }
    members.add("value = " + status);
    if (!description.isEmpty()) {
      members.add("description = " + description);
    }
    if (!headers.isEmpty()) {
      members.add("headers = " + (headers.size() == 1 && r.nextBoolean() ? headers.get(0) : "{" + String.join(", ", headers) + "}"));
    } else if (r.nextInt(100) < 3) {
      members.add("headers = {}");
    }
    if (bodyDeclared) {
      members.add("body = " + body.literal());
    }
    if (r.nextInt(100) < 10) {
      java.util.Collections.reverse(members);
    }
    return "@Returns(" + String.join(", ", members) + ")";
  }

  private String status(String httpMethod) {
    int p = r.nextInt(100);
    if (p < 8 && httpMethod.equals("POST")) {
      return "201";
    }
    if (p < 62) {
      return pick(COMMON_CODES);
    }
    if (p < 70) {
      return pick(UNREGISTERED_CODES);
    }
    if (p < 76) {
      return pick(INFORMATIONAL_CODES);
    }
    if (p < 88) {
      return pick(INVALID_CODES);
    }
    if (unresolved && p < 90) {
      features.add("unresolved-status-constant");
      return "Codes.MISSING";
    }
    String expression = pick(CODE_EXPRESSIONS);
    if (expression.contains("Codes.")) {
      codes();
    }
    return expression;
  }

  private List<String> headers(String status) {
    List<String> headers = new ArrayList<>();
    String expected =
        switch (numeric(status)) {
          case "201", "301", "302", "303", "307", "308", "202" -> "Location";
          case "401" -> "WWW-Authenticate";
          case "407" -> "Proxy-Authenticate";
          case "405" -> "Allow";
          case "503", "429" -> "Retry-After";
          case "206", "416" -> "Content-Range";
          case "426" -> "Upgrade";
          default -> null;
        };
    if (expected != null && (clean || r.nextInt(100) < 65)) {
      headers.add(javaString(expected));
    }
    int extra = r.nextInt(100) < 35 ? r.nextInt(1, 4) : 0;
    for (int i = 0; i < extra; i++) {
      if (!clean && r.nextInt(100) < 20) {
        headers.add(javaString(pick(BAD_HEADERS)));
        features.add("bad-header");
      } else if (r.nextInt(100) < 5) {
        codes();
        headers.add("Codes.LOCATION");
      } else {
        headers.add(javaString(pick(HEADERS)));
      }
    }
    return headers;
  }

  /** The value of a status code expression, as far as the headers it requires go. */
  private static String numeric(String status) {
    return switch (status) {
      case "Codes.OK", "2_0_0", "0b11001000" -> "200";
      case "Codes.CREATED" -> "201";
      case "Codes.TEAPOT" -> "418";
      default -> status;
    };
  }

  private String description() {
    int k = r.nextInt(100);
    if (k < 5) {
      codes();
      return "Codes.DESCRIPTION";
    }
    StringBuilder text = new StringBuilder();
    int pieces = r.nextInt(1, 4);
    for (int i = 0; i < pieces; i++) {
      text.append(pick(DESCRIPTIONS));
      if (r.nextBoolean()) {
        text.append(' ');
      }
    }
    String literal = javaString(text.toString());
    return k < 12 ? literal + " + " + javaString("!") : literal;
  }

  /** The {@code Codes} class of constants, in the main package. */
  private void codes() {
    packageTypes.computeIfAbsent(
        "Codes",
        n ->
            packageLine()
                + "public final class Codes {\n"
                + "  private Codes() {}\n"
                + "  public static final int OK = 200;\n"
                + "  public static final int CREATED = 201;\n"
                + "  public static final int TEAPOT = 418;\n"
                + "  public static final int HUGE = 1_000_000;\n"
                + "  public static final int NEGATIVE = -1;\n"
                + "  public static final java.lang.String LOCATION = \"Location\";\n"
                + "  public static final java.lang.String DESCRIPTION = \"A */ constant $ @ <b> \\u0041\";\n"
                + "}\n");
    names("Codes");
  }

  // ---------------------------------------------------------------- body and return types

  /**
   * A body type: the class literal for {@code body =}, and the type a {@code ResponseEntity} that
   * carries it would have as its type argument.
   */
  private record Body(String literal, String typeArgument) {}

  private Body bodyType() {
    int k = r.nextInt(100);
    if (k < 25) {
      return new Body("void.class", "Void");
    }
    if (unresolved && k < 32) {
      String missing = missingType();
      return r.nextBoolean() ? new Body(missing + ".class", missing) : new Body(missing + "[].class", missing + "[]");
    }
    return switch (r.nextInt(19)) {
      case 0 -> {
        String p = pick(new String[] {"int", "long", "boolean", "double", "char", "byte", "short", "float"});
        yield new Body(p + ".class", box(p));
      }
      case 1 -> {
        String b = pick(new String[] {"Integer", "Long", "Boolean", "Character", "Double", "Void"});
        yield new Body(b + ".class", b);
      }
      case 2, 3 -> {
        String t = pick(new String[] {"String", "String", "Object", "CharSequence", "Number", "java.util.UUID",
          "java.net.URI", "java.time.Instant", "Thread.State", "java.lang.annotation.ElementType", "Runnable"});
        yield new Body(t + ".class", t);
      }
      case 4 -> {
        String a = pick(new String[] {"String[]", "int[]", "byte[]", "int[][]", "String[][][]", "Object[]", "char[]"});
        yield new Body(a + ".class", a);
      }
      case 5 -> {
        String[][] raw = {
          {"java.util.List", "java.util.List<String>"}, {"java.util.Map", "java.util.Map<String, java.util.List<Integer>>"},
          {"java.util.Optional", "java.util.Optional<String>"}, {"java.util.Set", "java.util.Set<Long>"},
          {"java.util.Collection", "java.util.Collection<?>"}, {"Iterable", "Iterable<String>"},
          {"java.util.Map.Entry", "java.util.Map.Entry<String, Integer>"}, {"Comparable", "Comparable<String>"},
        };
        String[] chosen = raw[r.nextInt(raw.length)];
        yield new Body(chosen[0] + ".class", chosen[1]);
      }
      case 6 -> {
        features.add("generic-array");
        String[][] arrays = {
          {"java.util.List[]", "java.util.List<String>[]"}, {"java.util.Map[]", "java.util.Map<String, Integer>[]"},
          {"java.util.Optional[]", "java.util.Optional<? extends Number>[]"}, {"java.util.List[][]", "java.util.List<String>[][]"},
          {"java.util.List[]", "java.util.List<java.util.List<String>[]>[]"},
        };
        String[] chosen = arrays[r.nextInt(arrays.length)];
        yield new Body(chosen[0] + ".class", chosen[1]);
      }
      case 7 -> {
        features.add("wildcard");
        String[][] wildcards = {
          {"java.util.List", "? extends java.util.List<String>"}, {"java.util.List", "java.util.List<? extends java.util.List<String>>"},
          {"java.util.Map", "java.util.Map<String, ? super Integer>"}, {"Object", "?"}, {"Number", "? extends Number"},
          {"java.util.List", "java.util.List<? super java.util.Map<String, int[]>>"},
        };
        String[] chosen = wildcards[r.nextInt(wildcards.length)];
        yield new Body(chosen[0] + ".class", chosen[1]);
      }
      case 8 -> {
        features.add("type-annotated");
        String tagged = taggedAnnotation();
        String[][] annotated = {
          {"String[]", "String @" + tagged + " []"}, {"String", "@" + tagged + " String"},
          {"java.util.List", "java.util.List<@" + tagged + " String>"}, {"int[][]", "int @" + tagged + " [] @" + tagged + " []"},
          {"java.util.Map.Entry", "java.util.Map.@" + tagged + " Entry<String, String>"},
        };
        String[] chosen = annotated[r.nextInt(annotated.length)];
        yield new Body(chosen[0] + ".class", chosen[1]);
      }
      case 9, 10, 11 -> dtoBody();
      case 12 -> nestedBody();
      case 13 -> {
        String name = pick(new String[] {"Secret", "Hidden", "PrivateDto"});
        if (frame.isInterface() || frame.signaturesCopied || !nest(name, "private record " + name + "(String value) {}")) {
          yield new Body("String.class", "String");
        }
        features.add("private-nested-record");
        yield r.nextBoolean() ? new Body(name + ".class", name) : new Body(name + "[].class", name + "[]");
      }
      case 14 -> otherPackageBody();
      case 15 -> {
        String name = pick(SHADOWING_NAMES);
        if (!support(name, () -> packageLine() + "public class " + name + " {}\n")) {
          yield new Body("String.class", "String");
        }
        features.add("shadowing-name " + name);
        if (name.startsWith("Response")) {
          // The resources of the package now return the shadowing class, which takes no type arguments.
          features.add("expect-error:shadowed-framework-type");
        }
        yield new Body(name + ".class", name);
      }
      case 16 -> {
        features.add("deprecated-body");
        boolean removal = r.nextBoolean();
        String name = removal ? "GoneDto" : "OldDto";
        support(name, () -> packageLine() + (removal ? "@Deprecated(forRemoval = true)\n" : "@Deprecated\n") + "public class " + name + " {}\n");
        yield new Body(name + ".class", name);
      }
      case 17 -> {
        // A type that exists under a slightly different name: javac cannot resolve it.
        if (unresolved) {
          yield new Body("string.class", "string");
        }
        yield new Body("Object[].class", "Object[]");
      }
      default -> {
        features.add("annotation-or-enum-body");
        String name = r.nextBoolean() ? "Tag" : "Color";
        support(name, () -> packageLine() + (name.equals("Tag") ? "public @interface Tag {}\n" : "public enum Color { RED, GREEN }\n"));
        yield new Body(name + ".class", name);
      }
    };
  }

  /** A public top-level DTO in the main package: class, record, enum, interface, generic, odd name. */
  private Body dtoBody() {
    String[][] dtos = {
      {"User", "public class User {}"},
      {"Money", "public record Money(long cents, java.lang.String currency) {}"},
      {"Status", "public enum Status { ACTIVE, BLOCKED }"},
      {"Shape", "public interface Shape {}"},
      {"Page", "public class Page<T> { public java.util.List<T> items; }"},
      {"Pair", "public record Pair<A, B extends java.util.List<A>>(A first, B second) {}"},
      {"item", "public class item {}"},
      {"Größe", "public class Größe {}"},
      {"Abstract", "public abstract class Abstract {}"},
      {"Sealed", "public sealed interface Sealed permits Sealed.One { record One() implements Sealed {} }"},
      {"HTTP", "public class HTTP { public static class Response {} }"},
    };
    String[] dto = dtos[r.nextInt(dtos.length)];
    if (!support(dto[0], () -> packageLine() + dto[1] + "\n")) {
      return new Body("String.class", "String");
    }
    features.add("dto " + dto[0]);
    return switch (dto[0]) {
      case "Page" -> r.nextBoolean() ? new Body("Page.class", "Page<String>") : new Body("Page[].class", "Page<?>[]");
      case "Pair" -> new Body("Pair.class", "Pair<String, java.util.List<String>>");
      case "Sealed" -> r.nextBoolean() ? new Body("Sealed.class", "Sealed") : new Body("Sealed.One.class", "Sealed.One");
      case "HTTP" -> new Body("HTTP.Response.class", "HTTP.Response");
      default -> {
        int k = r.nextInt(10);
        yield k < 6 ? new Body(dto[0] + ".class", dto[0]) : k < 9 ? new Body(dto[0] + "[].class", dto[0] + "[]") : new Body(dto[0] + "[][].class", dto[0] + "[][]");
      }
    };
  }

  /** A type nested in the resource or in another class: static, inner, protected, package-private. */
  private Body nestedBody() {
    switch (r.nextInt(6)) {
      case 0, 1 -> {
        if (nest("Dto", "public static class Dto {}")) {
          features.add("nested-public-dto");
          return r.nextBoolean() ? new Body("Dto.class", frame.name + ".Dto") : new Body("Dto[].class", frame.name + ".Dto[]");
        }
      }
      case 2 -> {
        // (In a generic class, Inner.class would name a parameterized type, which javac rejects.)
        if (frame.typeVariables.isEmpty() && nest("Inner", "public class Inner {}")) {
          features.add("inner-class-dto");
          return new Body("Inner.class", frame.name + ".Inner");
        }
      }
      case 3 -> {
        String modifiers = frame.isInterface() ? "" : r.nextBoolean() ? "protected " : "";
        if (nest("Local", modifiers + "static class Local {}")) {
          features.add("package-private-nested");
          return new Body("Local.class", "Local");
        }
      }
      default -> {
        boolean ok =
            support(
                "Outer",
                () ->
                    packageLine()
                        + "public class Outer {\n  public static class Middle {\n    public static final class Deepest {}\n"
                        + "    public enum Kind { A }\n  }\n  public interface Api {}\n}\n");
        if (ok) {
          features.add("deeply-nested");
          names("Middle", "Deepest", "Kind");
          String chosen = pick(new String[] {"Outer.Middle.Deepest", "Outer.Middle.Kind", "Outer.Api", "Outer.Middle.Deepest[]"});
          return new Body(chosen + ".class", chosen);
        }
      }
    }
    return new Body("String.class", "String");
  }

  /**
   * A type of another package: public, package-private (inaccessible: javac rejects the source), or
   * protected and nested in a superclass there, used by a nested resource that extends it (so the
   * type is accessible to the resource, but not to a helper class).
   */
  private Body otherPackageBody() {
    String other = pkg.isEmpty() ? "other" : pkg + ".other";
    names("other", "Visible", "Hidden", "Base", "Protected", "Sub");
    int k = r.nextInt(3);
    if (k == 0) {
      features.add("other-package-public");
      files.putIfAbsent(path(other, "Visible"), "package " + other + ";\npublic class Visible {}\n");
      return new Body(other + ".Visible.class", other + ".Visible");
    }
    if (k == 1) {
      features.add("other-package-private");
      features.add("expect-error:inaccessible");
      files.putIfAbsent(path(other, "Hidden"), "package " + other + ";\nclass Hidden {}\n");
      return new Body(other + ".Hidden.class", other + ".Hidden");
    }
    String sub =
        frame.fw.jaxrs()
            ? "@Path(\"/sub\") public static class Sub extends " + other + ".Base { @GET @Returns(value = 200, body = Protected.class) public Response get() { return null; } }"
            : "@RestController public static class Sub extends " + other + ".Base { @GetMapping @Returns(value = 200, body = Protected.class) public ResponseEntity<Protected> get() { return null; } }";
    if (nest("Sub", sub)) {
      features.add("protected-nested-of-superclass");
      files.putIfAbsent(
          path(other, "Base"), "package " + other + ";\npublic class Base {\n  protected static class Protected {}\n}\n");
    }
    return new Body("Object.class", "Object");
  }

  /**
   * A return type and the body its method declares first.
   *
   * @param fixed whether the return type fixes the type of every body (Spring's {@code
   *     ResponseEntity<User>}), so that other bodies do not fit
   */
  private record Typed(String returnType, Body body, boolean fixed) {}

  /** The Spring or JAX-RS return type of an endpoint method whose first body is {@code body}. */
  private Typed returnType(Fw fw, Body body) {
    int k = r.nextInt(100);
    if (fw.jaxrs()) {
      String type;
      if (k < 62) {
        type = "Response";
      } else if (k < 72) {
        type = "Object";
      } else if (k < 78) {
        type = "String";
      } else if (k < 84) {
        type = "void";
      } else if (k < 88) {
        type = fw == Fw.JAKARTA ? Fw.JAVAX.response() : Fw.JAKARTA.response();
        features.add("other-namespace-response");
      } else if (k < 92) {
        type = "java.util.concurrent.CompletionStage<Response>";
      } else if (k < 96 && !frame.typeVariables.isEmpty()) {
        type = frame.typeVariables.get(0);
        features.add("class-type-variable");
      } else {
        type = body.typeArgument().equals("Void") || body.typeArgument().startsWith("?") ? "Response" : body.typeArgument();
      }
      return new Typed(type, body, false);
    }
    if (k < 35) {
      return entity(body, body);
    }
    if (k < 45) {
      // Another body type than the first declared: a body-type-mismatch, unless the contracts are clean.
      Body other = bodyType();
      return clean ? entity(other, other) : entity(other, body);
    }
    if (k < 53) {
      return new Typed("ResponseEntity<?>", body, false);
    }
    if (k < 57) {
      return new Typed("ResponseEntity", body, false);
    }
    if (k < 61) {
      return new Typed("ResponseEntity<Void>", clean ? new Body("void.class", "Void") : body, clean);
    }
    if (k < 68) {
      return new Typed("Object", body, false);
    }
    if (k < 74) {
      String type = body.typeArgument().equals("Void") || body.typeArgument().startsWith("?") ? "String" : body.typeArgument();
      return new Typed(type, body, false);
    }
    if (k < 80) {
      return new Typed("void", body, false);
    }
    if (k < 88 && !frame.typeVariables.isEmpty()) {
      features.add("class-type-variable");
      String t = frame.typeVariables.get(r.nextInt(frame.typeVariables.size()));
      return switch (r.nextInt(4)) {
        case 0 -> new Typed("ResponseEntity<" + t + ">", body, false);
        case 1 -> new Typed("ResponseEntity<java.util.List<" + t + ">>", new Body("java.util.List.class", "java.util.List<" + t + ">"), true);
        case 2 -> new Typed("ResponseEntity<" + t + "[]>", body, false);
        default -> new Typed("ResponseEntity<java.util.Map<String, " + t + ">>", new Body("java.util.Map.class", "java.util.Map<String, " + t + ">"), true);
      };
    }
    if (k < 92) {
      String type = pick(new String[] {"HttpEntity<String>", "java.util.concurrent.CompletableFuture<ResponseEntity<String>>", "java.util.Optional<ResponseEntity<String>>"});
      return new Typed(type, body, false);
    }
    features.add("qualified-response-entity");
    Typed typed = entity(body, body);
    return new Typed("org.springframework.http." + typed.returnType(), typed.body(), typed.fixed());
  }

  /** {@code ResponseEntity<T>} with {@code carried}'s type argument, declaring {@code declared} first. */
  private static Typed entity(Body carried, Body declared) {
    String argument = boxed(carried.typeArgument());
    boolean fixed = !argument.startsWith("?") && !argument.endsWith("]");
    return new Typed("ResponseEntity<" + argument + ">", declared, fixed);
  }

  private static String boxed(String typeArgument) {
    return switch (typeArgument) {
      case "int", "long", "boolean", "double", "char", "byte", "short", "float" -> box(typeArgument);
      default -> typeArgument;
    };
  }

  private static String box(String primitive) {
    return switch (primitive) {
      case "int" -> "Integer";
      case "char" -> "Character";
      default -> Character.toUpperCase(primitive.charAt(0)) + primitive.substring(1);
    };
  }

  private String missingType() {
    names("Missing", "Gone", "nowhere");
    return pick(new String[] {"Missing", "com.nowhere.Gone", "Missing.Inner", "MissingDto"});
  }

  // ---------------------------------------------------------------- support annotations

  /** A composed annotation (sometimes composed of another, sometimes in a cycle); its simple name. */
  private String composedAnnotation() {
    int k = r.nextInt(10);
    annotationType("StandardErrors", "");
    if (k < 5) {
      return "StandardErrors";
    }
    if (k < 8) {
      features.add("composed-through-composed");
      annotationType("AllErrors", "@StandardErrors\n");
      return "AllErrors";
    }
    features.add("composed-cycle");
    annotationType("CycleA", "@CycleB\n");
    annotationType("CycleB", "@CycleA\n@StandardErrors\n");
    return "CycleA";
  }

  /** An annotation type of the main package, annotated with {@code @Returns} (and {@code metaAnnotations}). */
  private void annotationType(String name, String metaAnnotations) {
    if (packageTypes.containsKey(name)) {
      return;
    }
    packageTypes.put(name, "");
    String text =
        type(
            frame.fw,
            "annotation",
            name,
            List.of(),
            "public @interface " + name,
            () ->
                "@Target({ElementType.TYPE, ElementType.METHOD, ElementType.ANNOTATION_TYPE})\n"
                    + "@Retention(RetentionPolicy.RUNTIME)\n"
                    + metaAnnotations
                    + composedReturns(),
            () -> "");
    packageTypes.put(name, packageLine() + "import dev.statuscontract.*;\nimport java.lang.annotation.*;\n\n" + text);
  }

  private String composedReturns() {
    StringBuilder out = new StringBuilder();
    int n = r.nextInt(0, 3);
    List<String> codes = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      if (clean) {
        String code = pick(CLEAN_ERRORS);
        if (!codes.contains(code)) {
          codes.add(code);
          out.append(returns(code, new Body("void.class", "Void"))).append('\n');
        }
      } else {
        out.append(returnsLine(false)).append('\n');
      }
    }
    return out.toString();
  }

  /** A JAX-RS HTTP method annotation, {@code @PURGE}. */
  private String purgeAnnotation() {
    names("PURGE");
    features.add("custom-http-method");
    packageTypes.computeIfAbsent(
        "PURGE",
        n ->
            packageLine()
                + "import java.lang.annotation.*;\n@Target(ElementType.METHOD)\n@Retention(RetentionPolicy.RUNTIME)\n"
                + "@jakarta.ws.rs.HttpMethod(\"PURGE\")\n@javax.ws.rs.HttpMethod(\"PURGE\")\npublic @interface PURGE {}\n");
    return "PURGE";
  }

  /** A Spring stereotype meta-annotated with {@code @RestController}. */
  private String stereotype() {
    names("ApiController");
    features.add("stereotype");
    packageTypes.computeIfAbsent(
        "ApiController",
        n ->
            packageLine()
                + "import java.lang.annotation.*;\n@Target(ElementType.TYPE)\n@Retention(RetentionPolicy.RUNTIME)\n"
                + "@org.springframework.web.bind.annotation.RestController\npublic @interface ApiController {}\n");
    return "ApiController";
  }

  private String taggedAnnotation() {
    names("Tagged");
    packageTypes.computeIfAbsent(
        "Tagged",
        n ->
            packageLine()
                + "import java.lang.annotation.*;\n@Target(ElementType.TYPE_USE)\n@Retention(RetentionPolicy.RUNTIME)\npublic @interface Tagged {}\n");
    return "Tagged";
  }

  // ---------------------------------------------------------------- files

  /** A top-level class of the main package, with the imports of its framework. */
  private void writeFile(Fw fw, String name, String declaration) {
    StringBuilder out = new StringBuilder(packageLine());
    out.append("import dev.statuscontract.*;\n");
    if (fw.jaxrs()) {
      out.append("import ").append(fw.pkg).append(".*;\n");
      out.append("import ").append(fw.pkg).append(".core.*;\n");
    } else {
      out.append("import org.springframework.http.*;\n");
      out.append("import org.springframework.web.bind.annotation.*;\n");
    }
    if (unresolved && r.nextInt(100) < 10) {
      out.append("import com.nowhere.*;\n");
      features.add("unresolved-import");
    }
    out.append('\n').append(declaration);
    files.put(path(pkg, name), out.toString());
  }

  /**
   * Adds a support type to the main package, unless a resource class has its name; whether the type
   * is there.
   */
  private boolean support(String simpleName, java.util.function.Supplier<String> source) {
    if (resourceNames.contains(simpleName)) {
      return false;
    }
    names(simpleName);
    packageTypes.computeIfAbsent(simpleName, n -> source.get());
    return true;
  }

  /**
   * Declares a type nested in the current class, unless that class or one it is nested in has the
   * name; whether the type is there.
   */
  private boolean nest(String simpleName, String declaration) {
    if (frame.kind.equals("annotation") || inClassHeader) {
      return false;
    }
    for (Frame f = frame; f != null; f = f.parent) {
      if (f.name.equals(simpleName)) {
        return false;
      }
    }
    names(simpleName);
    if (!frame.nested.contains(declaration)) {
      if (frame.nested.stream().anyMatch(d -> d.matches(".*\\b(class|record|interface|enum) " + simpleName + "\\b.*"))) {
        return false;
      }
      frame.nested.add(declaration);
    }
    return true;
  }

  private String packageLine() {
    return pkg.isEmpty() ? "" : "package " + pkg + ";\n\n";
  }

  private static String path(String pkg, String simpleName) {
    return (pkg.isEmpty() ? "" : pkg.replace('.', '/') + "/") + simpleName + ".java";
  }

  private static String indent(String text, String prefix) {
    StringBuilder out = new StringBuilder();
    for (String line : text.split("\n", -1)) {
      if (!line.isEmpty()) {
        out.append(prefix).append(line);
      }
      out.append('\n');
    }
    return out.substring(0, out.length() - 1);
  }

  // ---------------------------------------------------------------- mutations

  private static final String[] JUNK = {
    "{", "}", ")", "(", "@", ";", "\"", "@Returns(", "/*", "@Returns(value = )", "@Returns(200", "class", "<", ">", "[]",
    ".class", "@Creates(1)", "int", "\\u0022", "@Returns(value = 200, body = )", "@GET @GET", ",",
  };

  /** Changes one file's text at random: mostly syntax errors, sometimes an unresolvable name. */
  private void mutate() {
    List<String> paths = new ArrayList<>(files.keySet());
    String path = paths.get(r.nextInt(paths.size()));
    String text = files.get(path);
    int mutations = r.nextInt(1, 3);
    for (int i = 0; i < mutations && !text.isEmpty(); i++) {
      int at = r.nextInt(text.length());
      List<String> lines = new ArrayList<>(List.of(text.split("\n", -1)));
      int line = r.nextInt(lines.size());
      String kind;
      switch (r.nextInt(10)) {
        case 0 -> {
          kind = "delete-char";
          text = text.substring(0, at) + text.substring(at + 1);
        }
        case 1 -> {
          kind = "delete-line";
          lines.remove(line);
          text = String.join("\n", lines);
        }
        case 2 -> {
          kind = "duplicate-line";
          lines.add(line, lines.get(line));
          text = String.join("\n", lines);
        }
        case 3 -> {
          kind = "insert-junk";
          text = text.substring(0, at) + pick(JUNK) + text.substring(at);
        }
        case 4 -> {
          kind = "truncate";
          text = text.substring(0, at);
        }
        case 5 -> {
          kind = "swap-lines";
          if (line + 1 < lines.size()) {
            String swapped = lines.get(line);
            lines.set(line, lines.get(line + 1));
            lines.set(line + 1, swapped);
          }
          text = String.join("\n", lines);
        }
        case 6 -> {
          kind = "rename-identifier";
          Matcher identifiers = Pattern.compile("\\b[A-Z][A-Za-z0-9]*\\b").matcher(text);
          List<int[]> spans = new ArrayList<>();
          while (identifiers.find()) {
            spans.add(new int[] {identifiers.start(), identifiers.end()});
          }
          if (!spans.isEmpty()) {
            int[] span = spans.get(r.nextInt(spans.size()));
            text = text.substring(0, span[0]) + "Missing" + text.substring(span[0], span[1]) + text.substring(span[1]);
          }
        }
        case 7 -> {
          kind = "huge-number";
          Matcher numbers = Pattern.compile("\\b[0-9]{3}\\b").matcher(text);
          if (numbers.find(at) || numbers.find(0)) {
            text = text.substring(0, numbers.start()) + pick(new String[] {"99999999999", "2147483648", "0x1FFFFFFFF", "08"}) + text.substring(numbers.end());
          }
        }
        case 8 -> {
          kind = "delete-delimiter";
          int found = -1;
          for (int j = 0; j < text.length() && found < 0; j++) {
            int p = (at + j) % text.length();
            if (")};\"".indexOf(text.charAt(p)) >= 0) {
              found = p;
            }
          }
          if (found >= 0) {
            text = text.substring(0, found) + text.substring(found + 1);
          }
        }
        default -> {
          kind = "insert-annotation-line";
          lines.add(line, "  " + pick(JUNK) + " @Returns(value = " + pick(INVALID_CODES) + ", headers = " + javaString(pick(BAD_HEADERS)) + ")");
          text = String.join("\n", lines);
        }
      }
      features.add("mutation " + kind + " in " + path);
    }
    features.add("expect-error:mutation");
    files.put(path, text);
  }

  // ---------------------------------------------------------------- utilities

  private String pick(String[] choices) {
    return choices[r.nextInt(choices.length)];
  }

  private void name(String name) {
    if (!name.isEmpty()) {
      names.add(name);
    }
  }

  private void names(String... newNames) {
    for (String n : newNames) {
      name(n);
    }
  }

  /** {@code text} as a Java string literal; non-ASCII characters are kept as they are. */
  static String javaString(String text) {
    StringBuilder out = new StringBuilder("\"");
    for (char c : text.toCharArray()) {
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        case '\t' -> out.append("\\t");
        default -> {
          if (c < 0x20) {
            out.append(String.format("\\%03o", (int) c));
          } else {
            out.append(c);
          }
        }
      }
    }
    return out.append('"').toString();
  }
}
