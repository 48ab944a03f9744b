package dev.statuscontract.processor.analysis;

import com.sun.source.tree.ExpressionTree;
import com.sun.source.tree.MemberSelectTree;
import com.sun.source.tree.MethodInvocationTree;
import com.sun.source.tree.NewClassTree;
import com.sun.source.tree.Tree;
import com.sun.source.util.TreePath;
import java.util.List;
import java.util.Optional;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.type.TypeMirror;

/** A method call or {@code new} expression written in the code being read. */
final class Call implements Args {

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

  @Override
  public ExecutableElement method() {
    return method;
  }

  @Override
  public Site site() {
    return site;
  }

  TreePath path() {
    return path;
  }

  Reader reader() {
    return reader;
  }

  @Override
  public int count() {
    return arguments().size();
  }

  TreePath argument(int index) {
    return new TreePath(path, arguments().get(index));
  }

  @Override
  public TypeMirror type(int index) {
    return index < count() ? reader.typeOf(argument(index)) : null;
  }

  @Override
  public boolean isNull(int index) {
    return index < count() && Reader.unwrap(arguments().get(index)).getKind() == Tree.Kind.NULL_LITERAL;
  }

  @Override
  public Optional<String> constantString(int index) {
    return index < count() ? reader.constantString(argument(index)) : Optional.empty();
  }

  @Override
  public List<Value> eval(int index) {
    return reader.eval(argument(index));
  }

  @Override
  public List<Value> receiver() {
    return receiverPath().map(reader::eval).orElseGet(() -> List.of(Value.unknownResponse("an implicit receiver", site)));
  }

  /** The receiver expression's path, for a call with an explicit receiver. */
  Optional<TreePath> receiverPath() {
    if (path.getLeaf() instanceof MethodInvocationTree invocation
        && invocation.getMethodSelect() instanceof MemberSelectTree select) {
      return Optional.of(new TreePath(new TreePath(path, select), select.getExpression()));
    }
    return Optional.empty();
  }

  @Override
  public Value opaque(String because) {
    return reader.opaque(path, because);
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
