package dev.statuscontract.processor.analysis;

import com.sun.source.tree.ExpressionTree;
import com.sun.source.tree.MemberSelectTree;
import com.sun.source.tree.MethodInvocationTree;
import com.sun.source.tree.NewClassTree;
import com.sun.source.tree.Tree;
import com.sun.source.util.TreePath;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.TypeMirror;

/**
 * A method call or {@code new} expression that {@link Idioms} interpret, with what they need to
 * read its receiver and arguments.
 */
final class Call {

  private final Reader reader;
  private final TreePath path;
  private final ExecutableElement method;
  private final Site site;

  Call(Reader reader, TreePath path, ExecutableElement method, Site site) {
    this.reader = reader;
    this.path = path;
    this.method = method;
    this.site = site;
  }

  ExecutableElement method() {
    return method;
  }

  String name() {
    return method.getSimpleName().toString();
  }

  /** The qualified name of the class that declares the method or constructor. */
  String owner() {
    return ((TypeElement) method.getEnclosingElement()).getQualifiedName().toString();
  }

  boolean isStatic() {
    return method.getModifiers().contains(Modifier.STATIC);
  }

  /** The tree where a response made by this call is produced. */
  Site site() {
    return site;
  }

  Reader reader() {
    return reader;
  }

  int argumentCount() {
    return arguments().size();
  }

  TreePath argument(int index) {
    return new TreePath(path, arguments().get(index));
  }

  /** The static type of the {@code index}th argument, where javac knows it. */
  TypeMirror argumentType(int index) {
    return index < argumentCount() ? reader.typeOf(argument(index)) : null;
  }

  /** The declared type of the {@code index}th parameter (the last for varargs beyond it). */
  TypeMirror parameterType(int index) {
    int last = method.getParameters().size() - 1;
    return method.getParameters().get(Math.min(index, last)).asType();
  }

  /** Whether the {@code index}th parameter's type has one of the names. */
  boolean parameterIs(int index, Set<String> names) {
    return index < method.getParameters().size() && ByName.isA(parameterType(index), names);
  }

  /** Whether the {@code index}th argument is the literal {@code null}. */
  boolean isNullArgument(int index) {
    return index < argumentCount() && Reader.unwrap(arguments().get(index)).getKind() == Tree.Kind.NULL_LITERAL;
  }

  /** The value of the {@code index}th argument when it is a string constant. */
  Optional<String> constantString(int index) {
    return index < argumentCount() ? reader.constantString(argument(index)) : Optional.empty();
  }

  /** The values of the argument. */
  List<Value> eval(int index) {
    return reader.eval(argument(index));
  }

  /** The values of the receiver of a method call ({@code builder} in {@code builder.header(...)}). */
  List<Value> receiver() {
    if (path.getLeaf() instanceof MethodInvocationTree invocation
        && invocation.getMethodSelect() instanceof MemberSelectTree select) {
      return reader.eval(new TreePath(new TreePath(path, select), select.getExpression()));
    }
    return List.of(Value.unknownResponse("an implicit receiver", site));
  }

  /** The receiver expression's path, for a call with an explicit receiver. */
  Optional<TreePath> receiverPath() {
    if (path.getLeaf() instanceof MethodInvocationTree invocation
        && invocation.getMethodSelect() instanceof MemberSelectTree select) {
      return Optional.of(new TreePath(new TreePath(path, select), select.getExpression()));
    }
    return Optional.empty();
  }

  /**
   * Responses with the statuses that the {@code index}th argument may hold (an {@code int}, a
   * status enum constant, a status object), with the given headers and content.
   */
  List<Value> withStatus(int index, Set<String> headers, boolean body) {
    List<Value> out = new ArrayList<>();
    for (Value status : eval(index)) {
      if (status.deferred() != null) {
        out.add(
            new Value(Value.Kind.RESPONSE, null, headers, body, null, status.deferred(), site, site, status.calls()));
      } else {
        Status code =
            status.kind() == Value.Kind.STATUS && status.status() != null
                ? status.status()
                : Status.unknown("a status that is not a constant");
        out.add(Value.response(code, headers, body, site));
      }
    }
    return out;
  }

  /** Each receiver value with the {@code index}th argument's statuses instead of its own. */
  List<Value> receiverWithStatus(int index) {
    List<Value> out = new ArrayList<>();
    List<Value> statuses = eval(index);
    for (Value receiver : receiver()) {
      for (Value status : statuses) {
        Status code =
            status.kind() == Value.Kind.STATUS && status.status() != null && status.deferred() == null
                ? status.status()
                : Status.unknown("a status that is not a constant");
        out.add(receiver.withStatus(code, site));
      }
    }
    return out;
  }

  /** The receiver's values with {@code headers} added. */
  List<Value> receiverWithHeaders(Set<String> headers) {
    return receiver().stream().map(value -> value.withHeaders(headers)).toList();
  }

  /** The receiver's values as status values, for {@code response.getStatus()}. */
  List<Value> receiverAsStatus() {
    return receiver().stream()
        .map(
            value ->
                new Value(
                    Value.Kind.STATUS,
                    value.status(),
                    Set.of(),
                    false,
                    null,
                    value.deferred(),
                    value.site(),
                    value.origin(),
                    value.calls()))
        .toList();
  }

  private List<? extends ExpressionTree> arguments() {
    Tree leaf = path.getLeaf();
    if (leaf instanceof MethodInvocationTree invocation) {
      return invocation.getArguments();
    }
    if (leaf instanceof NewClassTree construction) {
      return construction.getArguments();
    }
    return List.of();
  }
}
