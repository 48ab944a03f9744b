package dev.statuscontract.processor.analysis;

import dev.statuscontract.processor.frameworks.ExceptionHandlers;
import dev.statuscontract.processor.frameworks.ExceptionModel;
import dev.statuscontract.processor.frameworks.Family;
import dev.statuscontract.processor.frameworks.FrameworkAnswer;
import dev.statuscontract.processor.frameworks.Handler;
import dev.statuscontract.processor.frameworks.Library;
import dev.statuscontract.processor.frameworks.Registry;
import dev.statuscontract.processor.lang.ByName;
import dev.statuscontract.processor.model.Answer;
import dev.statuscontract.processor.model.Framework;
import dev.statuscontract.processor.model.Origin;
import dev.statuscontract.processor.model.Status;
import dev.statuscontract.processor.model.StatusNames;
import dev.statuscontract.processor.model.TypeRef;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;

/**
 * Turns what a method's body resolves to into the model's {@link Answer}s, as the framework that
 * maps the endpoint runs it: a returned entity, {@code null} or {@code void} get the framework's
 * default status; a pipeline answers what it emits, and completing empty answers as the framework
 * says; each exception goes to the handler the framework picks (by type, as the handler's own
 * tests of the exception's type decide), or else to the framework's own answer for it.
 */
final class Answering {

  private final Resolver resolver;
  private final Elements elements;
  private final Types types;
  private final Collection<TypeElement> classes;
  private final Function<TypeMirror, TypeRef> typeRefs;
  private final java.util.function.Predicate<javax.lang.model.element.Element> inCompilation;
  private final Set<String> registered;
  private final Map<String, List<ExceptionHandlers>> handlers = new HashMap<>();

  /**
   * @param inCompilation whether an element belongs to a class of the compilation's sources
   * @param registered the classes the compilation instantiates or names by a class literal
   */
  Answering(
      Resolver resolver,
      Elements elements,
      Types types,
      Collection<TypeElement> classes,
      Function<TypeMirror, TypeRef> typeRefs,
      java.util.function.Predicate<javax.lang.model.element.Element> inCompilation,
      Set<String> registered) {
    this.registered = registered;
    this.resolver = resolver;
    this.elements = elements;
    this.types = types;
    this.classes = classes;
    this.typeRefs = typeRefs;
    this.inCompilation = inCompilation;
  }

  /** How one endpoint's answers are made: its framework, its defaults, and whether body types are wanted. */
  private record Context(
      Framework framework, Library library, ExecutableElement endpoint, TypeElement controller, boolean bodyTypes) {}

  /**
   * What {@code method}, an endpoint of {@code framework} served by {@code controller}, answers;
   * empty when its body was not read.
   */
  Optional<List<Answer>> answers(ExecutableElement method, TypeElement controller, Framework framework, boolean bodyTypes) {
    Facts own = resolver.facts(method);
    if (own == null) {
      return Optional.empty();
    }
    Context context = new Context(framework, Registry.library(framework), method, controller, bodyTypes);
    Family.Defaults defaults = Registry.defaults(framework, method);
    Resolver.Resolved resolved = resolver.resolve(own, 0);
    Map<Object, Answer> out = new LinkedHashMap<>();
    for (Facts.Guarded returned : resolved.returns()) {
      answer(returned.value(), defaults, context, null, null, List.of(), out);
    }
    if (own.responder()) {
      for (Value value : own.resumed().values()) {
        for (Value filled : resolver.fill(value, 0)) {
          answer(filled, defaults, context, null, null, List.of(), out);
        }
      }
      for (Facts.Thrown error : own.resumed().errors()) {
        mapped(error, context, out);
      }
      if (own.resumed().escapes()) {
        add(out, context, Value.unknownResponse("what other code resumes the AsyncResponse with", own.site()), defaults, null, null, List.of());
      }
    } else if (own.completesNormally()) {
      answer(Value.nullValue(own.site()), defaults, context, null, null, List.of(), out);
    }
    for (Facts.Thrown thrown : resolved.thrown()) {
      if (thrown.invoked() == null) {
        mapped(thrown, context, out);
      }
    }
    return Optional.of(List.copyOf(out.values()));
  }

  /** The statuses the framework answers by itself for the endpoint, or that the application's handlers make of them. */
  List<Answer> frameworkAnswers(
      ExecutableElement method, TypeElement controller, Framework framework, List<FrameworkAnswer> answers) {
    if (answers.isEmpty()) {
      return List.of();
    }
    Context context = new Context(framework, Registry.library(framework), method, controller, false);
    List<Answer> out = new ArrayList<>();
    for (FrameworkAnswer answer : answers) {
      Origin place =
          answer.annotation().map(a -> Origin.of(answer.element(), a)).orElseGet(() -> Origin.of(answer.element()));
      Optional<TypeElement> exception = answer.exception().map(elements::getTypeElement);
      if (exception.isPresent() && exception.get() != null) {
        List<Handler> chosen = best(candidates(context, exception.get()));
        if (!chosen.isEmpty()) {
          Map<Object, Answer> handled = new LinkedHashMap<>();
          Facts.Thrown thrown =
              new Facts.Thrown(exception.get(), false, null, null, List.of(), List.of(), Guard.NONE, null);
          handle(thrown, chosen, context, handled);
          for (Answer one : handled.values()) {
            out.add(
                new Answer(
                    one.status(), one.headers(), one.body(), one.bodyType(), place, 0,
                    "through " + answer.because() + ", " + one.via().replaceFirst("^through exception [^ ]+ ", ""),
                    answer.exception(), Answer.Cause.FRAMEWORK));
          }
          continue;
        }
      }
      out.add(
          new Answer(
              Status.of(answer.code()), Set.of(), false, Optional.empty(), place, 0, "through " + answer.because(),
              answer.exception(), Answer.Cause.FRAMEWORK));
    }
    return out;
  }

  /** Adds the answers of {@code value}, a returned value, an item, a handler's return. */
  private void answer(
      Value value, Family.Defaults defaults, Context context, Facts.Thrown exception, Handler handler, List<String> outer,
      Map<Object, Answer> out) {
    if (value.kind() == Value.Kind.ASYNC && value.async() == null) {
      // A pipeline that comes from code the analysis does not read: its items are of the method's
      // item type, and whether it completes empty is unknown.
      value = unknownPipeline(value, handler != null ? handler.method() : context.endpoint());
    }
    if (value.kind() == Value.Kind.ASYNC && value.async() != null) {
      Library.AsyncType type =
          context.library().asyncType(value.async().type()).orElse(new Library.AsyncType(false, false, false));
      Pipelines.State state = Pipelines.state(value.async(), resolver, 0);
      if (!value.calls().isEmpty()) {
        // Assembled by the methods it came through: answered where the endpoint calls them.
        state = Pipelines.resite(state, value.site(), value.calls());
      }
      if (type.stream()) {
        add(out, context, Value.entity(value.site()), defaults, exception, handler, outer);
      } else {
        for (Value item : state.items()) {
          if (item.kind() == Value.Kind.ASYNC) {
            add(out, context, Value.entity(item.site()), defaults, exception, handler, outer);
          } else {
            add(out, context, item, defaults, exception, handler, outer);
          }
        }
        Site emptySite = state.emptySite() != null ? state.emptySite() : value.site();
        if (state.empty() == Pipelines.Empty.YES && type.emptyAnswers()) {
          Value empty = Value.nullValue(emptySite).through("an empty completion of the " + simple(value.async().type()));
          add(out, context, empty, defaults, exception, handler, outer);
        } else if (state.empty() == Pipelines.Empty.UNKNOWN) {
          add(out, context,
              Value.unknownResponse("whether the " + simple(value.async().type()) + " completes without an item", emptySite),
              defaults, exception, handler, outer);
        }
      }
      for (Facts.Thrown error : state.errors()) {
        if (error.invoked() == null) {
          if (exception == null) {
            mapped(error, context, out);
          }
        }
      }
      return;
    }
    add(out, context, value, defaults, exception, handler, outer);
  }

  /** A pipeline of {@code method}'s return type whose source the code does not show. */
  private Value unknownPipeline(Value value, ExecutableElement method) {
    TypeMirror returned = method.getReturnType();
    String type = resolver.kinds().asyncType(returned).orElse(ByName.name(returned));
    TypeMirror itemType = Kinds.itemType(returned);
    boolean voidItem = itemType != null && ByName.name(itemType).equals("java.lang.Void");
    String because =
        value.status() instanceof Status.Unknown unknown ? unknown.because() : "a pipeline the code does not show";
    Value item =
        itemType == null || voidItem
            ? null
            : resolver.kinds().of(itemType) == Value.Kind.ENTITY
                ? Value.entity(itemType, value.site())
                : Value.unknownResponse(because, value.site());
    return Value.async(new Value.Async(type, new Value.Unknown(item, voidItem), List.of(), value.site()), value.site());
  }

  /** Adds the answer of one plain value. */
  private void add(
      Map<Object, Answer> out, Context context, Value value, Family.Defaults defaults, Facts.Thrown exception, Handler handler,
      List<String> outer) {
    Value plain = value.deferred() == null ? value : value.unresolved(because(value));
    if (defaults != null && (exception == null || handler != null) && plain.kind() != Value.Kind.RESPONSE) {
      List<Value> set = containerAnswers(plain, handler != null ? handler.method() : context.endpoint());
      if (!set.isEmpty()) {
        for (Value one : set) {
          add(out, context, one, null, exception, handler, outer);
        }
        return;
      }
    }
    Status status;
    boolean body;
    Set<String> headers = plain.headers();
    switch (plain.kind()) {
      case RESPONSE -> {
        status = plain.status() != null ? plain.status() : Status.unknown("a response without a visible status");
        body = plain.hasBody();
      }
      case NULL -> {
        status = defaults == null ? Status.unknown("no response") : Status.of(defaults.empty());
        body = false;
        headers = Set.of();
      }
      default -> {
        status = defaults == null ? Status.unknown("no response") : Status.of(defaults.entity());
        body = true;
        headers = Set.of();
      }
    }
    Site site = exception != null ? exception.site() : plain.site();
    // The methods it came through, in the endpoint's code: those a handler calls are its own.
    List<String> calls = new ArrayList<>();
    if (exception != null) {
      calls.addAll(exception.calls());
      calls.addAll(outer);
    } else {
      calls.addAll(outer);
      calls.addAll(plain.calls());
    }
    StringBuilder via = new StringBuilder();
    if (!calls.isEmpty()) {
      via.append("through ").append(String.join(" → ", calls));
    }
    if (exception != null && exception.type() != null) {
      via.append(via.length() == 0 ? "" : ", ").append("through exception ").append(ByName.name(exception.type()));
      if (handler != null) {
        via.append(" mapped by ").append(handler.name());
      }
    }
    Optional<TypeRef> bodyType = Optional.empty();
    if (context.bodyTypes() && body) {
      bodyType = handler != null ? handlerBody(context, handler) : Optional.empty();
      if (bodyType.isEmpty() && plain.content() != null) {
        bodyType = Optional.of(typeRefs.apply(plain.content())).filter(TypeRef::namesEntity);
      }
    }
    Origin place =
        site != null && site.printable()
            ? Origin.inBody(context.endpoint(), site)
            : Origin.of(context.endpoint());
    Optional<Origin> decided =
        handler != null && plain.origin() != null && plain.origin().printable()
            ? Optional.of(Origin.inBody(handler.method(), plain.origin()))
            : Optional.empty();
    Answer answer =
        new Answer(
            status, headers, body, bodyType, place, site == null ? 0 : site.line(),
            via.length() == 0 ? "directly" : via.toString(),
            exception == null || exception.type() == null ? Optional.empty() : Optional.of(ByName.name(exception.type())),
            Answer.Cause.CODE,
            handler == null ? Optional.empty() : Optional.of(handler.name()),
            decided);
    out.putIfAbsent(
        List.of(answer.status().toString(), answer.headers().toString(), answer.body(), answer.line(), answer.via(),
            site == null ? "" : site.file(), site == null ? -1L : site.position(), String.valueOf(status)),
        answer);
  }

  /**
   * Where {@code method} sets the status on the container's own response, what a value that leaves
   * the status to the framework answers instead: the status every path sets, or else what the
   * framework would answer is unknown; and each status set on some paths only, after the last one
   * that every path sets. Empty where the method sets none.
   */
  private List<Value> containerAnswers(Value plain, ExecutableElement method) {
    Facts facts = resolver.facts(method);
    if (facts == null || facts.containerStatuses().isEmpty()) {
      return List.of();
    }
    List<Facts.ContainerStatus> set = facts.containerStatuses();
    int last = -1;
    for (int i = 0; i < set.size(); i++) {
      if (set.get(i).always()) {
        last = i;
      }
    }
    boolean body = plain.kind() != Value.Kind.NULL;
    List<Value> out = new ArrayList<>();
    if (last < 0) {
      out.add(Value.unknownResponse(set.get(0).status() instanceof Status.Unknown unknown ? unknown.because()
          : "the status the code sets on the container's response, on some paths", plain.site()));
    }
    for (int i = Math.max(last, 0); i < set.size(); i++) {
      Facts.ContainerStatus one = set.get(i);
      if (last < 0 && one.status() instanceof Status.Unknown) {
        continue;
      }
      Set<String> headers = new java.util.HashSet<>(one.headers());
      // The code may set headers on the container's response too, which the analysis does not follow.
      headers.add(Answer.ANY_HEADER);
      out.add(Value.response(one.status(), headers, body, body ? plain.content() : null, one.site()));
    }
    return out;
  }

  private static String because(Value value) {
    if (value.deferred() instanceof Value.Var var) {
      return "the parameter " + var.name();
    }
    if (value.deferred() instanceof Value.Invoke) {
      return "the result of a function the code does not show";
    }
    if (value.deferred() instanceof Value.ExceptionOwn) {
      return "the response of an exception passed in";
    }
    return "a response that cannot be followed";
  }

  /** The type a handler's return type names as the body of its responses: {@code Problem} for {@code ResponseEntity<Problem>}. */
  private Optional<TypeRef> handlerBody(Context context, Handler handler) {
    TypeMirror returned = handler.method().getReturnType();
    if (returned.getKind() == javax.lang.model.type.TypeKind.VOID) {
      return Optional.empty();
    }
    return context.framework().entityOf(typeRefs.apply(returned));
  }

  /** Adds the answers the framework and the application's handlers make of {@code thrown}. */
  private void mapped(Facts.Thrown thrown, Context context, Map<Object, Answer> out) {
    if (thrown.type() == null || !meant(thrown, context)) {
      return;
    }
    List<Handler> chosen = best(candidates(context, thrown.type()));
    if (!chosen.isEmpty()) {
      handle(thrown, chosen, context, out);
      return;
    }
    for (Value value : exceptionResponses(thrown, context)) {
      add(out, context, value.asResponse(), null, thrown, null, value.calls());
    }
  }

  /**
   * Whether an exception is thrown to answer a status, as far as the code shows: one of the
   * application's own classes, or one the framework answers a status for by itself, wherever it is
   * thrown; a general-purpose exception ({@code IllegalArgumentException}, {@code IOException}) only
   * where the endpoint throws it or a method it calls does, and not where that method turns another
   * exception into it in a {@code catch} block. Deeper in the code such exceptions check arguments
   * and invariants ("cannot happen") far more often than they answer a request, and a finding about
   * them would be a guess.
   */
  private boolean meant(Facts.Thrown thrown, Context context) {
    if (inCompilation.test(thrown.type()) || !exceptionResponses(thrown, context).isEmpty() || mappedAsItself(thrown, context)) {
      return true;
    }
    int depth = thrown.calls().size();
    return depth == 0 || (depth == 1 && !thrown.rethrown());
  }

  /**
   * Whether the application handles {@code thrown} by a handler of its own class or of a superclass
   * that is not the JDK's ({@code AccessDeniedExceptionMapper} for a library's {@code
   * AccessDeniedException}): a handler written for it says the code throws it to answer a status.
   */
  private boolean mappedAsItself(Facts.Thrown thrown, Context context) {
    List<TypeElement> chain = ByName.superclasses(thrown.type());
    for (Handler handler : best(candidates(context, thrown.type()))) {
      if (handler.distance() < chain.size() && !ByName.name(chain.get(handler.distance())).startsWith("java.")) {
        return true;
      }
    }
    return false;
  }

  /** Adds what {@code handlers} answer for {@code thrown}, each only on the paths its tests of the exception let it reach. */
  private void handle(Facts.Thrown thrown, List<Handler> handlers, Context context, Map<Object, Answer> out) {
    for (Handler handler : handlers) {
      Facts facts = resolver.facts(handler.method());
      Family.Defaults defaults = Registry.defaults(context.framework(), handler.method());
      if (facts == null) {
        add(out, context, Value.unknownResponse("the handler " + handler.name() + ", whose body was not read", thrown.site()),
            defaults, thrown, handler, List.of());
        continue;
      }
      Resolver.Resolved resolved = resolver.resolve(facts, 0);
      for (Facts.Guarded returned : resolved.returns()) {
        if (!returned.guard().admits(thrown.type(), thrown.exact())) {
          continue;
        }
        Value value = returned.value();
        if (value.deferred() instanceof Value.ExceptionOwn) {
          List<Value> own = exceptionResponses(thrown, context);
          if (own.isEmpty()) {
            add(out, context, value.unresolved("the response of a " + thrown.type().getSimpleName() + ", which has none of its own"),
                defaults, thrown, handler, List.of());
          }
          for (Value response : own) {
            add(out, context, value.fill(response, null), defaults, thrown, handler, List.of());
          }
          continue;
        }
        answer(value, defaults, context, thrown, handler, List.of(), out);
      }
      if (facts.completesNormally()) {
        add(out, context, Value.nullValue(facts.site()), defaults, thrown, handler, List.of());
      }
    }
  }

  /** The handlers of every family that applies, for {@code exception} thrown by the endpoint's controller. */
  private List<Handler> candidates(Context context, TypeElement exception) {
    List<ExceptionHandlers> indexes =
        handlers.computeIfAbsent(
            context.framework().id(),
            id -> {
              List<ExceptionHandlers> found = new ArrayList<>();
              for (Family family : Registry.applying(context.framework())) {
                family.handlers(context.framework(), classes, registered, types).ifPresent(found::add);
              }
              return found;
            });
    List<Handler> all = new ArrayList<>();
    for (ExceptionHandlers index : indexes) {
      all.addAll(index.candidates(exception, context.controller()));
    }
    return all;
  }

  /** The handlers the framework picks: of the lowest precedence, the nearest to the exception; several where it leaves the choice open. */
  private static List<Handler> best(List<Handler> candidates) {
    int precedence = candidates.stream().mapToInt(Handler::precedence).min().orElse(Integer.MAX_VALUE);
    int distance =
        candidates.stream().filter(h -> h.precedence() == precedence).mapToInt(Handler::distance).min().orElse(Integer.MAX_VALUE);
    List<Handler> chosen = new ArrayList<>();
    for (Handler handler : candidates) {
      if (handler.precedence() == precedence
          && handler.distance() == distance
          && chosen.stream().noneMatch(known -> known.method().equals(handler.method()))) {
        chosen.add(handler);
      }
    }
    return chosen;
  }

  /**
   * The responses the framework makes of an exception by itself: the status an annotation on its
   * class gives, the one its class fixes, or the one its constructor was given.
   */
  private List<Value> exceptionResponses(Facts.Thrown thrown, Context context) {
    Site site = thrown.site();
    for (TypeElement superclass : ByName.superclasses(thrown.type())) {
      for (String annotation : context.library().exceptionStatusAnnotations()) {
        Optional<AnnotationMirror> found = ByName.annotation(superclass, annotation);
        if (found.isPresent()) {
          return List.of(Value.response(Status.of(annotatedStatus(found.get())), Set.of(), false, site));
        }
      }
      String name = ByName.name(superclass);
      Optional<ExceptionModel> model = context.library().exception(name);
      if (model.isEmpty()) {
        continue;
      }
      if (model.get() instanceof ExceptionModel.Fixed fixed) {
        return List.of(Value.response(Status.of(fixed.code()), fixed.headers(), false, site));
      }
      ExceptionModel.Constructed constructed = (ExceptionModel.Constructed) model.get();
      Facts.Construction construction = thrown.construction();
      if (construction == null || !construction.owner().equals(name)) {
        return List.of(Value.unknownResponse("the status a " + thrown.type().getSimpleName() + " is constructed with", site));
      }
      return constructed(construction, constructed, site, thrown.type());
    }
    return List.of();
  }

  /** {@code new WebApplicationException(404)}, {@code (Status.CONFLICT)}, {@code (response)}. */
  private List<Value> constructed(Facts.Construction construction, ExceptionModel.Constructed model, Site site, TypeElement type) {
    for (int i = 0; i < construction.parameters().size(); i++) {
      Value.Kind kind = construction.parameters().get(i);
      List<Value> arguments = new ArrayList<>();
      construction.arguments().get(i).forEach(v -> arguments.addAll(resolver.fill(v, 0)));
      if (kind == Value.Kind.RESPONSE) {
        List<Value> responses = new ArrayList<>();
        for (Value value : arguments) {
          responses.add(value.kind() == Value.Kind.NULL ? Value.response(Status.of(500), Set.of(), false, site) : value.asResponse());
        }
        return responses;
      }
      if (kind == Value.Kind.STATUS) {
        List<Value> responses = new ArrayList<>();
        for (Value status : arguments) {
          Status code =
              status.kind() == Value.Kind.STATUS && status.status() != null && status.deferred() == null
                  ? status.status()
                  : Status.unknown("a status that is not a constant");
          responses.add(Value.response(code, model.headers(), false, site));
        }
        return responses;
      }
    }
    if (model.withoutStatus() >= 0) {
      return List.of(Value.response(Status.of(model.withoutStatus()), model.headers(), false, site));
    }
    return List.of(Value.unknownResponse("a " + type.getSimpleName() + " without a visible status", site));
  }

  /** The status an annotation such as Spring's {@code @ResponseStatus} gives: its {@code code} or {@code value}; 500 without. */
  private static int annotatedStatus(AnnotationMirror annotation) {
    for (String attribute : List.of("code", "value")) {
      Optional<AnnotationValue> value = ByName.attribute(annotation, attribute);
      if (value.isPresent() && value.get().getValue() instanceof VariableElement constant) {
        return StatusNames.codeOf(constant.getSimpleName().toString()).orElse(500);
      }
      if (value.isPresent() && value.get().getValue() instanceof Integer code) {
        return code;
      }
    }
    return 500;
  }

  private static String simple(String qualified) {
    return qualified.substring(qualified.lastIndexOf('.') + 1);
  }
}
