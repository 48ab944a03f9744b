package dev.statuscontract.processor.analysis;

import com.sun.source.tree.AssignmentTree;
import com.sun.source.tree.BlockTree;
import com.sun.source.tree.CaseTree;
import com.sun.source.tree.CatchTree;
import com.sun.source.tree.ClassTree;
import com.sun.source.tree.CompoundAssignmentTree;
import com.sun.source.tree.ConditionalExpressionTree;
import com.sun.source.tree.ExpressionStatementTree;
import com.sun.source.tree.ExpressionTree;
import com.sun.source.tree.IdentifierTree;
import com.sun.source.tree.LambdaExpressionTree;
import com.sun.source.tree.LiteralTree;
import com.sun.source.tree.MemberReferenceTree;
import com.sun.source.tree.MemberSelectTree;
import com.sun.source.tree.MethodInvocationTree;
import com.sun.source.tree.MethodTree;
import com.sun.source.tree.NewClassTree;
import com.sun.source.tree.ParenthesizedTree;
import com.sun.source.tree.ReturnTree;
import com.sun.source.tree.StatementTree;
import com.sun.source.tree.SwitchExpressionTree;
import com.sun.source.tree.ThrowTree;
import com.sun.source.tree.Tree;
import com.sun.source.tree.TryTree;
import com.sun.source.tree.TypeCastTree;
import com.sun.source.tree.UnaryTree;
import com.sun.source.tree.VariableTree;
import com.sun.source.tree.YieldTree;
import com.sun.source.util.TreePath;
import com.sun.source.util.TreePathScanner;
import com.sun.source.util.Trees;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.ExecutableType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.type.UnionType;

/**
 * Reads one method body on javac's attributed trees: what each {@code return} may return, what
 * each {@code throw} throws, which methods it calls. A may-analysis: every branch, ternary and
 * switch case counts; a local variable holds whatever any assignment gives it, and a builder or
 * {@code HttpHeaders} in a local variable gets every header any statement sets on it. What it
 * cannot follow is {@link Status.Unknown}, never a guess.
 */
final class Reader {

  /** Nested expressions deeper than this are not followed. */
  private static final int MAX_DEPTH = 100;

  /** Alternatives one expression may have before the rest are summed up as unknown. */
  private static final int MAX_VALUES = 64;

  private static final Set<String> ASYNC =
      Set.of(
          "java.util.concurrent.CompletionStage",
          "java.util.concurrent.Future",
          "java.util.concurrent.Callable",
          "org.springframework.web.context.request.async.DeferredResult",
          "org.springframework.web.context.request.async.WebAsyncTask",
          "org.reactivestreams.Publisher");

  private static final Set<String> THROWABLE = Set.of("java.lang.Throwable");

  private final Trees trees;
  private final List<Idioms> idioms;
  private final Sites sites;
  private final TypeElement owner;
  private final TreePath methodPath;
  private final ExecutableElement method;

  private final Map<Element, List<TreePath>> assignments = new HashMap<>();
  private final Set<Element> opaqueAssignments = new HashSet<>();
  private final Map<Element, List<TreePath>> mutations = new HashMap<>();
  private final Set<Element> evaluating = new HashSet<>();
  private final Map<Element, List<Value>> overrides = new HashMap<>();
  /** The values of local variables, once known, while no variable stands for itself in {@link #overrides}. */
  private final Map<Element, List<Value>> locals = new HashMap<>();
  private int depth;

  Reader(Trees trees, List<Idioms> idioms, Sites sites, TypeElement owner, TreePath methodPath) {
    this.trees = trees;
    this.idioms = idioms;
    this.sites = sites;
    this.owner = owner;
    this.methodPath = methodPath;
    this.method = (ExecutableElement) trees.getElement(methodPath);
  }

  /** The facts of the method's body. */
  Facts read() {
    MethodTree tree = (MethodTree) methodPath.getLeaf();
    TreePath body = new TreePath(methodPath, tree.getBody());
    new Locals().scan(body, null);
    Body scanner = new Body();
    scanner.scan(body, null);
    boolean isVoid = method.getReturnType().getKind() == TypeKind.VOID;
    List<? extends StatementTree> statements = tree.getBody().getStatements();
    boolean fallsThrough = statements.isEmpty() || !(statements.get(statements.size() - 1) instanceof ThrowTree);
    return new Facts(
        method,
        List.copyOf(scanner.returns),
        List.copyOf(scanner.thrown),
        List.copyOf(scanner.calls),
        isVoid && (fallsThrough || scanner.returnsVoid),
        sites.of(tree));
  }

  // ---- expressions ----

  /** What the expression at {@code path} may evaluate to. */
  List<Value> eval(TreePath path) {
    if (depth >= MAX_DEPTH) {
      return List.of(opaque(path, "an expression nested too deep to follow"));
    }
    depth++;
    try {
      List<Value> values = evalUnguarded(path);
      if (values.size() > MAX_VALUES) {
        List<Value> capped = new ArrayList<>(values.subList(0, MAX_VALUES));
        capped.add(opaque(path, "an expression with too many alternatives to follow"));
        return capped;
      }
      return values;
    } finally {
      depth--;
    }
  }

  private List<Value> evalUnguarded(TreePath path) {
    Tree leaf = path.getLeaf();
    switch (leaf.getKind()) {
      case PARENTHESIZED:
        return eval(child(path, ((ParenthesizedTree) leaf).getExpression()));
      case TYPE_CAST:
        return eval(child(path, ((TypeCastTree) leaf).getExpression()));
      case ASSIGNMENT:
        return eval(child(path, ((AssignmentTree) leaf).getExpression()));
      case CONDITIONAL_EXPRESSION:
        {
          ConditionalExpressionTree conditional = (ConditionalExpressionTree) leaf;
          List<Value> both = new ArrayList<>(eval(child(path, conditional.getTrueExpression())));
          both.addAll(eval(child(path, conditional.getFalseExpression())));
          return both;
        }
      case SWITCH_EXPRESSION:
        return switchValues(path);
      case NULL_LITERAL:
        return List.of(Value.nullValue(sites.of(leaf)));
      case INT_LITERAL:
        return List.of(Value.status(Status.of((Integer) ((LiteralTree) leaf).getValue()), sites.of(leaf)));
      case IDENTIFIER:
      case MEMBER_SELECT:
        return variable(path);
      case METHOD_INVOCATION:
        return invocation(path);
      case NEW_CLASS:
        return construction(path);
      default:
        return List.of(opaque(path, "an expression"));
    }
  }

  private List<Value> variable(TreePath path) {
    Element element = trees.getElement(path);
    if (!(element instanceof VariableElement variable)) {
      return List.of(opaque(path, "an expression"));
    }
    Object constant = variable.getConstantValue();
    if (constant instanceof Integer code) {
      return List.of(Value.status(Status.of(code), sites.of(path.getLeaf())));
    }
    String name = variable.getSimpleName().toString();
    switch (variable.getKind()) {
      case ENUM_CONSTANT:
        for (Idioms framework : idioms) {
          OptionalInt code = framework.statusConstant(variable);
          if (code.isPresent()) {
            return List.of(Value.status(Status.of(code.getAsInt()), sites.of(path.getLeaf())));
          }
        }
        return List.of(opaque(path, "the constant " + name));
      case LOCAL_VARIABLE:
      case RESOURCE_VARIABLE:
        return local(variable, path);
      case PARAMETER:
        return List.of(opaque(path, "the parameter " + name));
      case FIELD:
        return List.of(opaque(path, "the field " + name));
      default:
        return List.of(opaque(path, "the variable " + name));
    }
  }

  private List<Value> local(VariableElement variable, TreePath path) {
    List<Value> override = overrides.get(variable);
    if (override != null) {
      return override;
    }
    List<Value> known = overrides.isEmpty() ? locals.get(variable) : null;
    if (known != null) {
      return known;
    }
    String name = variable.getSimpleName().toString();
    if (!evaluating.add(variable)) {
      return List.of(opaque(path, "the variable " + name + ", which depends on itself"));
    }
    try {
      List<Value> values = new ArrayList<>();
      for (TreePath assigned : assignments.getOrDefault(variable, List.of())) {
        values.addAll(eval(assigned));
      }
      if (values.isEmpty() || opaqueAssignments.contains(variable)) {
        values.add(opaque(path, "the variable " + name));
      }
      List<TreePath> changes = mutations.get(variable);
      List<Value> result = List.copyOf(changes == null ? values : mutated(variable, values, changes));
      if (overrides.isEmpty() && evaluating.size() == 1) {
        locals.put(variable, result);
      }
      return result;
    } finally {
      evaluating.remove(variable);
    }
  }

  /**
   * {@code values} of a builder or headers variable with what the statements that call methods on
   * it set: their headers and content on every value, and each status they set as one more value.
   */
  private List<Value> mutated(VariableElement variable, List<Value> values, List<TreePath> changes) {
    Value.Kind kind = kindOf(variable.asType());
    if (kind != Value.Kind.RESPONSE && kind != Value.Kind.HEADERS) {
      return values;
    }
    Site here = sites.of(changes.get(0).getLeaf());
    Value self = new Value(kind, null, Set.of(), null, null, null, here, here, List.of());
    List<Value> deltas = new ArrayList<>();
    overrides.put(variable, List.of(self));
    try {
      for (TreePath change : changes) {
        deltas.addAll(eval(change));
      }
    } finally {
      overrides.remove(variable);
    }
    Set<String> headers = new LinkedHashSet<>();
    boolean body = false;
    List<Value> statuses = new ArrayList<>();
    for (Value delta : deltas) {
      // Only steps that give back the builder or headers count; response.close() tells nothing.
      if (delta.deferred() != null || delta.kind() != kind) {
        continue;
      }
      headers.addAll(delta.headers());
      body |= delta.hasBody();
      if (delta.status() != null) {
        statuses.add(delta);
      }
    }
    List<Value> out = new ArrayList<>();
    for (Value value : values) {
      Value changed = value.withHeaders(headers);
      if (body) {
        changed = changed.withBody(true);
      }
      out.add(changed);
      for (Value status : statuses) {
        out.add(changed.withStatus(status.status(), status.origin()));
      }
    }
    return out;
  }

  private List<Value> invocation(TreePath path) {
    MethodInvocationTree invocation = (MethodInvocationTree) path.getLeaf();
    Element element = trees.getElement(path);
    Site site = sites.of(invocation);
    if (!(element instanceof ExecutableElement callee)) {
      return List.of(opaque(path, "a call javac could not resolve"));
    }
    Call call = new Call(this, path, callee, site);
    Optional<List<Value>> factory = Factories.values(call, trees);
    if (factory.isPresent()) {
      return factory.get();
    }
    for (Idioms framework : idioms) {
      Optional<List<Value>> values = framework.call(call);
      if (values.isPresent()) {
        return values.get();
      }
    }
    Optional<List<Value>> found = foundOrNot(path, invocation, callee);
    if (found.isPresent()) {
      return found.get();
    }
    if (isFollowable(callee, invocation)) {
      return List.of(Value.call(callee, callee.getSimpleName() + "()", fallbackKind(path), site));
    }
    return List.of(opaque(path, "the result of " + simpleName(callee) + "()"));
  }

  /**
   * {@code optional.map(f).orElse(other)} and {@code .orElseGet(() -> other)}, the way code answers
   * "found or not": what {@code f} makes of the value (the expression of a lambda, or a factory
   * such as {@code ResponseEntity::ok}), and what {@code other} is. Any other shape of the call is
   * left as it is: an Optional's value is not known.
   */
  private Optional<List<Value>> foundOrNot(TreePath path, MethodInvocationTree invocation, ExecutableElement callee) {
    String name = callee.getSimpleName().toString();
    if (!(name.equals("orElse") || name.equals("orElseGet"))
        || invocation.getArguments().size() != 1
        || !isOptional(callee)
        || kindOf(trees.getTypeMirror(path)) != Value.Kind.RESPONSE
        || !(invocation.getMethodSelect() instanceof MemberSelectTree select)) {
      return Optional.empty();
    }
    List<Value> values = new ArrayList<>();
    TreePath receiver = child(child(path, select), select.getExpression());
    values.addAll(mapped(receiver));
    ExpressionTree argument = invocation.getArguments().get(0);
    TreePath argumentPath = child(path, argument);
    if (name.equals("orElse")) {
      values.addAll(eval(argumentPath));
    } else if (argument instanceof LambdaExpressionTree lambda && lambda.getBody() instanceof ExpressionTree body) {
      values.addAll(eval(child(argumentPath, body)));
    } else {
      values.add(Value.unknownResponse("the result of a supplier", sites.of(argument)));
    }
    return Optional.of(values);
  }

  /** What {@code receiver}, an Optional, holds: {@code f}'s result where it is {@code map(f)}. */
  private List<Value> mapped(TreePath receiver) {
    if (receiver.getLeaf() instanceof MethodInvocationTree map
        && map.getArguments().size() == 1
        && trees.getElement(receiver) instanceof ExecutableElement callee
        && callee.getSimpleName().contentEquals("map")
        && isOptional(callee)) {
      ExpressionTree function = map.getArguments().get(0);
      TreePath functionPath = child(receiver, function);
      if (function instanceof LambdaExpressionTree lambda && lambda.getBody() instanceof ExpressionTree body) {
        return eval(child(functionPath, body));
      }
      if (function instanceof MemberReferenceTree reference
          && trees.getElement(functionPath) instanceof ExecutableElement target
          && target.getSimpleName().contentEquals("ok")
          && target.getParameters().size() == 1
          && target.getEnclosingElement() instanceof TypeElement owner
          && owner.getQualifiedName().contentEquals("org.springframework.http.ResponseEntity")) {
        return List.of(Value.response(Status.of(200), Set.of(), true, sites.of(reference)));
      }
    }
    return List.of(Value.unknownResponse("the value of an Optional", sites.of(receiver.getLeaf())));
  }

  private static boolean isOptional(ExecutableElement method) {
    return method.getEnclosingElement() instanceof TypeElement owner
        && owner.getQualifiedName().contentEquals("java.util.Optional");
  }

  private List<Value> construction(TreePath path) {
    NewClassTree construction = (NewClassTree) path.getLeaf();
    Element element = trees.getElement(path);
    if (element instanceof ExecutableElement constructor) {
      Call call = new Call(this, path, constructor, sites.of(construction));
      for (Idioms framework : idioms) {
        Optional<List<Value>> values = framework.construct(call);
        if (values.isPresent()) {
          return values.get();
        }
      }
    }
    return List.of(opaque(path, "a new object"));
  }

  private List<Value> switchValues(TreePath path) {
    List<Value> values = new ArrayList<>();
    for (CaseTree branch : ((SwitchExpressionTree) path.getLeaf()).getCases()) {
      TreePath casePath = child(path, branch);
      if (branch.getCaseKind() == CaseTree.CaseKind.RULE) {
        Tree body = branch.getBody();
        if (body instanceof ExpressionTree expression) {
          values.addAll(eval(child(casePath, expression)));
        } else if (body instanceof BlockTree) {
          values.addAll(yields(child(casePath, body)));
        }
      } else {
        for (StatementTree statement : branch.getStatements()) {
          values.addAll(yields(child(casePath, statement)));
        }
      }
    }
    return values;
  }

  /** The values of the {@code yield} statements under {@code path} that belong to its switch. */
  private List<Value> yields(TreePath path) {
    List<Value> values = new ArrayList<>();
    new TreePathScanner<Void, Void>() {
      @Override
      public Void visitYield(YieldTree node, Void unused) {
        values.addAll(eval(child(getCurrentPath(), node.getValue())));
        return null;
      }

      @Override
      public Void visitSwitchExpression(SwitchExpressionTree node, Void unused) {
        return null;
      }

      @Override
      public Void visitLambdaExpression(LambdaExpressionTree node, Void unused) {
        return null;
      }

      @Override
      public Void visitClass(ClassTree node, Void unused) {
        return null;
      }
    }.scan(path, null);
    return values;
  }

  /** The static type of the expression at {@code path}, or {@code null}. */
  TypeMirror typeOf(TreePath path) {
    return trees.getTypeMirror(path);
  }

  /** A value the code does not show, typed by the expression's static type. */
  Value opaque(TreePath path, String because) {
    Site site = sites.of(path.getLeaf());
    TypeMirror type = trees.getTypeMirror(path);
    return switch (kindOf(type)) {
      case RESPONSE -> Value.unknownResponse(because, site);
      case STATUS -> Value.status(Status.unknown(because), site);
      case HEADERS -> Value.headers(Set.of(), site);
      case NULL -> Value.nullValue(site);
      default -> Value.entity(site);
    };
  }

  private Value.Kind fallbackKind(TreePath path) {
    Value.Kind kind = kindOf(trees.getTypeMirror(path));
    return kind == Value.Kind.NULL ? Value.Kind.ENTITY : kind;
  }

  /** What a value of static type {@code type} is. */
  Value.Kind kindOf(TypeMirror type) {
    if (type == null) {
      return Value.Kind.ENTITY;
    }
    switch (type.getKind()) {
      case NULL:
        return Value.Kind.NULL;
      case INT:
        return Value.Kind.STATUS;
      case DECLARED:
      case TYPEVAR:
        break;
      default:
        return Value.Kind.ENTITY;
    }
    for (Idioms framework : idioms) {
      Optional<Value.Kind> kind = framework.kindOf(type);
      if (kind.isPresent()) {
        return kind.get();
      }
    }
    String name = ByName.name(type);
    if (name.equals("java.lang.Integer")) {
      return Value.Kind.STATUS;
    }
    if (name.equals("java.lang.Object") || ByName.isA(type, ASYNC)) {
      return Value.Kind.RESPONSE;
    }
    return Value.Kind.ENTITY;
  }

  /** The value of a string constant expression: a literal or a constant such as {@code HttpHeaders.LOCATION}. */
  Optional<String> constantString(TreePath path) {
    Tree leaf = unwrap(path.getLeaf());
    if (leaf instanceof LiteralTree literal && literal.getValue() instanceof String text) {
      return Optional.of(text);
    }
    if (leaf instanceof IdentifierTree || leaf instanceof MemberSelectTree) {
      Element element = trees.getElement(new TreePath(path, leaf));
      if (element instanceof VariableElement variable && variable.getConstantValue() instanceof String text) {
        return Optional.of(text);
      }
    }
    return Optional.empty();
  }

  /** Whether {@code path} names a parameter of the method being read. */
  boolean isParameter(TreePath path) {
    Element element = trees.getElement(path);
    return element != null && element.getKind() == ElementKind.PARAMETER && method.getParameters().contains(element);
  }

  /**
   * Whether the body of {@code callee} counts as the caller's: it cannot be overridden (private,
   * static or final, or called through {@code super}) and belongs to the class being read, one of
   * its superclasses, or a class that encloses it.
   */
  private boolean isFollowable(ExecutableElement callee, MethodInvocationTree invocation) {
    Set<Modifier> modifiers = callee.getModifiers();
    if (modifiers.contains(Modifier.ABSTRACT) || modifiers.contains(Modifier.NATIVE)) {
      return false;
    }
    if (!(callee.getEnclosingElement() instanceof TypeElement declaring)) {
      return false;
    }
    boolean throughSuper =
        invocation.getMethodSelect() instanceof MemberSelectTree select
            && unwrap(select.getExpression()) instanceof IdentifierTree receiver
            && receiver.getName().contentEquals("super");
    boolean fixed =
        throughSuper
            || modifiers.contains(Modifier.PRIVATE)
            || modifiers.contains(Modifier.STATIC)
            || modifiers.contains(Modifier.FINAL)
            || declaring.getModifiers().contains(Modifier.FINAL);
    if (!fixed) {
      return false;
    }
    String name = ByName.name(declaring);
    for (Element e = owner; e instanceof TypeElement type; e = type.getEnclosingElement()) {
      if (ByName.superclasses(type).stream().anyMatch(s -> ByName.name(s).equals(name))) {
        return true;
      }
    }
    return false;
  }

  private static String simpleName(ExecutableElement callee) {
    return callee.getEnclosingElement().getSimpleName() + "." + callee.getSimpleName();
  }

  static TreePath child(TreePath parent, Tree tree) {
    return new TreePath(parent, tree);
  }

  /** {@code tree} without parentheses and casts around it. */
  static Tree unwrap(Tree tree) {
    Tree current = tree;
    while (true) {
      if (current instanceof ParenthesizedTree parenthesized) {
        current = parenthesized.getExpression();
      } else if (current instanceof TypeCastTree cast) {
        current = cast.getExpression();
      } else {
        return current;
      }
    }
  }

  // ---- throws and calls ----

  private List<Facts.Thrown> thrown(TreePath expression, Site site, List<TypeElement> caught) {
    Tree leaf = unwrap(expression.getLeaf());
    TreePath path = leaf == expression.getLeaf() ? expression : child(expression, leaf);
    if (leaf instanceof ConditionalExpressionTree conditional) {
      List<Facts.Thrown> both = new ArrayList<>(thrown(child(path, conditional.getTrueExpression()), site, caught));
      both.addAll(thrown(child(path, conditional.getFalseExpression()), site, caught));
      return both;
    }
    Optional<TypeElement> type = ByName.element(trees.getTypeMirror(path));
    if (type.isEmpty()) {
      return List.of();
    }
    Call construction = null;
    if (leaf instanceof NewClassTree && trees.getElement(path) instanceof ExecutableElement constructor) {
      construction = new Call(this, path, constructor, site);
    }
    return List.of(new Facts.Thrown(type.get(), exceptionValues(type.get(), construction, site), site, caught, List.of()));
  }

  /** The responses the frameworks make of an exception by themselves. */
  List<Value> exceptionValues(TypeElement type, Call construction, Site site) {
    for (Idioms framework : idioms) {
      Optional<List<Value>> values = framework.exception(type, construction, site);
      if (values.isPresent()) {
        return values.get();
      }
    }
    return List.of();
  }

  /** The exception types that catch blocks around {@code path}, inside this method, catch. */
  private List<TypeElement> caught(TreePath path) {
    List<TypeElement> caught = new ArrayList<>();
    Tree child = path.getLeaf();
    for (TreePath parent = path.getParentPath(); parent != null; child = parent.getLeaf(), parent = parent.getParentPath()) {
      Tree leaf = parent.getLeaf();
      if (leaf == methodPath.getLeaf() || leaf instanceof LambdaExpressionTree || leaf instanceof ClassTree) {
        break;
      }
      if (leaf instanceof TryTree attempt && (child == attempt.getBlock() || attempt.getResources().contains(child))) {
        for (CatchTree handler : attempt.getCatches()) {
          TreePath parameter = child(child(parent, handler), handler.getParameter());
          Element element = trees.getElement(parameter);
          TypeMirror type = element != null ? element.asType() : trees.getTypeMirror(parameter);
          if (type instanceof UnionType union) {
            union.getAlternatives().forEach(alternative -> ByName.element(alternative).ifPresent(caught::add));
          } else {
            ByName.element(type).ifPresent(caught::add);
          }
        }
      }
    }
    return caught;
  }

  /** Collects what the assignments of local variables and the calls on them are. */
  private final class Locals extends TreePathScanner<Void, Void> {
    @Override
    public Void visitVariable(VariableTree node, Void unused) {
      if (node.getInitializer() != null) {
        Element variable = trees.getElement(getCurrentPath());
        if (variable != null) {
          assignments.computeIfAbsent(variable, v -> new ArrayList<>()).add(child(getCurrentPath(), node.getInitializer()));
        }
      }
      return super.visitVariable(node, unused);
    }

    @Override
    public Void visitAssignment(AssignmentTree node, Void unused) {
      Element variable = trees.getElement(child(getCurrentPath(), node.getVariable()));
      if (variable != null && isLocal(variable)) {
        assignments.computeIfAbsent(variable, v -> new ArrayList<>()).add(child(getCurrentPath(), node.getExpression()));
      }
      return super.visitAssignment(node, unused);
    }

    @Override
    public Void visitCompoundAssignment(CompoundAssignmentTree node, Void unused) {
      opaque(node.getVariable());
      return super.visitCompoundAssignment(node, unused);
    }

    @Override
    public Void visitUnary(UnaryTree node, Void unused) {
      switch (node.getKind()) {
        case PREFIX_INCREMENT, PREFIX_DECREMENT, POSTFIX_INCREMENT, POSTFIX_DECREMENT -> opaque(node.getExpression());
        default -> {}
      }
      return super.visitUnary(node, unused);
    }

    private void opaque(Tree variableTree) {
      Element variable = trees.getElement(child(getCurrentPath(), variableTree));
      if (variable != null && isLocal(variable)) {
        opaqueAssignments.add(variable);
      }
    }

    @Override
    public Void visitExpressionStatement(ExpressionStatementTree node, Void unused) {
      Tree root = node.getExpression();
      while (root instanceof MethodInvocationTree invocation && invocation.getMethodSelect() instanceof MemberSelectTree select) {
        root = unwrap(select.getExpression());
      }
      if (root != node.getExpression() && root instanceof IdentifierTree) {
        Element variable = trees.getElement(child(getCurrentPath(), root));
        if (variable != null && isLocal(variable)) {
          mutations.computeIfAbsent(variable, v -> new ArrayList<>()).add(child(getCurrentPath(), node.getExpression()));
        }
      }
      return super.visitExpressionStatement(node, unused);
    }

    @Override
    public Void visitClass(ClassTree node, Void unused) {
      return null;
    }

    @Override
    public Void visitLambdaExpression(LambdaExpressionTree node, Void unused) {
      return null;
    }

    private boolean isLocal(Element variable) {
      return variable.getKind() == ElementKind.LOCAL_VARIABLE || variable.getKind() == ElementKind.RESOURCE_VARIABLE;
    }
  }

  /** Collects the returns, throws and calls of the body, outside lambdas and local classes. */
  private final class Body extends TreePathScanner<Void, Void> {
    final List<Value> returns = new ArrayList<>();
    final List<Facts.Thrown> thrown = new ArrayList<>();
    final List<Facts.CallSite> calls = new ArrayList<>();
    boolean returnsVoid;

    @Override
    public Void visitReturn(ReturnTree node, Void unused) {
      if (node.getExpression() == null) {
        returnsVoid = true;
      } else {
        returns.addAll(eval(child(getCurrentPath(), node.getExpression())));
      }
      return super.visitReturn(node, unused);
    }

    @Override
    public Void visitThrow(ThrowTree node, Void unused) {
      thrown.addAll(thrown(child(getCurrentPath(), node.getExpression()), sites.of(node), caught(getCurrentPath())));
      return super.visitThrow(node, unused);
    }

    @Override
    public Void visitMethodInvocation(MethodInvocationTree node, Void unused) {
      TreePath path = getCurrentPath();
      if (trees.getElement(path) instanceof ExecutableElement callee) {
        Site site = sites.of(node);
        List<TypeElement> caught = caught(path);
        List<TypeElement> declared = new ArrayList<>();
        for (TypeMirror type : thrownTypes(path, node, callee)) {
          ByName.element(type).ifPresent(exception -> {
            Optional<TreePath> supplier = exceptionSupplier(path, node, exception);
            if (supplier.isPresent() && supplier.get().getLeaf() instanceof MemberReferenceTree) {
              thrown.add(new Facts.Thrown(exception, exceptionValues(exception, null, site), site, caught, List.of()));
            } else if (supplier.isPresent()) {
              thrown.addAll(thrown(supplier.get(), site, caught));
            } else {
              declared.add(exception);
            }
          });
        }
        boolean followable = isFollowable(callee, node);
        if (followable || !declared.isEmpty()) {
          calls.add(new Facts.CallSite(callee, callee.getSimpleName() + "()", followable, declared, site, caught));
        }
      }
      return super.visitMethodInvocation(node, unused);
    }

    @Override
    public Void visitClass(ClassTree node, Void unused) {
      return null;
    }

    @Override
    public Void visitLambdaExpression(LambdaExpressionTree node, Void unused) {
      return null;
    }
  }

  /** The exception types a call throws, as javac instantiated them at the call. */
  private List<? extends TypeMirror> thrownTypes(TreePath path, MethodInvocationTree node, ExecutableElement callee) {
    TypeMirror type = trees.getTypeMirror(child(path, node.getMethodSelect()));
    List<? extends TypeMirror> thrown = type instanceof ExecutableType executable ? executable.getThrownTypes() : callee.getThrownTypes();
    return thrown.stream().filter(t -> t.getKind() == TypeKind.DECLARED && ByName.isA(t, THROWABLE)).toList();
  }

  /**
   * The {@code new E(...)} that an argument supplies for a thrown {@code exception}: {@code
   * orElseThrow(() -> new NotFoundException())} or {@code orElseThrow(NotFoundException::new)}.
   */
  private Optional<TreePath> exceptionSupplier(TreePath path, MethodInvocationTree node, TypeElement exception) {
    for (ExpressionTree argument : node.getArguments()) {
      TreePath argumentPath = child(path, argument);
      if (argument instanceof LambdaExpressionTree lambda) {
        Tree body = lambda.getBody();
        if (body instanceof BlockTree block
            && block.getStatements().size() == 1
            && block.getStatements().get(0) instanceof ReturnTree ret
            && ret.getExpression() != null) {
          argumentPath = child(child(child(argumentPath, body), ret), ret.getExpression());
          body = ret.getExpression();
        } else {
          argumentPath = child(argumentPath, body);
        }
        if (unwrap(body) instanceof NewClassTree
            && ByName.element(trees.getTypeMirror(argumentPath)).filter(exception::equals).isPresent()) {
          return Optional.of(argumentPath);
        }
      } else if (argument instanceof MemberReferenceTree reference
          && reference.getMode() == MemberReferenceTree.ReferenceMode.NEW
          && trees.getElement(argumentPath) instanceof ExecutableElement constructor
          && constructor.getEnclosingElement().equals(exception)) {
        return Optional.of(argumentPath);
      }
    }
    return Optional.empty();
  }
}
