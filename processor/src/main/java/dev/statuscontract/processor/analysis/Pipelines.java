package dev.statuscontract.processor.analysis;

import dev.statuscontract.processor.frameworks.AsyncOp;
import dev.statuscontract.processor.frameworks.Library;
import dev.statuscontract.processor.lang.ByName;
import dev.statuscontract.processor.model.Status;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.TypeMirror;

/**
 * Works out what an asynchronous pipeline can emit, once every class is read: its items, whether
 * it can complete without one, and its failures, by applying each operator, in order, as the
 * {@link AsyncOp} written down for it says. A source the analysis does not read emits items of its
 * static type; whether it can complete empty is then unknown, and an unknown answer makes no
 * finding.
 */
final class Pipelines {

  private Pipelines() {}

  /** Whether a pipeline can complete without an item. */
  enum Empty {
    NO,
    YES,
    UNKNOWN
  }

  /**
   * What a pipeline can do.
   *
   * @param items the items it can emit
   * @param empty whether it can complete without one
   * @param emptySite where the code makes it complete empty, for the answer that makes
   * @param errors what it can fail with
   */
  record State(List<Value> items, Empty empty, Site emptySite, List<Facts.Thrown> errors) {

    static State of(List<Value> items) {
      return new State(List.copyOf(items), Empty.NO, null, List.of());
    }

    State withItems(List<Value> newItems) {
      return new State(List.copyOf(newItems), empty, emptySite, errors);
    }

    State withEmpty(Empty newEmpty, Site site) {
      return new State(items, newEmpty, newEmpty == Empty.YES && emptySite == null ? site : emptySite, errors);
    }

    State withErrors(List<Facts.Thrown> newErrors) {
      return new State(items, empty, emptySite, List.copyOf(newErrors));
    }

    /** Either this or {@code other}. */
    State or(State other) {
      List<Value> allItems = new ArrayList<>(items);
      allItems.addAll(other.items);
      List<Facts.Thrown> allErrors = new ArrayList<>(errors);
      allErrors.addAll(other.errors);
      Empty either =
          empty == Empty.YES || other.empty == Empty.YES
              ? Empty.YES
              : empty == Empty.UNKNOWN || other.empty == Empty.UNKNOWN ? Empty.UNKNOWN : Empty.NO;
      return new State(allItems, either, emptySite != null ? emptySite : other.emptySite, allErrors);
    }

    static final State NONE = new State(List.of(), Empty.NO, null, List.of());
  }

  /** What the pipeline {@code async} can do. */
  static State state(Value.Async async, Resolver resolver, int depth) {
    Library.AsyncType type = resolver.kinds().library().asyncType(async.type()).orElse(new Library.AsyncType(false, false, false));
    State state = source(async, type, resolver, depth);
    TypeElement filter = null;
    boolean unknownFilter = false;
    for (Value.Step step : async.steps()) {
      AsyncOp.Kind kind = step.op().kind();
      switch (kind) {
        case FOCUS_ITEM, FOCUS_NULL, FOCUS_NOT_NULL -> {
          filter = null;
          unknownFilter = false;
        }
        case FOCUS_FAILURE -> {
          filter = step.filter();
          unknownFilter = step.unknownFilter();
        }
        default -> {
          TypeElement stepFilter = step.filter() != null ? step.filter() : filter;
          boolean stepUnknown = step.unknownFilter() || (step.filter() == null && unknownFilter);
          state = apply(state, step, stepFilter, stepUnknown, type, resolver, depth);
        }
      }
    }
    if (type.emptyAnswers()) {
      // A null item of a pipeline that cannot emit null (Reactor) is an empty completion.
      List<Value> items = state.items().stream().filter(v -> v.kind() != Value.Kind.NULL).toList();
      if (items.size() != state.items().size()) {
        state = state.withItems(items).withEmpty(Empty.YES, async.site());
      }
    }
    return state;
  }

  private static State source(Value.Async async, Library.AsyncType type, Resolver resolver, int depth) {
    Value.Source source = async.source();
    if (source instanceof Value.Items items) {
      State state = State.of(fill(items.items(), resolver, depth));
      return items.orEmpty() ? state.withEmpty(Empty.YES, async.site()) : state;
    }
    if (source instanceof Value.Empty) {
      return State.NONE.withEmpty(Empty.YES, async.site());
    }
    if (source instanceof Value.Failure failure) {
      return State.NONE.withErrors(failure.errors());
    }
    if (source instanceof Value.Unknown unknown) {
      return unknown(unknown.item(), unknown.voidItem(), type, async.site());
    }
    if (source instanceof Value.From from) {
      return from(from.values(), type, resolver, depth, async.site());
    }
    if (source instanceof Value.Supplied supplied) {
      List<Value> items = new ArrayList<>();
      for (Value result : resolver.invoke(supplied.function(), List.of(), depth, async.site())) {
        items.addAll(resolver.fill(result, depth));
      }
      return State.of(items).withErrors(resolver.thrownByInvoking(supplied.function(), depth));
    }
    if (source instanceof Value.Deferring deferring) {
      State state = from(resolver.invoke(deferring.function(), List.of(), depth, async.site()), type, resolver, depth, async.site());
      List<Facts.Thrown> errors = new ArrayList<>(state.errors());
      errors.addAll(resolver.thrownByInvoking(deferring.function(), depth));
      return state.withErrors(errors);
    }
    if (source instanceof Value.Settable settable) {
      State state = State.of(fill(settable.results(), resolver, depth)).withErrors(settable.errors());
      if (settable.escapes()) {
        state = state.or(unknown(Value.unknownResponse("a result completed by other code", async.site()), false, type, async.site()));
      }
      return state;
    }
    return unknown(Value.unknownResponse("a pipeline the code does not show", async.site()), false, type, async.site());
  }

  /** A pipeline the analysis does not read: it emits {@code item}, or completes ({@code voidItem}). */
  private static State unknown(Value item, boolean voidItem, Library.AsyncType type, Site site) {
    if (voidItem || item == null) {
      return type.emptyAnswers()
          ? State.NONE.withEmpty(Empty.YES, site)
          : State.of(List.of(Value.nullValue(site)));
    }
    State state = State.of(List.of(item));
    return type.emptyAnswers() && !type.stream() ? state.withEmpty(Empty.UNKNOWN, site) : state;
  }

  /** One of {@code values}, pipelines or what stands for them. */
  private static State from(List<Value> values, Library.AsyncType type, Resolver resolver, int depth, Site site) {
    State state = null;
    for (Value value : values) {
      for (Value filled : resolver.fill(value, depth)) {
        State one;
        if (filled.kind() == Value.Kind.ASYNC && filled.async() != null) {
          one = state(filled.async(), resolver, depth);
          if (value.deferred() instanceof Value.Call call) {
            one = resite(one, value.site(), call.name());
          }
        } else if (filled.kind() == Value.Kind.NULL) {
          continue;
        } else if (filled.kind() == Value.Kind.ASYNC && value.deferred() instanceof Value.Call call) {
          // A method whose body is not read (a REST client's interface, one of several
          // implementations): a pipeline of its return type, whose items are of its item type.
          one = typedBy(call.callee().getReturnType(), filled, type, resolver, value.site());
        } else {
          String because =
              filled.status() instanceof Status.Unknown unknown ? unknown.because() : "a pipeline the code does not show";
          one = unknown(Value.unknownResponse(because, value.site()), false, type, value.site());
        }
        state = state == null ? one : state.or(one);
      }
    }
    return state == null ? State.NONE : state;
  }

  /** A pipeline of the type {@code returned} from code not read: an item of its item type, or nothing but completion for {@code Void}. */
  private static State typedBy(TypeMirror returned, Value filled, Library.AsyncType type, Resolver resolver, Site site) {
    TypeMirror itemType = Kinds.itemType(returned);
    String because = filled.status() instanceof Status.Unknown unknown ? unknown.because() : "a pipeline the code does not show";
    if (itemType == null) {
      return unknown(Value.unknownResponse(because, site), false, type, site);
    }
    if (ByName.name(itemType).equals("java.lang.Void")) {
      return unknown(null, true, type, site);
    }
    Value item =
        resolver.kinds().of(itemType) == Value.Kind.ENTITY ? Value.entity(itemType, site) : Value.unknownResponse(because, site);
    return unknown(item, false, type, site);
  }

  /** {@code state} as produced at {@code site}, the call of the method that assembled it. */
  static State resite(State state, Site site, String call) {
    return resite(state, site, call == null ? List.of() : List.of(call));
  }

  /** {@code state} as produced at {@code site}, through the methods {@code through}. */
  static State resite(State state, Site site, List<String> through) {
    List<Value> items = state.items().stream().map(v -> v.at(site, through)).toList();
    List<Facts.Thrown> errors = state.errors().stream().map(e -> e.at(site, through, List.of())).toList();
    Site emptySite = state.emptySite() == null ? null : site;
    return new State(items, state.empty(), emptySite, errors);
  }

  private static State apply(
      State state, Value.Step step, TypeElement filter, boolean unknownFilter, Library.AsyncType type, Resolver resolver, int depth) {
    Value function = step.function();
    switch (step.op().kind()) {
      case MAP:
        return mapped(state, step, function, false, resolver, depth);
      case MAP_NOT_NULL:
        return mapped(state, step, function, true, resolver, depth);
      case FLAT_MAP:
        {
          List<Value> items = new ArrayList<>();
          Empty empty = state.empty();
          Site emptySite = state.emptySite();
          List<Facts.Thrown> errors = new ArrayList<>(state.errors());
          for (Value item : state.items()) {
            List<Value> results = function == null ? List.of() : resolver.invoke(function, List.of(List.of(item)), depth, step.site());
            State inner = from(results, type, resolver, depth, step.site());
            items.addAll(inner.items());
            empty = merge(empty, inner.empty());
            emptySite = emptySite != null ? emptySite : inner.emptySite();
            errors.addAll(inner.errors());
          }
          return withFunctionErrors(new State(items, empty, emptySite, errors), function, resolver, depth);
        }
      case DEFAULT_IF_EMPTY:
        if (state.empty() == Empty.NO) {
          return state;
        }
        return new State(concat(state.items(), replacement(step, resolver, depth)), Empty.NO, null, state.errors());
      case SWITCH_IF_EMPTY:
        {
          if (state.empty() == Empty.NO) {
            return state;
          }
          State other = alternative(step, type, resolver, depth);
          return new State(concat(state.items(), other.items()), other.empty(), other.emptySite(), concat(state.errors(), other.errors()));
        }
      case NULL_TO_ITEM:
        if (!mayBeNull(state)) {
          return state;
        }
        return state.withItems(concat(nonNull(state.items()), replacement(step, resolver, depth)));
      case NULL_TO_ERROR:
        if (!mayBeNull(state)) {
          return state;
        }
        return state.withItems(nonNull(state.items())).withErrors(concat(state.errors(), step.errors()));
      case NULL_SWITCH:
        {
          if (!mayBeNull(state)) {
            return state;
          }
          State other = alternative(step, type, resolver, depth);
          return new State(concat(nonNull(state.items()), other.items()), merge(state.empty(), other.empty()), state.emptySite(),
              concat(state.errors(), other.errors()));
        }
      case RECOVER_ITEM:
        {
          List<Value> recovered =
              function != null
                  ? fillAll(resolver.invoke(function, List.of(List.of(Value.entity(step.site()))), depth, step.site()), resolver, depth)
                  : step.values().isEmpty() ? List.of(Value.nullValue(step.site())) : fill(step.values(), resolver, depth);
          return new State(concat(state.items(), recovered), state.empty(), state.emptySite(), unrecovered(state.errors(), filter, unknownFilter));
        }
      case RECOVER_WITH:
        {
          List<Value> results =
              function == null ? List.of() : resolver.invoke(function, List.of(List.of(Value.entity(step.site()))), depth, step.site());
          State other = from(results, type, resolver, depth, step.site());
          State kept = new State(state.items(), state.empty(), state.emptySite(), unrecovered(state.errors(), filter, unknownFilter));
          return withFunctionErrors(kept.or(other), function, resolver, depth);
        }
      case MAP_ERROR:
        return state.withErrors(concat(unrecovered(state.errors(), filter, unknownFilter), step.errors()));
      case HANDLE:
        {
          List<Value> handled = new ArrayList<>();
          List<Value> arguments = state.items().isEmpty() ? List.of(Value.nullValue(step.site())) : state.items();
          if (function != null) {
            handled.addAll(
                fillAll(resolver.invoke(function, List.of(arguments, List.of(Value.entity(step.site()))), depth, step.site()), resolver, depth));
          }
          return withFunctionErrors(new State(handled, Empty.NO, null, List.of()), function, resolver, depth);
        }
      case REPLACE:
        return new State(replacement(step, resolver, depth), Empty.NO, null, state.errors());
      case TO_EMPTY:
        return new State(List.of(), Empty.YES, step.site(), state.errors());
      case TO_NULL:
        return new State(List.of(Value.nullValue(step.site())), Empty.NO, null, state.errors());
      case THEN:
        {
          State other = alternative(step, type, resolver, depth);
          return new State(other.items(), other.empty(), other.emptySite(), concat(state.errors(), other.errors()));
        }
      case MAY_EMPTY:
        return state.items().isEmpty() ? state : state.withEmpty(Empty.YES, step.site());
      case OPAQUE_ITEMS:
        return state.withItems(step.item() == null ? List.of() : List.of(step.item()));
      case UNKNOWN_STEP:
        {
          Value item = step.item();
          if (item == null) {
            return type.emptyAnswers()
                ? new State(List.of(), Empty.YES, step.site(), List.of())
                : new State(List.of(Value.nullValue(step.site())), Empty.NO, null, List.of());
          }
          return new State(List.of(item), type.emptyAnswers() && !type.stream() ? Empty.UNKNOWN : Empty.NO, step.site(), List.of());
        }
      default:
        return state;
    }
  }

  private static Empty merge(Empty a, Empty b) {
    return a == Empty.YES || b == Empty.YES ? Empty.YES : a == Empty.UNKNOWN || b == Empty.UNKNOWN ? Empty.UNKNOWN : Empty.NO;
  }

  private static State mapped(State state, Value.Step step, Value function, boolean nonNullOnly, Resolver resolver, int depth) {
    if (function == null) {
      return state;
    }
    List<Value> items = new ArrayList<>();
    boolean passesNull = false;
    for (Value item : state.items()) {
      if (nonNullOnly && item.kind() == Value.Kind.NULL) {
        items.add(item);
        continue;
      }
      // An item the code does not show may be null, and a null item passes by a step for others.
      passesNull |= nonNullOnly && item.kind() == Value.Kind.ENTITY;
      items.addAll(fillAll(resolver.invoke(function, List.of(List.of(item)), depth, step.site()), resolver, depth));
    }
    if (passesNull && items.stream().noneMatch(v -> v.kind() == Value.Kind.NULL)) {
      items.add(Value.nullValue(step.site()));
    }
    return withFunctionErrors(state.withItems(items), function, resolver, depth);
  }

  private static State withFunctionErrors(State state, Value function, Resolver resolver, int depth) {
    if (function == null) {
      return state;
    }
    List<Facts.Thrown> thrown = resolver.thrownByInvoking(function, depth).stream().filter(t -> t.invoked() == null).toList();
    return thrown.isEmpty() ? state : state.withErrors(concat(state.errors(), thrown));
  }

  /** The step's value argument, or what its supplier returns. */
  private static List<Value> replacement(Value.Step step, Resolver resolver, int depth) {
    if (step.function() != null) {
      return fillAll(resolver.invoke(step.function(), List.of(), depth, step.site()), resolver, depth);
    }
    return fill(step.values(), resolver, depth);
  }

  /** The pipeline a step continues with: its argument, or what its supplier returns. */
  private static State alternative(Value.Step step, Library.AsyncType type, Resolver resolver, int depth) {
    List<Value> values = step.function() != null ? resolver.invoke(step.function(), List.of(), depth, step.site()) : step.values();
    return from(values, type, resolver, depth, step.site());
  }

  /** Whether an item may be null: a null, or a value the code does not show. */
  private static boolean mayBeNull(State state) {
    return state.items().stream()
        .anyMatch(v -> v.kind() == Value.Kind.NULL || v.kind() == Value.Kind.ENTITY || !(v.status() instanceof Status.Code));
  }

  private static List<Value> nonNull(List<Value> items) {
    return items.stream().filter(v -> v.kind() != Value.Kind.NULL).toList();
  }

  /** The failures that a recovery restricted to {@code filter} leaves; none where the code does not show which it takes. */
  private static List<Facts.Thrown> unrecovered(List<Facts.Thrown> errors, TypeElement filter, boolean unknownFilter) {
    if (unknownFilter || filter == null) {
      return List.of();
    }
    Set<String> names = Set.of(ByName.name(filter));
    return errors.stream().filter(e -> e.type() == null || !ByName.isA(e.type(), names)).toList();
  }

  private static List<Value> fill(List<Value> values, Resolver resolver, int depth) {
    List<Value> out = new ArrayList<>();
    values.forEach(v -> out.addAll(resolver.fill(v, depth)));
    return out;
  }

  private static List<Value> fillAll(List<Value> values, Resolver resolver, int depth) {
    return fill(values, resolver, depth);
  }

  private static <T> List<T> concat(List<T> a, List<T> b) {
    List<T> all = new ArrayList<>(a);
    all.addAll(b);
    return all;
  }

  /** {@code async} with the parameters of {@code env} bound wherever it refers to them. */
  static Value.Async substitute(Value.Async async, Map<Element, List<Value>> env, Resolver resolver, int depth) {
    Value.Source source = async.source();
    Value.Source bound =
        source instanceof Value.Items items
            ? new Value.Items(each(items.items(), env, resolver, depth), items.orEmpty())
            : source instanceof Value.From from
                ? new Value.From(each(from.values(), env, resolver, depth))
                : source instanceof Value.Supplied supplied
                    ? new Value.Supplied(one(supplied.function(), env, resolver, depth))
                    : source instanceof Value.Deferring deferring
                        ? new Value.Deferring(one(deferring.function(), env, resolver, depth))
                        : source instanceof Value.Settable settable
                            ? new Value.Settable(each(settable.results(), env, resolver, depth), settable.errors(), settable.escapes())
                            : source;
    List<Value.Step> steps = new ArrayList<>();
    for (Value.Step step : async.steps()) {
      steps.add(
          new Value.Step(
              step.op(),
              each(step.values(), env, resolver, depth),
              step.function() == null ? null : one(step.function(), env, resolver, depth),
              step.errors(),
              step.filter(),
              step.unknownFilter(),
              step.item(),
              step.site()));
    }
    return new Value.Async(async.type(), bound, steps, async.site());
  }

  private static List<Value> each(List<Value> values, Map<Element, List<Value>> env, Resolver resolver, int depth) {
    List<Value> out = new ArrayList<>();
    values.forEach(v -> out.addAll(resolver.substitute(v, env, depth)));
    return out;
  }

  private static Value one(Value value, Map<Element, List<Value>> env, Resolver resolver, int depth) {
    List<Value> bound = resolver.substitute(value, env, depth);
    return bound.size() == 1 ? bound.get(0) : value;
  }
}
