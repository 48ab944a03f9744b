package dev.statuscontract.processor.analysis;

import com.sun.source.tree.AssignmentTree;
import com.sun.source.tree.BinaryTree;
import com.sun.source.tree.BlockTree;
import com.sun.source.tree.CaseTree;
import com.sun.source.tree.CatchTree;
import com.sun.source.tree.ClassTree;
import com.sun.source.tree.CompoundAssignmentTree;
import com.sun.source.tree.ConditionalExpressionTree;
import com.sun.source.tree.ExpressionStatementTree;
import com.sun.source.tree.ExpressionTree;
import com.sun.source.tree.IdentifierTree;
import com.sun.source.tree.IfTree;
import com.sun.source.tree.InstanceOfTree;
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
import dev.statuscontract.processor.frameworks.AsyncOp;
import dev.statuscontract.processor.frameworks.Effect;
import dev.statuscontract.processor.frameworks.Library;
import dev.statuscontract.processor.lang.ByName;
import dev.statuscontract.processor.model.Status;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.function.Predicate;
import javax.lang.model.element.AnnotationMirror;
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
 * each {@code throw} throws, which methods it calls, and the lambdas it passes on. A
 * may-analysis: every branch, ternary and switch case counts; a local variable holds whatever any
 * assignment gives it, and a builder or headers variable gets every header any statement sets on
 * it. Calls of methods of the compilation, parameters and functions are left {@linkplain
 * Value.Deferred deferred}, for the {@link Resolver}; what cannot be followed is {@link
 * Status.Unknown}, never a guess. Library methods are read through the frameworks' {@link
 * Library}.
 */
final class Reader {

  /** Nested expressions deeper than this are not followed. */
  private static final int MAX_DEPTH = 100;

  /** Alternatives one expression may have before the rest are summed up as unknown. */
  private static final int MAX_VALUES = 64;


  private final Trees trees;
  private final Kinds kinds;
  private final Library library;
  private final Sites sites;
  private final TypeElement owner;
  private final TreePath methodPath;
  private final ExecutableElement method;
  private final Predicate<Element> hasSource;

  private final Map<Element, List<TreePath>> assignments = new HashMap<>();
  private final Set<Element> opaqueAssignments = new HashSet<>();
  private final Map<Element, List<TreePath>> mutations = new HashMap<>();
  private final Map<Element, List<TreePath>> completions = new HashMap<>();
  private final Set<Element> escaping = new HashSet<>();
  private final Set<Element> evaluating = new HashSet<>();
  private final Map<Element, List<Value>> overrides = new HashMap<>();
  /** The values of local variables, once known, while no variable stands for itself in {@link #overrides}. */
  private final Map<Element, List<Value>> locals = new HashMap<>();
  private final Map<Tree, Facts> lambdas = new IdentityHashMap<>();
  /** The parameter that holds the exception a handler is given, whose type tests guard its paths; or {@code null}. */
  private final VariableElement exceptionParameter;
  private int depth;

  Reader(Trees trees, Kinds kinds, Sites sites, TypeElement owner, TreePath methodPath, Predicate<Element> hasSource) {
    this.trees = trees;
    this.kinds = kinds;
    this.library = kinds.library();
    this.sites = sites;
    this.owner = owner;
    this.methodPath = methodPath;
    this.method = (ExecutableElement) trees.getElement(methodPath);
    this.hasSource = hasSource;
    VariableElement exception = null;
    for (VariableElement parameter : method.getParameters()) {
      if (kinds.isThrowable(parameter.asType())) {
        exception = parameter;
        break;
      }
    }
    this.exceptionParameter = exception;
  }

  /** The facts of the method's body. */
  Facts read() {
    MethodTree tree = (MethodTree) methodPath.getLeaf();
    TreePath body = new TreePath(methodPath, tree.getBody());
    new Locals().scan(body, null);
    Body scanner = new Body(tree.getBody());
    scanner.scan(body, null);
    boolean isVoid = method.getReturnType().getKind() == TypeKind.VOID;
    List<? extends StatementTree> statements = tree.getBody().getStatements();
    boolean fallsThrough = statements.isEmpty() || !(statements.get(statements.size() - 1) instanceof ThrowTree);
    Optional<VariableElement> responder = responder();
    Facts.Resumed resumed = responder.map(this::resumed).orElse(Facts.Resumed.NONE);
    return new Facts(
        method,
        List.copyOf(method.getParameters()),
        List.copyOf(scanner.returns),
        List.copyOf(scanner.thrown),
        List.copyOf(scanner.calls),
        isVoid && (fallsThrough || scanner.returnsVoid),
        responder.isPresent(),
        resumed,
        sites.of(tree),
        containerStatuses(body, tree.getBody()),
        List.copyOf(scanner.classesNamed));
  }

  /**
   * Whether the method can reach the container's own response at all: a parameter or a field of its
   * class holds it (or what holds it, as WebFlux's exchange does). Most methods cannot, and their
   * bodies need no second scan.
   */
  private boolean reachesContainer() {
    return method.getParameters().stream().anyMatch(parameter -> kinds.isContainer(parameter.asType()))
        || kinds.hasContainerField(owner);
  }

  /**
   * The statuses the method sets on the container's own response, lambdas included; an unknown
   * one where it passes that response on to other code, which may set one the analysis does not see.
   */
  private List<Facts.ContainerStatus> containerStatuses(TreePath body, BlockTree block) {
    Set<String> containers = library.containerResponses();
    if (containers.isEmpty() || !reachesContainer()) {
      return List.of();
    }
    List<Facts.ContainerStatus> out = new ArrayList<>();
    new TreePathScanner<Void, Void>() {
      @Override
      public Void visitMethodInvocation(MethodInvocationTree node, Void unused) {
        TreePath path = getCurrentPath();
        if (trees.getElement(path) instanceof ExecutableElement callee) {
          Call call = new Call(Reader.this, path, callee, sites.of(node));
          Optional<Effect> effect = library.effect(call.owner(), call.name(), call.count(), () -> firstParameter(callee));
          if (effect.isPresent() && effect.get() instanceof Effect.SetContainerStatus sets) {
            boolean always =
                path.getParentPath().getLeaf() instanceof ExpressionStatementTree
                    && path.getParentPath().getParentPath().getLeaf() == block;
            String because = "the status the code sets on the " + simple(call.owner());
            List<Status> statuses = new ArrayList<>();
            if (sets.statusFromArgument()) {
              for (Value value : call.eval(sets.statusArgument())) {
                statuses.add(
                    value.kind() == Value.Kind.STATUS && value.deferred() == null && value.status() != null
                        ? value.status()
                        : Status.unknown(because));
              }
            } else {
              statuses.add(Status.of(sets.status()));
            }
            for (Status status : statuses) {
              out.add(new Facts.ContainerStatus(status, sets.headers(), always && statuses.size() == 1, call.site()));
            }
          } else if (effect.isEmpty()) {
            passedOn(node.getArguments(), sites.of(node));
          }
        }
        return super.visitMethodInvocation(node, unused);
      }

      @Override
      public Void visitNewClass(NewClassTree node, Void unused) {
        passedOn(node.getArguments(), sites.of(node));
        return super.visitNewClass(node, unused);
      }

      private void passedOn(List<? extends ExpressionTree> arguments, Site site) {
        for (ExpressionTree argument : arguments) {
          TypeMirror type = trees.getTypeMirror(new TreePath(getCurrentPath(), argument));
          if (type != null && kinds.isContainer(type)) {
            out.add(
                new Facts.ContainerStatus(
                    Status.unknown("the status that other code may set on the " + simple(ByName.name(type))),
                    Set.of(), false, site));
            return;
          }
        }
      }
    }.scan(body, null);
    return List.copyOf(out);
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
      case LAMBDA_EXPRESSION:
      case MEMBER_REFERENCE:
        return List.of(function(path));
      default:
        return List.of(opaque(path, "an expression"));
    }
  }

  private List<Value> variable(TreePath path) {
    Element element = trees.getElement(path);
    if (!(element instanceof VariableElement variable)) {
      return List.of(opaque(path, "an expression"));
    }
    List<Value> override = overrides.get(variable);
    if (override != null) {
      return override;
    }
    Object constant = variable.getConstantValue();
    if (constant instanceof Integer code) {
      return List.of(Value.status(Status.of(code), sites.of(path.getLeaf())));
    }
    String name = variable.getSimpleName().toString();
    switch (variable.getKind()) {
      case ENUM_CONSTANT:
        {
          OptionalInt code = statusConstant(variable);
          if (code.isPresent()) {
            return List.of(Value.status(Status.of(code.getAsInt()), sites.of(path.getLeaf())));
          }
          return List.of(opaque(path, "the constant " + name));
        }
      case LOCAL_VARIABLE:
      case RESOURCE_VARIABLE:
        return local(variable, path);
      case PARAMETER:
        {
          Value.Kind kind = kinds.of(variable.asType());
          if (Kinds.matters(kind)) {
            return List.of(Value.var(variable, kind, sites.of(path.getLeaf())));
          }
          return List.of(opaque(path, "the parameter " + name));
        }
      case FIELD:
        return List.of(opaque(path, "the field " + name));
      default:
        return List.of(opaque(path, "the variable " + name));
    }
  }

  /** The code of a status enum constant, such as {@code HttpStatus.NOT_FOUND}. */
  private OptionalInt statusConstant(VariableElement constant) {
    if (constant.getEnclosingElement() instanceof TypeElement type && library.isStatusEnum(ByName.name(type))) {
      return StatusNames.ofConstant(constant.getSimpleName().toString());
    }
    return OptionalInt.empty();
  }

  private List<Value> local(VariableElement variable, TreePath path) {
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
      List<Value> result = changes == null ? values : mutated(variable, values, changes);
      if (completions.containsKey(variable) || escaping.contains(variable)) {
        result = completed(variable, result);
      }
      result = List.copyOf(result);
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
    Value.Kind kind = kinds.of(variable.asType());
    if (kind != Value.Kind.RESPONSE && kind != Value.Kind.HEADERS) {
      return values;
    }
    Site here = sites.of(changes.get(0).getLeaf());
    Value self = new Value(kind, null, Set.of(), null, null, null, here, here, List.of(), null, null);
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
        changed = changed.withBody(true, changed.content());
      }
      out.add(changed);
      for (Value status : statuses) {
        out.add(changed.withStatus(status.status(), status.origin()));
      }
    }
    return out;
  }

  /**
   * {@code values} of a variable that holds an asynchronous result completed by calls on it ({@code
   * deferredResult.setResult(x)}, {@code future.complete(x)}): with what those calls complete it
   * with; made unknown where the variable is handed to other code, which may complete it too.
   */
  private List<Value> completed(VariableElement variable, List<Value> values) {
    Facts.Resumed completion = resumed(variable);
    List<Value> out = new ArrayList<>();
    for (Value value : values) {
      if (value.kind() == Value.Kind.ASYNC && value.async().source() instanceof Value.Settable) {
        Value.Async async = value.async();
        out.add(
            Value.async(
                new Value.Async(
                    async.type(),
                    new Value.Settable(completion.values(), completion.errors(), completion.escapes()),
                    async.steps(),
                    async.site()),
                value.site()));
      } else {
        out.add(value);
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
    Optional<List<Value>> found = foundOrNot(path, invocation, callee);
    if (found.isPresent()) {
      return found.get();
    }
    String ownerName = call.owner();
    Optional<Effect> effect = library.effect(ownerName, call.name(), call.count(), () -> firstParameter(callee));
    if (effect.isPresent()) {
      if (effect.get() instanceof Effect.Async async) {
        return pipeline(call, async.op());
      }
      if (effect.get() instanceof Effect.ExceptionResponse) {
        if (call.receiverPath().filter(this::isExceptionGiven).isPresent()) {
          return List.of(Value.exceptionOwn(site));
        }
        return List.of(Value.unknownResponse("the response of an exception", site));
      }
      return Effects.apply(effect.get(), call);
    }
    // A function invoked: supplier.get(), what a wrapper does with the lambda it is given.
    if (Kinds.isFunctionalMethod(callee) && invocation.getMethodSelect() instanceof MemberSelectTree select) {
      TreePath receiver = child(child(path, select), select.getExpression());
      List<Value> functions = eval(receiver);
      if (!functions.isEmpty()
          && functions.stream().allMatch(f -> f.deferred() instanceof Value.Var || f.kind() == Value.Kind.FUNCTION)) {
        List<List<Value>> arguments = arguments(call, callee);
        return functions.stream().map(function -> Value.invoke(function, arguments, site)).toList();
      }
    }
    Value.Kind kind = kinds.of(trees.getTypeMirror(path));
    if (Kinds.matters(kind) && followable(callee)) {
      return List.of(
          Value.call(callee, callee.getSimpleName() + "()", kind == Value.Kind.NULL ? Value.Kind.ENTITY : kind,
              arguments(call, callee), exact(callee, invocation), site));
    }
    return List.of(opaque(path, "the result of " + simpleName(callee) + "()"));
  }

  /** The qualified name of the type of {@code method}'s first parameter ({@code int}, {@code java.util.Optional}), or {@code ""}. */
  private static String firstParameter(ExecutableElement method) {
    if (method.getParameters().isEmpty()) {
      return "";
    }
    TypeMirror type = method.getParameters().get(0).asType();
    return type.getKind().isPrimitive() ? type.toString() : Signatures.erasedName(type);
  }

  /** The values of the arguments whose parameters matter to a callee's result; empty lists for the others. */
  private List<List<Value>> arguments(Call call, ExecutableElement callee) {
    List<List<Value>> arguments = new ArrayList<>();
    for (int i = 0; i < call.count(); i++) {
      Value.Kind kind = kinds.of(call.parameterType(i));
      arguments.add(Kinds.matters(kind) || isFunctionArgument(call.argument(i)) ? call.eval(i) : List.of());
    }
    return arguments;
  }

  private static boolean isFunctionArgument(TreePath argument) {
    Tree leaf = unwrap(argument.getLeaf());
    return leaf instanceof LambdaExpressionTree || leaf instanceof MemberReferenceTree;
  }

  /**
   * Whether a call's result is followed into the callee: a method of a class of the compilation
   * (its own body, or an override's, is read).
   */
  private boolean followable(ExecutableElement callee) {
    return !callee.getModifiers().contains(Modifier.NATIVE) && hasSource.test(callee);
  }

  /** Whether the method called is the one that runs: nothing may override it. */
  private boolean exact(ExecutableElement callee, MethodInvocationTree invocation) {
    Set<Modifier> modifiers = callee.getModifiers();
    boolean throughSuper =
        invocation.getMethodSelect() instanceof MemberSelectTree select
            && unwrap(select.getExpression()) instanceof IdentifierTree receiver
            && receiver.getName().contentEquals("super");
    return throughSuper
        || modifiers.contains(Modifier.PRIVATE)
        || modifiers.contains(Modifier.STATIC)
        || modifiers.contains(Modifier.FINAL)
        || callee.getEnclosingElement().getModifiers().contains(Modifier.FINAL);
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
        || kinds.of(trees.getTypeMirror(path)) != Value.Kind.RESPONSE
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
    } else if (argument instanceof LambdaExpressionTree lambda) {
      values.addAll(lambdaResults(argumentPath, lambda));
    } else if (argument instanceof MemberReferenceTree reference && referenced(argumentPath, reference, 0).isPresent()) {
      values.addAll(referenced(argumentPath, reference, 0).get());
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
      if (function instanceof LambdaExpressionTree lambda) {
        return lambdaResults(functionPath, lambda);
      }
      if (function instanceof MemberReferenceTree reference
          && trees.getElement(functionPath) instanceof ExecutableElement target
          && target.getParameters().size() == 1
          && target.getEnclosingElement() instanceof TypeElement declaring) {
        Optional<Effect> effect =
            library.effect(ByName.name(declaring), target.getSimpleName().toString(), 1, () -> firstParameter(target));
        if (effect.isPresent() && effect.get() instanceof Effect.Respond respond && !respond.statusFromArgument()) {
          return List.of(
              Value.response(Status.of(respond.status()), respond.headers(), respond.bodyArgument() == 0, sites.of(reference)));
        }
      }
      if (function instanceof MemberReferenceTree reference) {
        Optional<List<Value>> made = referenced(functionPath, reference, 1);
        if (made.isPresent()) {
          return made.get();
        }
      }
    }
    return List.of(Value.unknownResponse("the value of an Optional", sites.of(receiver.getLeaf())));
  }

  /**
   * What a reference to a static method of the compilation with {@code arity} parameters returns
   * ({@code BookResponses::notFound}, {@code Responses::ok}): a call of it, whose arguments the
   * code does not show; empty for any other reference.
   */
  private Optional<List<Value>> referenced(TreePath path, MemberReferenceTree reference, int arity) {
    if (reference.getMode() != MemberReferenceTree.ReferenceMode.INVOKE
        || !(trees.getElement(path) instanceof ExecutableElement target)
        || !target.getModifiers().contains(Modifier.STATIC)
        || target.getParameters().size() != arity
        || !followable(target)) {
      return Optional.empty();
    }
    Value.Kind kind = kinds.of(target.getReturnType());
    if (!Kinds.matters(kind)) {
      return Optional.empty();
    }
    List<List<Value>> arguments = new ArrayList<>();
    for (int i = 0; i < arity; i++) {
      arguments.add(List.of());
    }
    return Optional.of(
        List.of(Value.call(target, target.getSimpleName() + "()", kind, arguments, true, sites.of(reference))));
  }

  /** What a lambda returns: its expression's values, or those of its block's {@code return}s. */
  private List<Value> lambdaResults(TreePath path, LambdaExpressionTree lambda) {
    if (lambda.getBody() instanceof ExpressionTree body) {
      return eval(child(path, body));
    }
    Facts facts = lambdas.computeIfAbsent(lambda, l -> readLambda(path, lambda));
    if (facts.returns().isEmpty()) {
      return List.of(Value.unknownResponse("a function that returns nothing the code shows", sites.of(lambda)));
    }
    return facts.returns().stream().map(Facts.Guarded::value).toList();
  }

  /** How a message names a call: {@code find()}, or {@code new Base()} for {@code super()} and {@code this()}. */
  private static String callName(ExecutableElement callee) {
    return callee.getKind() == ElementKind.CONSTRUCTOR
        ? "new " + callee.getEnclosingElement().getSimpleName() + "()"
        : callee.getSimpleName() + "()";
  }

  private static boolean isOptional(ExecutableElement method) {
    return method.getEnclosingElement() instanceof TypeElement owner
        && owner.getQualifiedName().contentEquals("java.util.Optional");
  }

  private List<Value> construction(TreePath path) {
    NewClassTree construction = (NewClassTree) path.getLeaf();
    Element element = trees.getElement(path);
    if (kinds.of(trees.getTypeMirror(path)) == Value.Kind.EXCEPTION) {
      return thrown(path, sites.of(construction), List.of(), Guard.NONE).stream().map(Value::exception).toList();
    }
    if (element instanceof ExecutableElement constructor && constructor.getEnclosingElement() instanceof TypeElement type) {
      Call call = new Call(this, path, constructor, sites.of(construction));
      Optional<Library.Construction> modelled = library.construction(ByName.name(type));
      if (modelled.isPresent()) {
        return constructed(call, modelled.get(), path);
      }
    }
    return List.of(opaque(path, "a new object"));
  }

  private List<Value> constructed(Call call, Library.Construction construction, TreePath path) {
    Site site = call.site();
    switch (construction) {
      case HEADERS:
        if (call.count() == 1) {
          return call.eval(0).stream()
              .map(v -> v.kind() == Value.Kind.HEADERS ? v : Value.headers(Set.of(), site))
              .toList();
        }
        return List.of(Value.headers(Set.of(), site));
      case SETTABLE:
        return List.of(
            Value.async(new Value.Async(call.owner(), new Value.Settable(List.of(), List.of(), false), List.of(), site), site));
      case FROM_LAST_ARGUMENT:
        {
          if (call.count() == 0) {
            return List.of(opaque(path, "a new object"));
          }
          List<Value> out = new ArrayList<>();
          for (Value last : call.eval(call.count() - 1)) {
            Value.Source source =
                last.kind() == Value.Kind.FUNCTION || last.deferred() instanceof Value.Var
                    ? new Value.Supplied(last)
                    : new Value.From(List.of(last));
            out.add(Value.async(new Value.Async(call.owner(), source, List.of(), site), site));
          }
          return out;
        }
      default:
        return responseFromArguments(call);
    }
  }

  /** {@code new ResponseEntity<>(body, headers, status)}: each argument by its parameter's type. */
  private List<Value> responseFromArguments(Call call) {
    boolean body = false;
    TypeMirror content = null;
    int status = -1;
    List<Set<String>> headerSets = new ArrayList<>(List.of(Set.of()));
    for (int i = 0; i < call.count(); i++) {
      TypeMirror parameter = call.parameterType(i);
      if (ByName.isA(parameter, library.headerMaps())) {
        headerSets = new ArrayList<>();
        for (Value value : call.eval(i)) {
          headerSets.add(value.headers());
        }
      } else if (parameter.getKind() == TypeKind.INT || kinds.of(parameter) == Value.Kind.STATUS) {
        status = i;
      } else {
        body = !call.isNull(i);
        content = call.type(i);
      }
    }
    TypeMirror bodyType = content;
    List<Value> statuses =
        status >= 0
            ? Effects.withStatus(call, status, Set.of(), body, bodyType).stream()
                .map(v -> v.withBody(v.hasBody(), bodyType))
                .toList()
            : List.of(Value.response(Status.of(200), Set.of(), body, content, call.site()));
    List<Value> out = new ArrayList<>();
    for (Value value : statuses) {
      for (Set<String> headers : headerSets) {
        out.add(value.withHeaders(headers));
      }
    }
    return out;
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

  // ---- functions and pipelines ----

  /** A lambda or method reference as a function value; any other expression as it evaluates. */
  Value function(TreePath path) {
    Tree leaf = unwrap(path.getLeaf());
    TreePath at = leaf == path.getLeaf() ? path : child(path, leaf);
    Site site = sites.of(leaf);
    if (leaf instanceof LambdaExpressionTree lambda) {
      Facts body = lambdas.computeIfAbsent(lambda, l -> readLambda(at, lambda));
      Value function = Value.function(new Value.Fn(body.parameters(), body, null, null, Map.of()), site);
      // A lambda a method returns as its Callable is an asynchronous result: what it returns.
      if (kinds.of(trees.getTypeMirror(at)) == Value.Kind.ASYNC) {
        return Value.async(new Value.Async(asyncName(trees.getTypeMirror(at)), new Value.Supplied(function), List.of(), site), site);
      }
      return function;
    }
    if (leaf instanceof MemberReferenceTree reference && trees.getElement(at) instanceof ExecutableElement target) {
      String mode =
          reference.getMode() == MemberReferenceTree.ReferenceMode.NEW
              ? "NEW"
              : target.getModifiers().contains(Modifier.STATIC)
                  ? "STATIC"
                  : trees.getElement(child(at, reference.getQualifierExpression())) instanceof TypeElement ? "UNBOUND" : "BOUND";
      return Value.function(new Value.Fn(List.of(), null, target, mode, Map.of()), site);
    }
    List<Value> values = eval(at);
    return values.size() == 1 ? values.get(0) : opaque(at, "a function the code does not show");
  }

  /** What a lambda's body returns, throws and calls: an expression, or a block's {@code return}s. */
  private Facts readLambda(TreePath path, LambdaExpressionTree lambda) {
    List<Element> parameters = new ArrayList<>();
    for (VariableTree parameter : lambda.getParameters()) {
      Element element = trees.getElement(child(path, parameter));
      if (element != null) {
        parameters.add(element);
      }
    }
    TreePath bodyPath = child(path, lambda.getBody());
    Body scanner = new Body(lambda.getBody());
    List<Facts.Guarded> returns = new ArrayList<>();
    boolean completes = false;
    if (lambda.getBody() instanceof ExpressionTree expression) {
      if (!(trees.getTypeMirror(bodyPath) != null && trees.getTypeMirror(bodyPath).getKind() == TypeKind.VOID)) {
        eval(bodyPath).forEach(value -> returns.add(new Facts.Guarded(value, Guard.NONE)));
      } else {
        completes = true;
      }
      scanner.scanExpression(bodyPath, expression);
    } else {
      scanner.scan(bodyPath, null);
      returns.addAll(scanner.returns);
      // A lambda that returns a value never ends without one; a void lambda may.
      completes = scanner.returns.isEmpty() && completesNormally((BlockTree) lambda.getBody());
    }
    return new Facts(
        null, parameters, returns, List.copyOf(scanner.thrown), List.copyOf(scanner.calls), completes, false,
        Facts.Resumed.NONE, sites.of(lambda), List.of(), List.copyOf(scanner.classesNamed));
  }

  /** The qualified name of the asynchronous type of {@code type}, or its class's name. */
  private String asyncName(TypeMirror type) {
    return kinds.asyncType(type).orElseGet(() -> ByName.name(type));
  }

  /** A call of a pipeline operator: a new pipeline for a source, the receiver's with one more step for the others. */
  private List<Value> pipeline(Call call, AsyncOp op) {
    Site site = call.site();
    TypeMirror result = trees.getTypeMirror(call.path());
    Value item = item(result, call.path());
    switch (op.kind()) {
      case JUST, JUST_OR_EMPTY, EMPTY, NULL_ITEM, ERROR, FROM_ASYNC, FROM_SUPPLIER, DEFER, UNKNOWN_SOURCE:
        {
          String type = kinds.asyncType(result).orElseGet(() -> receiverType(call));
          return List.of(Value.async(new Value.Async(type, source(call, op, item), List.of(), site), site));
        }
      case BLOCK:
        return List.of(opaque(call.path(), "the value a pipeline is waited for"));
      default:
        break;
    }
    if (call.isStatic()) {
      // A static factory of a group ({@code Uni.createFrom()}): a pipeline with no source yet.
      String type = kinds.asyncType(result).orElse(call.owner());
      return List.of(Value.async(new Value.Async(type, new Value.Nothing(), List.of(), site), site));
    }
    Value.Step step = step(call, op, item);
    List<Value> out = new ArrayList<>();
    for (Value receiver : call.receiver()) {
      Value.Async async = asAsync(receiver, call);
      out.add(Value.async(async.with(step), receiver.site()));
    }
    return out;
  }

  /** The pipeline {@code value} is, or a pipeline made of it. */
  private Value.Async asAsync(Value value, Call call) {
    if (value.kind() == Value.Kind.ASYNC && value.async() != null) {
      return value.async();
    }
    String type = receiverType(call);
    if (value.deferred() != null) {
      return new Value.Async(type, new Value.From(List.of(value)), List.of(), value.site());
    }
    TypeMirror receiverType = call.receiverPath().map(trees::getTypeMirror).orElse(null);
    return new Value.Async(type, new Value.Unknown(item(receiverType, call.path()), isVoidItem(receiverType)), List.of(), value.site());
  }

  private String receiverType(Call call) {
    return call.receiverPath().map(trees::getTypeMirror).map(this::asyncName).orElse(call.owner());
  }

  private Value.Source source(Call call, AsyncOp op, Value item) {
    int argument = op.argument();
    switch (op.kind()) {
      case JUST:
        return new Value.Items(argument < call.count() ? call.eval(argument) : List.of(Value.nullValue(call.site())), false);
      case JUST_OR_EMPTY:
        return new Value.Items(argument < call.count() ? call.eval(argument) : List.of(), true);
      case EMPTY:
        return new Value.Empty();
      case NULL_ITEM:
        return new Value.Items(List.of(Value.nullValue(call.site())), false);
      case ERROR:
        return new Value.Failure(argument < call.count() ? exceptionsOf(call.argument(argument), call.site()) : List.of());
      case FROM_ASYNC:
        return new Value.From(argument < call.count() ? call.eval(argument) : List.of());
      case FROM_SUPPLIER:
        return argument < call.count() ? new Value.Supplied(function(call.argument(argument))) : new Value.Unknown(item, item == null);
      case DEFER:
        return argument < call.count() ? new Value.Deferring(function(call.argument(argument))) : new Value.Unknown(item, item == null);
      default:
        return new Value.Unknown(item, isVoidItem(trees.getTypeMirror(call.path())));
    }
  }

  private Value.Step step(Call call, AsyncOp op, Value item) {
    int argument = op.argument();
    List<Value> values = List.of();
    Value function = null;
    List<Facts.Thrown> errors = List.of();
    if (argument >= 0 && argument < call.count()) {
      TreePath path = call.argument(argument);
      switch (op.kind()) {
        case MAP, MAP_NOT_NULL, FLAT_MAP, RECOVER_WITH, HANDLE -> function = function(path);
        case MAP_ERROR -> {
          function = function(path);
          errors = returnedExceptions(path);
        }
        case NULL_TO_ERROR -> errors = exceptionsOf(path, call.site());
        case NULL_TO_ITEM, RECOVER_ITEM, DEFAULT_IF_EMPTY, REPLACE, SWITCH_IF_EMPTY, THEN, NULL_SWITCH -> {
          if (isFunctionArgument(path)) {
            function = function(path);
          } else {
            values = eval(path);
          }
        }
        default -> {}
      }
    }
    TypeElement filter = null;
    boolean unknownFilter = false;
    if (op.typeArgument() >= 0 && op.typeArgument() < call.count()) {
      Optional<TypeElement> literal = classLiteral(call.argument(op.typeArgument()));
      filter = literal.orElse(null);
      unknownFilter = literal.isEmpty();
    }
    return new Value.Step(op, values, function, errors, filter, unknownFilter, item, call.site());
  }

  /** The class a class literal names ({@code NotFoundException.class}). */
  private Optional<TypeElement> classLiteral(TreePath path) {
    Tree leaf = unwrap(path.getLeaf());
    if (leaf instanceof MemberSelectTree select && select.getIdentifier().contentEquals("class")) {
      return ByName.element(trees.getTypeMirror(child(path, select.getExpression())));
    }
    return Optional.empty();
  }

  /** An item of the asynchronous type {@code type}, typed by its item type; {@code null} for {@code Void}. */
  private Value item(TypeMirror type, TreePath at) {
    TypeMirror itemType = Kinds.itemType(type);
    if (itemType == null) {
      return Value.unknownResponse("an item of a pipeline the code does not show", sites.of(at.getLeaf()));
    }
    if (ByName.name(itemType).equals("java.lang.Void")) {
      return null;
    }
    Site site = sites.of(at.getLeaf());
    return switch (kinds.of(itemType)) {
      case RESPONSE -> Value.unknownResponse("an item of a pipeline the code does not show", site);
      case STATUS -> Value.status(Status.unknown("an item of a pipeline the code does not show"), site);
      case HEADERS -> Value.headers(Set.of(), site);
      default -> Value.entity(itemType, site);
    };
  }

  private static boolean isVoidItem(TypeMirror type) {
    TypeMirror item = Kinds.itemType(type);
    return item != null && ByName.name(item).equals("java.lang.Void");
  }

  /** The exceptions that the expression at {@code path} is, or supplies: {@code new X()}, {@code () -> new X()}, {@code X::new}, a variable. */
  List<Facts.Thrown> exceptionsOf(TreePath path, Site site) {
    Tree leaf = unwrap(path.getLeaf());
    TreePath at = leaf == path.getLeaf() ? path : child(path, leaf);
    if (leaf instanceof LambdaExpressionTree lambda) {
      Tree body = lambda.getBody();
      TreePath bodyPath = child(at, body);
      if (body instanceof BlockTree block) {
        List<Facts.Thrown> out = new ArrayList<>();
        for (StatementTree statement : block.getStatements()) {
          if (statement instanceof ReturnTree ret && ret.getExpression() != null) {
            out.addAll(exceptionsOf(child(child(bodyPath, statement), ret.getExpression()), site));
          }
        }
        return out;
      }
      return exceptionsOf(bodyPath, site);
    }
    if (leaf instanceof MemberReferenceTree reference
        && reference.getMode() == MemberReferenceTree.ReferenceMode.NEW
        && trees.getElement(at) instanceof ExecutableElement constructor
        && constructor.getEnclosingElement() instanceof TypeElement type) {
      return List.of(new Facts.Thrown(type, true, null, site, List.of(), List.of(), Guard.NONE, null));
    }
    return thrown(at, site, List.of(), Guard.NONE);
  }

  /** The exceptions that a function's {@code return}s give ({@code e -> new ApiException(e)}). */
  private List<Facts.Thrown> returnedExceptions(TreePath path) {
    Tree leaf = unwrap(path.getLeaf());
    if (leaf instanceof LambdaExpressionTree) {
      return exceptionsOf(path, sites.of(leaf));
    }
    return List.of();
  }

  // ---- the AsyncResponse a method answers through ----

  /** The {@code @Suspended AsyncResponse} parameter through which the method answers, if it has one. */
  private Optional<VariableElement> responder() {
    for (VariableElement parameter : method.getParameters()) {
      if (isSuspended(parameter)) {
        Optional<TypeElement> type = ByName.element(parameter.asType());
        if (type.isPresent() && library.completes(ByName.name(type.get()), "resume")) {
          return Optional.of(parameter);
        }
      }
    }
    return Optional.empty();
  }

  /** Whether {@code parameter} is JAX-RS's {@code @Suspended}, of either namespace: its simple name is asked first. */
  private static boolean isSuspended(VariableElement parameter) {
    for (AnnotationMirror annotation : parameter.getAnnotationMirrors()) {
      if (annotation.getAnnotationType().asElement().getSimpleName().contentEquals("Suspended")
          && ByName.name(annotation).endsWith(".container.Suspended")) {
        return true;
      }
    }
    return false;
  }

  /**
   * What {@code responder} (an {@code AsyncResponse}, a {@code DeferredResult}, a future) is resumed
   * or completed with, anywhere in the body, lambdas included: the first argument of each such call.
   */
  private Facts.Resumed resumed(VariableElement responder) {
    List<Value> values = new ArrayList<>();
    List<Facts.Thrown> errors = new ArrayList<>();
    for (TreePath completion : completions.getOrDefault(responder, List.of())) {
      MethodInvocationTree call = (MethodInvocationTree) completion.getLeaf();
      if (call.getArguments().isEmpty()) {
        continue;
      }
      TreePath argument = child(completion, call.getArguments().get(0));
      if (kinds.isThrowable(typeOf(argument))) {
        errors.addAll(exceptionsOf(argument, sites.of(call)));
      } else {
        values.addAll(eval(argument));
      }
    }
    return new Facts.Resumed(values, errors, escaping.contains(responder));
  }

  // ---- small things ----

  /** The static type of the expression at {@code path}, or {@code null}. */
  TypeMirror typeOf(TreePath path) {
    return trees.getTypeMirror(path);
  }

  /** A value the code does not show, typed by the expression's static type. */
  Value opaque(TreePath path, String because) {
    Site site = sites.of(path.getLeaf());
    TypeMirror type = trees.getTypeMirror(path);
    if (type != null && type.getKind() == TypeKind.ERROR) {
      // A type javac could not resolve (a helper class that is not generated): javac reports it.
      return Value.unknownResponse(because + " of a type javac could not resolve", site);
    }
    return switch (kinds.of(type)) {
      case RESPONSE -> Value.unknownResponse(because, site);
      case STATUS -> Value.status(Status.unknown(because), site);
      case HEADERS -> Value.headers(Set.of(), site);
      case NULL -> Value.nullValue(site);
      case ASYNC -> Value.async(new Value.Async(asyncName(type), new Value.Unknown(item(type, path), isVoidItem(type)), List.of(), site), site);
      default -> Value.entity(type, site);
    };
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

  /**
   * Whether {@code path} names the exception a handler is given: its parameter, a pattern variable
   * of it ({@code exception instanceof WebApplicationException wae}), or a local variable that
   * holds it ({@code WebApplicationException wae = (WebApplicationException) exception}).
   */
  private boolean isExceptionGiven(TreePath path) {
    if (isParameter(path)) {
      return true;
    }
    Element element = trees.getElement(path);
    if (element == null || exceptionParameter == null) {
      return false;
    }
    if (element.getKind().name().equals("BINDING_VARIABLE")) {
      return true;
    }
    List<TreePath> assigned = assignments.getOrDefault(element, List.of());
    return element.getKind() == ElementKind.LOCAL_VARIABLE
        && assigned.size() == 1
        && exceptionParameter.equals(trees.getElement(new TreePath(assigned.get(0), unwrap(assigned.get(0).getLeaf()))));
  }

  /** Whether {@code path} names a parameter of the method being read. */
  boolean isParameter(TreePath path) {
    Element element = trees.getElement(path);
    return element != null && element.getKind() == ElementKind.PARAMETER && method.getParameters().contains(element);
  }

  private static String simple(String qualifiedName) {
    return qualifiedName.substring(qualifiedName.lastIndexOf('.') + 1);
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

  /** What a {@code throw} (or an exception argument) throws: the expression's class, with its construction. */
  private List<Facts.Thrown> thrown(TreePath expression, Site site, List<TypeElement> caught, Guard guard) {
    Tree leaf = unwrap(expression.getLeaf());
    TreePath path = leaf == expression.getLeaf() ? expression : child(expression, leaf);
    if (leaf instanceof ConditionalExpressionTree conditional) {
      List<Facts.Thrown> both = new ArrayList<>(thrown(child(path, conditional.getTrueExpression()), site, caught, guard));
      both.addAll(thrown(child(path, conditional.getFalseExpression()), site, caught, guard));
      return both;
    }
    Optional<TypeElement> type = ByName.element(trees.getTypeMirror(path));
    if (type.isEmpty()) {
      return List.of();
    }
    if (leaf instanceof NewClassTree newClass && trees.getElement(path) instanceof ExecutableElement constructor) {
      boolean exact = newClass.getClassBody() == null;
      Facts.Construction construction = constructionOf(new Call(this, path, constructor, site));
      return List.of(new Facts.Thrown(type.get(), exact, construction, site, caught, List.of(), guard, null));
    }
    // An exception a variable holds, or a method of the compilation makes ({@code throw Errors.notFound(id)}).
    List<Facts.Thrown> out = new ArrayList<>();
    for (Value value : leaf instanceof MethodInvocationTree || leaf instanceof IdentifierTree ? eval(path) : List.<Value>of()) {
      if (value.kind() == Value.Kind.EXCEPTION && value.exception() != null) {
        Facts.Thrown made = value.exception();
        out.add(new Facts.Thrown(made.type(), made.exact(), made.construction(), site, caught, List.of(), guard, null));
      } else if (value.deferred() instanceof Value.Call) {
        out.add(new Facts.Thrown(type.get(), false, null, site, caught, List.of(), guard, null, value));
      }
    }
    if (out.isEmpty()) {
      out.add(new Facts.Thrown(type.get(), false, null, site, caught, List.of(), guard, null));
    }
    return out;
  }

  /** The constructor call of an exception, with the values of its status and response arguments. */
  private Facts.Construction constructionOf(Call call) {
    List<Value.Kind> parameters = new ArrayList<>();
    List<List<Value>> arguments = new ArrayList<>();
    for (int i = 0; i < call.count(); i++) {
      TypeMirror parameter = call.parameterType(i);
      Value.Kind kind = parameter.getKind() == TypeKind.INT ? Value.Kind.STATUS : kinds.of(parameter);
      parameters.add(kind);
      boolean matters = kind == Value.Kind.STATUS || kind == Value.Kind.RESPONSE;
      arguments.add(matters ? call.eval(i) : List.of());
    }
    return new Facts.Construction(call.owner(), parameters, arguments);
  }

  /** The exception types that catch blocks around {@code path}, up to {@code boundary}, catch. */
  private List<TypeElement> caught(TreePath path, Tree boundary) {
    List<TypeElement> caught = new ArrayList<>();
    Tree child = path.getLeaf();
    for (TreePath parent = path.getParentPath(); parent != null; child = parent.getLeaf(), parent = parent.getParentPath()) {
      Tree leaf = parent.getLeaf();
      if (leaf == methodPath.getLeaf() || leaf == boundary || leaf instanceof LambdaExpressionTree || leaf instanceof ClassTree) {
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

  /** Whether {@code path} is in a {@code catch} block, up to {@code boundary}. */
  private static boolean inCatch(TreePath path, Tree boundary) {
    for (TreePath parent = path.getParentPath(); parent != null; parent = parent.getParentPath()) {
      Tree leaf = parent.getLeaf();
      if (leaf == boundary || leaf instanceof LambdaExpressionTree || leaf instanceof ClassTree || leaf instanceof MethodTree) {
        return false;
      }
      if (leaf instanceof CatchTree) {
        return true;
      }
    }
    return false;
  }

  /** The tests of the handler's exception that lead to {@code path}; none where the method is no handler. */
  private Guard guard(TreePath path, Tree boundary) {
    if (exceptionParameter == null || boundary != ((MethodTree) methodPath.getLeaf()).getBody()) {
      return Guard.NONE;
    }
    List<Guard.Test> tests = new ArrayList<>();
    Tree child = path.getLeaf();
    for (TreePath parent = path.getParentPath(); parent != null; child = parent.getLeaf(), parent = parent.getParentPath()) {
      Tree leaf = parent.getLeaf();
      if (leaf == methodPath.getLeaf() || leaf instanceof LambdaExpressionTree || leaf instanceof ClassTree) {
        break;
      }
      if (leaf instanceof IfTree test) {
        if (child == test.getThenStatement()) {
          tests.addAll(tests(child(parent, test.getCondition()), true));
        } else if (child == test.getElseStatement()) {
          tests.addAll(tests(child(parent, test.getCondition()), false));
        }
      } else if (leaf instanceof ConditionalExpressionTree conditional) {
        if (child == conditional.getTrueExpression()) {
          tests.addAll(tests(child(parent, conditional.getCondition()), true));
        } else if (child == conditional.getFalseExpression()) {
          tests.addAll(tests(child(parent, conditional.getCondition()), false));
        }
      } else if (leaf instanceof BlockTree block) {
        for (StatementTree statement : block.getStatements()) {
          if (statement == child) {
            break;
          }
          if (statement instanceof IfTree test) {
            TreePath condition = child(child(parent, test), test.getCondition());
            if (test.getElseStatement() == null && !completesNormally(test.getThenStatement())) {
              tests.addAll(tests(condition, false));
            } else if (test.getElseStatement() != null
                && !completesNormally(test.getElseStatement())
                && completesNormally(test.getThenStatement())) {
              tests.addAll(tests(condition, true));
            }
          }
        }
      }
    }
    return new Guard(tests);
  }

  /**
   * The tests of the exception that a condition makes, when it holds ({@code holds}) or fails: the
   * tests of a conjunction that holds, of a disjunction that fails; none where the condition says
   * nothing sure of the exception's type.
   */
  private List<Guard.Test> tests(TreePath condition, boolean holds) {
    Tree leaf = condition.getLeaf();
    if (leaf instanceof ParenthesizedTree parenthesized) {
      return tests(child(condition, parenthesized.getExpression()), holds);
    }
    if (leaf.getKind() == Tree.Kind.LOGICAL_COMPLEMENT) {
      return tests(child(condition, ((UnaryTree) leaf).getExpression()), !holds);
    }
    if (leaf instanceof BinaryTree binary) {
      boolean and = leaf.getKind() == Tree.Kind.CONDITIONAL_AND;
      boolean or = leaf.getKind() == Tree.Kind.CONDITIONAL_OR;
      if ((and && holds) || (or && !holds)) {
        List<Guard.Test> both = new ArrayList<>(tests(child(condition, binary.getLeftOperand()), holds));
        both.addAll(tests(child(condition, binary.getRightOperand()), holds));
        return both;
      }
      if (leaf.getKind() == Tree.Kind.EQUAL_TO || leaf.getKind() == Tree.Kind.NOT_EQUAL_TO) {
        boolean equal = leaf.getKind() == Tree.Kind.EQUAL_TO;
        Optional<TypeElement> tested = classComparedTo(condition, binary.getLeftOperand(), binary.getRightOperand());
        if (tested.isPresent()) {
          return List.of(new Guard.Test(tested.get(), true, holds == equal));
        }
      }
      return List.of();
    }
    if (leaf instanceof InstanceOfTree instanceOf && isExceptionParameter(child(condition, instanceOf.getExpression()))) {
      Optional<TypeElement> type = ByName.element(trees.getTypeMirror(child(condition, instanceOf.getType())));
      return type.map(t -> List.of(new Guard.Test(t, false, holds))).orElse(List.of());
    }
    if (leaf instanceof MethodInvocationTree call
        && call.getMethodSelect() instanceof MemberSelectTree select
        && call.getArguments().size() == 1) {
      String name = select.getIdentifier().toString();
      TreePath receiver = child(child(condition, select), select.getExpression());
      TreePath argument = child(condition, call.getArguments().get(0));
      if (name.equals("isInstance") && isExceptionParameter(argument)) {
        Optional<TypeElement> type = classLiteral(receiver);
        return type.map(t -> List.of(new Guard.Test(t, false, holds))).orElse(List.of());
      }
      if (name.equals("equals")) {
        Optional<TypeElement> tested = classComparedTo(condition, select.getExpression(), call.getArguments().get(0));
        return tested.map(t -> List.of(new Guard.Test(t, true, holds))).orElse(List.of());
      }
    }
    return List.of();
  }

  /** The class of {@code X.class} when one side is it and the other is {@code e.getClass()}. */
  private Optional<TypeElement> classComparedTo(TreePath at, ExpressionTree left, ExpressionTree right) {
    for (ExpressionTree[] sides : new ExpressionTree[][] {{left, right}, {right, left}}) {
      Tree getClass = unwrap(sides[0]);
      if (getClass instanceof MethodInvocationTree call
          && call.getArguments().isEmpty()
          && call.getMethodSelect() instanceof MemberSelectTree select
          && select.getIdentifier().contentEquals("getClass")
          && isExceptionParameter(child(child(child(at, getClass), select), select.getExpression()))) {
        Optional<TypeElement> literal = classLiteral(child(at, sides[1]));
        if (literal.isPresent()) {
          return literal;
        }
      }
    }
    return Optional.empty();
  }

  private boolean isExceptionParameter(TreePath path) {
    Tree leaf = unwrap(path.getLeaf());
    return exceptionParameter != null
        && leaf instanceof IdentifierTree
        && exceptionParameter.equals(trees.getElement(leaf == path.getLeaf() ? path : child(path, leaf)));
  }

  /** Whether a statement may complete normally: it does not end in a {@code return} or {@code throw} on every path. */
  private static boolean completesNormally(StatementTree statement) {
    if (statement instanceof ReturnTree || statement instanceof ThrowTree) {
      return false;
    }
    if (statement instanceof BlockTree block) {
      List<? extends StatementTree> statements = block.getStatements();
      return statements.isEmpty() || completesNormally(statements.get(statements.size() - 1));
    }
    if (statement instanceof IfTree test) {
      return test.getElseStatement() == null
          || completesNormally(test.getThenStatement())
          || completesNormally(test.getElseStatement());
    }
    return true;
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
      if (root != node.getExpression() && root instanceof IdentifierTree && !inLambda()) {
        Element variable = trees.getElement(child(getCurrentPath(), root));
        if (variable != null && isLocal(variable)) {
          mutations.computeIfAbsent(variable, v -> new ArrayList<>()).add(child(getCurrentPath(), node.getExpression()));
        }
      }
      return super.visitExpressionStatement(node, unused);
    }

    /**
     * Calls that complete an asynchronous variable ({@code setResult}, {@code resume}), wherever they
     * are, and calls that hand such a variable to other code.
     */
    @Override
    public Void visitMethodInvocation(MethodInvocationTree node, Void unused) {
      if (node.getMethodSelect() instanceof MemberSelectTree select
          && unwrap(select.getExpression()) instanceof IdentifierTree receiver
          && trees.getElement(getCurrentPath()) instanceof ExecutableElement callee
          && callee.getEnclosingElement() instanceof TypeElement declaring) {
        Element variable = trees.getElement(child(getCurrentPath(), receiver));
        if (variable instanceof VariableElement && isCompletable(variable)
            && library.completes(ByName.name(declaring), callee.getSimpleName().toString())) {
          completions.computeIfAbsent(variable, v -> new ArrayList<>()).add(getCurrentPath());
        }
      }
      for (ExpressionTree argument : node.getArguments()) {
        if (unwrap(argument) instanceof IdentifierTree identifier) {
          Element variable = trees.getElement(child(getCurrentPath(), identifier));
          if (variable instanceof VariableElement && isCompletable(variable)) {
            escaping.add(variable);
          }
        }
      }
      return super.visitMethodInvocation(node, unused);
    }

    private boolean isCompletable(Element variable) {
      if (!(isLocal(variable) || variable.getKind() == ElementKind.PARAMETER)) {
        return false;
      }
      Optional<TypeElement> type = ByName.element(variable.asType());
      return type.isPresent() && kinds.isCompletable(type.get());
    }

    private boolean inLambda() {
      for (TreePath path = getCurrentPath(); path != null; path = path.getParentPath()) {
        if (path.getLeaf() instanceof LambdaExpressionTree) {
          return true;
        }
      }
      return false;
    }

    @Override
    public Void visitClass(ClassTree node, Void unused) {
      return null;
    }

    private boolean isLocal(Element variable) {
      return variable.getKind() == ElementKind.LOCAL_VARIABLE || variable.getKind() == ElementKind.RESOURCE_VARIABLE;
    }
  }

  /** Collects the returns, throws and calls of a body, outside the lambdas and local classes in it. */
  private final class Body extends TreePathScanner<Void, Void> {
    final List<Facts.Guarded> returns = new ArrayList<>();
    final List<Facts.Thrown> thrown = new ArrayList<>();
    final List<Facts.CallSite> calls = new ArrayList<>();
    final Set<String> classesNamed = new LinkedHashSet<>();
    final Tree boundary;
    boolean returnsVoid;

    Body(Tree boundary) {
      this.boundary = boundary;
    }

    /** Scans a lambda's expression body, for its calls. */
    void scanExpression(TreePath path, ExpressionTree expression) {
      scan(path, null);
    }

    @Override
    public Void visitReturn(ReturnTree node, Void unused) {
      if (node.getExpression() == null) {
        returnsVoid = true;
      } else {
        Guard guard = guard(getCurrentPath(), boundary);
        for (Value value : eval(child(getCurrentPath(), node.getExpression()))) {
          returns.add(new Facts.Guarded(value, guard));
        }
      }
      return super.visitReturn(node, unused);
    }

    @Override
    public Void visitThrow(ThrowTree node, Void unused) {
      boolean inCatch = inCatch(getCurrentPath(), boundary);
      for (Facts.Thrown one :
          thrown(child(getCurrentPath(), node.getExpression()), sites.of(node), caught(getCurrentPath(), boundary),
              guard(getCurrentPath(), boundary))) {
        thrown.add(one.rethrown(inCatch));
      }
      return super.visitThrow(node, unused);
    }

    @Override
    public Void visitNewClass(NewClassTree node, Void unused) {
      TreePath path = getCurrentPath();
      if (trees.getElement(path) instanceof ExecutableElement constructor && hasSource.test(constructor)) {
        classesNamed.add(ByName.name((TypeElement) constructor.getEnclosingElement()));
        calls.add(
            new Facts.CallSite(
                constructor, callName(constructor), true, List.of(),
                sites.of(node), caught(path, boundary), guard(path, boundary), List.of(), null, List.of()));
      }
      return super.visitNewClass(node, unused);
    }

    @Override
    public Void visitMethodInvocation(MethodInvocationTree node, Void unused) {
      TreePath path = getCurrentPath();
      if (trees.getElement(path) instanceof ExecutableElement callee) {
        Site site = sites.of(node);
        List<TypeElement> caught = caught(path, boundary);
        Guard guard = guard(path, boundary);
        List<TypeElement> declared = new ArrayList<>();
        for (TypeMirror type : thrownTypes(path, node, callee)) {
          ByName.element(type).ifPresent(exception -> {
            Optional<TreePath> supplier = exceptionSupplier(path, node, exception);
            if (supplier.isPresent()
                && supplier.get().getLeaf() instanceof MemberReferenceTree reference
                && reference.getMode() == MemberReferenceTree.ReferenceMode.INVOKE
                && trees.getElement(supplier.get()) instanceof ExecutableElement factory) {
              Value made = Value.call(factory, factory.getSimpleName() + "()", Value.Kind.EXCEPTION, List.of(), true, site);
              thrown.add(new Facts.Thrown(exception, false, null, site, caught, List.of(), guard, null, made));
            } else if (supplier.isPresent() && supplier.get().getLeaf() instanceof MemberReferenceTree) {
              thrown.add(new Facts.Thrown(exception, true, null, site, caught, List.of(), guard, null));
            } else if (supplier.isPresent()) {
              thrown.addAll(thrown(supplier.get(), site, caught, guard));
            } else {
              declared.add(exception);
            }
          });
        }
        Call call = new Call(Reader.this, path, callee, site);
        Value invoked = null;
        if (Kinds.isFunctionalMethod(callee) && node.getMethodSelect() instanceof MemberSelectTree select) {
          List<Value> functions = eval(child(child(path, select), select.getExpression()));
          if (functions.size() == 1
              && (functions.get(0).deferred() instanceof Value.Var || functions.get(0).kind() == Value.Kind.FUNCTION)) {
            invoked = functions.get(0);
          }
        }
        boolean source = followable(callee);
        List<Value> callbacks = new ArrayList<>();
        if (library.runsCallbacks(call.owner())) {
          for (int i = 0; i < call.count(); i++) {
            if (unwrap(call.argument(i).getLeaf()) instanceof LambdaExpressionTree) {
              callbacks.add(function(call.argument(i)));
            }
          }
        }
        boolean libraryCall = library.effect(call.owner(), call.name(), call.count(), () -> firstParameter(callee)).isPresent();
        if ((source && !libraryCall) || !declared.isEmpty() || invoked != null || !callbacks.isEmpty()) {
          List<List<Value>> arguments = source && !libraryCall ? functionArguments(call) : List.of();
          // A library method's name says nothing of where an exception comes from: what its
          // callbacks throw is named by what they call.
          String name = source || !declared.isEmpty() ? callName(callee) : "";
          calls.add(
              new Facts.CallSite(
                  callee, name, exact(callee, node), declared, site, caught, guard, arguments, invoked, callbacks));
        }
      }
      return super.visitMethodInvocation(node, unused);
    }

    @Override
    public Void visitMemberSelect(MemberSelectTree node, Void unused) {
      if (node.getIdentifier().contentEquals("class")
          && trees.getElement(child(getCurrentPath(), node.getExpression())) instanceof TypeElement named
          && hasSource.test(named)) {
        classesNamed.add(ByName.name(named));
      }
      return super.visitMemberSelect(node, unused);
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

  /** The function values of a call's lambda and method reference arguments; empty lists for the others. */
  private List<List<Value>> functionArguments(Call call) {
    List<List<Value>> arguments = new ArrayList<>();
    boolean any = false;
    for (int i = 0; i < call.count(); i++) {
      if (isFunctionArgument(call.argument(i))) {
        arguments.add(List.of(function(call.argument(i))));
        any = true;
      } else if (kinds.of(call.parameterType(i)) == Value.Kind.FUNCTION) {
        arguments.add(call.eval(i));
        any = true;
      } else {
        arguments.add(List.of());
      }
    }
    return any ? arguments : List.of();
  }

  /** The exception types a call throws, as javac instantiated them at the call. */
  private List<? extends TypeMirror> thrownTypes(TreePath path, MethodInvocationTree node, ExecutableElement callee) {
    TypeMirror type = trees.getTypeMirror(child(path, node.getMethodSelect()));
    List<? extends TypeMirror> thrown = type instanceof ExecutableType executable ? executable.getThrownTypes() : callee.getThrownTypes();
    return thrown.stream().filter(t -> t.getKind() == TypeKind.DECLARED && kinds.isThrowable(t)).toList();
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
        if (unwrap(body) instanceof MethodInvocationTree
            && trees.getElement(argumentPath) instanceof ExecutableElement factory
            && followable(factory)) {
          return Optional.of(argumentPath);
        }
      } else if (argument instanceof MemberReferenceTree reference
          && reference.getMode() == MemberReferenceTree.ReferenceMode.NEW
          && trees.getElement(argumentPath) instanceof ExecutableElement constructor
          && constructor.getEnclosingElement().equals(exception)) {
        return Optional.of(argumentPath);
      } else if (argument instanceof MemberReferenceTree reference
          && reference.getMode() == MemberReferenceTree.ReferenceMode.INVOKE
          && trees.getElement(argumentPath) instanceof ExecutableElement factory
          && factory.getModifiers().contains(Modifier.STATIC)
          && followable(factory)) {
        return Optional.of(argumentPath);
      }
    }
    return Optional.empty();
  }
}
