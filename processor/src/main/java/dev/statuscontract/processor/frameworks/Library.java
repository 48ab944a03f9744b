package dev.statuscontract.processor.frameworks;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What the body analysis knows of the libraries that build responses, as data: which types are
 * responses, statuses, headers or asynchronous pipelines; what each method and constructor does
 * ({@link Effect}); which exceptions the framework answers by itself ({@link ExceptionModel}).
 * Each framework family writes its part ({@link Family#describe}); the analysis of an endpoint uses
 * the parts of the families that apply to the framework that maps it. Immutable once built.
 */
public final class Library {

  /** What a value of a type is to the analysis. */
  public enum Role {
    /** A response, or a builder of one. */
    RESPONSE,
    /** A status code (an {@code int} always is). */
    STATUS,
    /** A set of header fields. */
    HEADERS,
    /** An asynchronous pipeline that ends in a response or an entity. */
    ASYNC,
    /** An intermediate step of a pipeline's fluent API (Mutiny's {@code uni.onItem()}). */
    ASYNC_STEP
  }

  /**
   * How the framework answers when a pipeline of a type completes.
   *
   * @param emptyAnswers whether completing without an item answers (as Reactor's {@code Mono}
   *     does: WebFlux answers 200 with no body); pipelines that cannot complete empty say false
   * @param stream whether it emits many items, written as one body ({@code Flux}, {@code Multi})
   * @param settable whether its items are set by calls on it ({@code DeferredResult.setResult},
   *     {@code CompletableFuture.complete}) rather than by operators
   */
  public record AsyncType(boolean emptyAnswers, boolean stream, boolean settable) {}

  /**
   * A method of a library class, by name and number of parameters ({@code -1}: any), and where two
   * overloads take as many, by the qualified name of its first parameter's type ({@code int},
   * {@code java.util.Optional}; empty: any).
   */
  public record MethodModel(String name, int arity, String firstParameter, Effect effect) {}

  /** What a constructor of a library class makes. */
  public enum Construction {
    /** A response whose status, headers and content are the arguments, told apart by parameter type; 200 without a status. */
    RESPONSE_FROM_ARGUMENTS,
    /** A headers object, empty or a copy of its argument. */
    HEADERS,
    /** An asynchronous value completed later through calls on it. */
    SETTABLE,
    /** An asynchronous value that answers what its last argument, an asynchronous value or a callable, does. */
    FROM_LAST_ARGUMENT
  }

  private final Map<String, Role> roles;
  private final Map<String, AsyncType> asyncTypes;
  private final Set<String> statusEnums;
  /** The models of methods, by owner and then by name, each name's in the order they were added. */
  private final Map<String, Map<String, List<MethodModel>>> methods;
  private final Map<String, Effect> otherMethods;
  private final Map<String, Construction> constructions;
  private final Map<String, ExceptionModel> exceptions;
  private final Set<String> exceptionStatusAnnotations;
  private final Set<String> headerMaps;
  private final Set<String> synchronousCallbacks;
  private final Map<String, Set<String>> completers;
  private final Set<String> containerResponses;

  private Library(Builder builder) {
    this.roles = Map.copyOf(builder.roles);
    this.asyncTypes = Map.copyOf(builder.asyncTypes);
    this.statusEnums = Set.copyOf(builder.statusEnums);
    Map<String, Map<String, List<MethodModel>>> byOwner = new HashMap<>();
    builder.methods.forEach(
        (owner, list) -> {
          Map<String, List<MethodModel>> byName = new HashMap<>();
          list.forEach(model -> byName.computeIfAbsent(model.name(), name -> new ArrayList<>()).add(model));
          byName.replaceAll((name, models) -> List.copyOf(models));
          byOwner.put(owner, Map.copyOf(byName));
        });
    this.methods = Collections.unmodifiableMap(byOwner);
    this.otherMethods = Map.copyOf(builder.otherMethods);
    this.constructions = Map.copyOf(builder.constructions);
    this.exceptions = Map.copyOf(builder.exceptions);
    this.exceptionStatusAnnotations = Set.copyOf(builder.exceptionStatusAnnotations);
    this.headerMaps = Set.copyOf(builder.headerMaps);
    this.synchronousCallbacks = Set.copyOf(builder.synchronousCallbacks);
    Map<String, Set<String>> completing = new HashMap<>();
    builder.completers.forEach((owner, names) -> completing.put(owner, Set.copyOf(names)));
    this.completers = Collections.unmodifiableMap(completing);
    this.containerResponses = Set.copyOf(builder.containerResponses);
  }

  public static Builder builder() {
    return new Builder();
  }

  /** The role of the type with this qualified name, if the library gives it one. */
  public Optional<Role> role(String type) {
    return Optional.ofNullable(roles.get(type));
  }

  /** Every type with a role, by qualified name. */
  public Map<String, Role> roles() {
    return roles;
  }

  /** How an asynchronous type's completion answers. */
  public Optional<AsyncType> asyncType(String type) {
    return Optional.ofNullable(asyncTypes.get(type));
  }

  /**
   * The types whose values are the container's own response, or hold it (the servlet's {@code
   * HttpServletResponse}, WebFlux's {@code ServerWebExchange}): code given one may set the status
   * itself, where the analysis sees it ({@link Effect.SetContainerStatus}) or, once it is passed
   * on, where it does not.
   */
  public Set<String> containerResponses() {
    return containerResponses;
  }

  /** Whether the enum of this qualified name holds status constants named as {@code NOT_FOUND}. */
  public boolean isStatusEnum(String type) {
    return statusEnums.contains(type);
  }

  /**
   * What the method {@code name} with {@code arity} parameters, the first of type {@code
   * firstParameter} (a qualified name, or {@code ""}), declared by {@code owner}, does: a model of
   * that name and arity, else of that name and any arity, else the owner's effect for every other
   * method.
   */
  public Optional<Effect> effect(String owner, String name, int arity, String firstParameter) {
    return effect(owner, name, arity, () -> firstParameter);
  }

  /**
   * {@link #effect(String, String, int, String)}, with the first parameter's type worked out only
   * where a model of the method needs it: most calls are of classes no model knows.
   */
  public Optional<Effect> effect(String owner, String name, int arity, java.util.function.Supplier<String> firstParameterType) {
    Map<String, List<MethodModel>> byName = methods.get(owner);
    List<MethodModel> models = byName == null ? null : byName.get(name);
    if (models != null) {
      String firstParameter = null;
      for (MethodModel model : models) {
        if (model.arity() == arity && !model.firstParameter().isEmpty()) {
          firstParameter = firstParameter != null ? firstParameter : firstParameterType.get();
          if (model.firstParameter().equals(firstParameter)) {
            return Optional.of(model.effect());
          }
        }
      }
      for (MethodModel model : models) {
        if (model.arity() == arity && model.firstParameter().isEmpty()) {
          return Optional.of(model.effect());
        }
      }
      for (MethodModel model : models) {
        if (model.arity() < 0) {
          return Optional.of(model.effect());
        }
      }
    }
    return Optional.ofNullable(otherMethods.get(owner));
  }

  /** What a constructor of {@code owner} makes, if the library models it. */
  public Optional<Construction> construction(String owner) {
    return Optional.ofNullable(constructions.get(owner));
  }

  /** What the framework answers by itself for an exception of exactly this class, if anything. */
  public Optional<ExceptionModel> exception(String type) {
    return Optional.ofNullable(exceptions.get(type));
  }

  /** The annotations that, on an exception class, give the status the framework answers for it. */
  public Set<String> exceptionStatusAnnotations() {
    return exceptionStatusAnnotations;
  }

  /** The headers types, a parameter of which is the headers of a constructed response. */
  public Set<String> headerMaps() {
    return headerMaps;
  }

  /** Whether a function passed to a method of {@code owner} runs before the method returns, so that what it throws is thrown there. */
  public boolean runsCallbacks(String owner) {
    return synchronousCallbacks.contains(owner);
  }

  /** Whether the method completes an asynchronous value of {@code owner} ({@code resume}, {@code setResult}); its first argument is the result. */
  public boolean completes(String owner, String method) {
    return completers.getOrDefault(owner, Set.of()).contains(method);
  }

  /** Builds a library; each family adds its part. */
  public static final class Builder {
    private final Map<String, Role> roles = new HashMap<>();
    private final Map<String, AsyncType> asyncTypes = new HashMap<>();
    private final Set<String> statusEnums = new HashSet<>();
    private final Map<String, List<MethodModel>> methods = new HashMap<>();
    private final Map<String, Effect> otherMethods = new HashMap<>();
    private final Map<String, Construction> constructions = new HashMap<>();
    private final Map<String, ExceptionModel> exceptions = new HashMap<>();
    private final Set<String> exceptionStatusAnnotations = new HashSet<>();
    private final Set<String> headerMaps = new HashSet<>();
    private final Set<String> synchronousCallbacks = new HashSet<>();
    private final Map<String, Set<String>> completers = new HashMap<>();
    private final Set<String> containerResponses = new HashSet<>();

    private Builder() {}

    /** Values of {@code type} are the container's own response, or hold it; see {@link Library#containerResponses()}. */
    public Builder containerResponse(String type) {
      containerResponses.add(type);
      return this;
    }

    public Builder role(String type, Role role) {
      roles.put(type, role);
      return this;
    }

    public Builder async(String type, AsyncType how) {
      roles.put(type, Role.ASYNC);
      asyncTypes.put(type, how);
      return this;
    }

    public Builder statusEnum(String type) {
      statusEnums.add(type);
      return this;
    }

    /** The method {@code name} of {@code owner} with {@code arity} parameters ({@code -1}: any) has {@code effect}. */
    public Builder method(String owner, String name, int arity, Effect effect) {
      return method(owner, name, arity, "", effect);
    }

    /** As {@link #method(String, String, int, Effect)}, for the overload whose first parameter is of type {@code firstParameter}. */
    public Builder method(String owner, String name, int arity, String firstParameter, Effect effect) {
      methods.computeIfAbsent(owner, o -> new ArrayList<>()).add(new MethodModel(name, arity, firstParameter, effect));
      return this;
    }

    /** Every method of {@code owner} that is not listed has {@code effect}. */
    public Builder otherMethods(String owner, Effect effect) {
      otherMethods.put(owner, effect);
      return this;
    }

    public Builder construction(String owner, Construction construction) {
      constructions.put(owner, construction);
      return this;
    }

    public Builder exception(String type, ExceptionModel model) {
      exceptions.put(type, model);
      return this;
    }

    public Builder exceptionStatusAnnotation(String annotation) {
      exceptionStatusAnnotations.add(annotation);
      return this;
    }

    public Builder headerMap(String type) {
      headerMaps.add(type);
      return this;
    }

    public Builder synchronousCallbacks(String owner) {
      synchronousCallbacks.add(owner);
      return this;
    }

    public Builder completer(String owner, String method) {
      completers.computeIfAbsent(owner, o -> new HashSet<>()).add(method);
      return this;
    }

    public Library build() {
      return new Library(this);
    }
  }
}
