package dev.statuscontract.processor.frameworks.reactive;

import static dev.statuscontract.processor.frameworks.AsyncOp.Kind.BLOCK;
import static dev.statuscontract.processor.frameworks.AsyncOp.Kind.DEFAULT_IF_EMPTY;
import static dev.statuscontract.processor.frameworks.AsyncOp.Kind.DEFER;
import static dev.statuscontract.processor.frameworks.AsyncOp.Kind.EMPTY;
import static dev.statuscontract.processor.frameworks.AsyncOp.Kind.ERROR;
import static dev.statuscontract.processor.frameworks.AsyncOp.Kind.FLAT_MAP;
import static dev.statuscontract.processor.frameworks.AsyncOp.Kind.FOCUS_FAILURE;
import static dev.statuscontract.processor.frameworks.AsyncOp.Kind.FOCUS_ITEM;
import static dev.statuscontract.processor.frameworks.AsyncOp.Kind.FOCUS_NOT_NULL;
import static dev.statuscontract.processor.frameworks.AsyncOp.Kind.FOCUS_NULL;
import static dev.statuscontract.processor.frameworks.AsyncOp.Kind.FROM_ASYNC;
import static dev.statuscontract.processor.frameworks.AsyncOp.Kind.FROM_SUPPLIER;
import static dev.statuscontract.processor.frameworks.AsyncOp.Kind.HANDLE;
import static dev.statuscontract.processor.frameworks.AsyncOp.Kind.JUST;
import static dev.statuscontract.processor.frameworks.AsyncOp.Kind.JUST_OR_EMPTY;
import static dev.statuscontract.processor.frameworks.AsyncOp.Kind.MAP;
import static dev.statuscontract.processor.frameworks.AsyncOp.Kind.MAP_ERROR;
import static dev.statuscontract.processor.frameworks.AsyncOp.Kind.MAP_NOT_NULL;
import static dev.statuscontract.processor.frameworks.AsyncOp.Kind.MAY_EMPTY;
import static dev.statuscontract.processor.frameworks.AsyncOp.Kind.NULL_ITEM;
import static dev.statuscontract.processor.frameworks.AsyncOp.Kind.NULL_SWITCH;
import static dev.statuscontract.processor.frameworks.AsyncOp.Kind.NULL_TO_ERROR;
import static dev.statuscontract.processor.frameworks.AsyncOp.Kind.NULL_TO_ITEM;
import static dev.statuscontract.processor.frameworks.AsyncOp.Kind.OPAQUE_ITEMS;
import static dev.statuscontract.processor.frameworks.AsyncOp.Kind.PASS;
import static dev.statuscontract.processor.frameworks.AsyncOp.Kind.RECOVER_ITEM;
import static dev.statuscontract.processor.frameworks.AsyncOp.Kind.RECOVER_WITH;
import static dev.statuscontract.processor.frameworks.AsyncOp.Kind.REPLACE;
import static dev.statuscontract.processor.frameworks.AsyncOp.Kind.SWITCH_IF_EMPTY;
import static dev.statuscontract.processor.frameworks.AsyncOp.Kind.THEN;
import static dev.statuscontract.processor.frameworks.AsyncOp.Kind.TO_EMPTY;
import static dev.statuscontract.processor.frameworks.AsyncOp.Kind.TO_NULL;
import static dev.statuscontract.processor.frameworks.AsyncOp.Kind.UNKNOWN_SOURCE;
import static dev.statuscontract.processor.frameworks.AsyncOp.Kind.UNKNOWN_STEP;

import dev.statuscontract.processor.frameworks.AsyncOp;
import dev.statuscontract.processor.frameworks.Effect;
import dev.statuscontract.processor.frameworks.Family;
import dev.statuscontract.processor.frameworks.Library;
import dev.statuscontract.processor.frameworks.Library.AsyncType;
import dev.statuscontract.processor.frameworks.Library.Role;
import dev.statuscontract.processor.model.Framework;
import java.util.List;
import java.util.Set;

/**
 * The asynchronous types that endpoints return, whichever framework maps them: Reactor's {@code
 * Mono} and {@code Flux} (Spring WebFlux), Mutiny's {@code Uni} and {@code Multi} (Quarkus REST),
 * and Java's {@code CompletionStage} and {@code CompletableFuture}. Each operator is written down
 * by what it does to the items, the empty completion and the failures of the pipeline; an
 * operator that is not listed makes what follows unknown. The synchronous callbacks of the JDK
 * ({@code Optional}, streams, collections), whose exceptions reach the caller, are listed here too.
 */
public final class Reactive implements Family {

  public static final Reactive FAMILY = new Reactive();

  private static final String MONO = "reactor.core.publisher.Mono";
  private static final String FLUX = "reactor.core.publisher.Flux";
  private static final String UNI = "io.smallrye.mutiny.Uni";
  private static final String MULTI = "io.smallrye.mutiny.Multi";
  private static final String GROUPS = "io.smallrye.mutiny.groups.";
  private static final String STAGE = "java.util.concurrent.CompletionStage";
  private static final String FUTURE = "java.util.concurrent.CompletableFuture";
  private static final String SUPPLIER = "java.util.function.Supplier";

  /** Reactor and JDK operators that leave the items as they are. */
  private static final List<String> PASSING =
      List.of(
          "doOnNext", "doOnSuccess", "doOnError", "doOnEach", "doFinally", "doOnSubscribe", "doOnTerminate",
          "doOnCancel", "doAfterTerminate", "doOnRequest", "doFirst", "log", "checkpoint", "name", "tag", "metrics",
          "cache", "share", "publishOn", "subscribeOn", "contextWrite", "timeout", "retry", "retryWhen",
          "delayElement", "delaySubscription", "onErrorStop", "hide", "cast", "single", "next", "last",
          "elapsed", "timed", "onTerminateDetach", "take", "takeUntil", "limitRate", "repeat", "onBackpressureBuffer",
          "sort", "distinct", "skip", "transform", "as");

  private Reactive() {}

  @Override
  public String name() {
    return "reactive";
  }

  @Override
  public boolean appliesTo(Framework framework) {
    return true;
  }

  @Override
  public void describe(Library.Builder library) {
    reactor(library);
    mutiny(library);
    futures(library);
    for (String owner :
        List.of(
            "java.util.Optional", "java.util.stream.Stream", "java.util.stream.IntStream", "java.util.stream.LongStream",
            "java.lang.Iterable", "java.util.Collection", "java.util.List", "java.util.Map", "java.util.Set",
            "java.util.Objects", "java.util.Iterator")) {
      library.synchronousCallbacks(owner);
    }
  }

  private static void reactor(Library.Builder library) {
    library
        .async(MONO, new AsyncType(true, false, false))
        .async(FLUX, new AsyncType(true, true, false))
        .role("org.reactivestreams.Publisher", Role.ASYNC);
    for (String type : List.of(MONO, FLUX)) {
      op(library, type, "just", 1, JUST, 0);
      op(library, type, "justOrEmpty", 1, JUST_OR_EMPTY, 0);
      op(library, type, "empty", 0, EMPTY, -1);
      op(library, type, "error", 1, ERROR, 0);
      op(library, type, "fromCallable", 1, FROM_SUPPLIER, 0);
      op(library, type, "fromSupplier", 1, FROM_SUPPLIER, 0);
      op(library, type, "defer", 1, DEFER, 0);
      op(library, type, "fromFuture", -1, FROM_ASYNC, 0);
      op(library, type, "fromCompletionStage", 1, FROM_ASYNC, 0);
      op(library, type, "map", 1, MAP, 0);
      op(library, type, "mapNotNull", 1, MAP, 0);
      op(library, type, "flatMap", 1, FLAT_MAP, 0);
      op(library, type, "flatMapMany", 1, FLAT_MAP, 0);
      op(library, type, "concatMap", 1, FLAT_MAP, 0);
      op(library, type, "switchMap", 1, FLAT_MAP, 0);
      op(library, type, "defaultIfEmpty", 1, DEFAULT_IF_EMPTY, 0);
      op(library, type, "switchIfEmpty", 1, SWITCH_IF_EMPTY, 0);
      op(library, type, "onErrorReturn", 1, RECOVER_ITEM, 0);
      library.method(type, "onErrorReturn", 2, "java.lang.Class", new Effect.Async(AsyncOp.filtered(RECOVER_ITEM, 0, 1)));
      library.method(type, "onErrorReturn", 2, new Effect.Async(AsyncOp.filtered(RECOVER_ITEM, 0, 1)));
      op(library, type, "onErrorResume", 1, RECOVER_WITH, 0);
      library.method(type, "onErrorResume", 2, new Effect.Async(AsyncOp.filtered(RECOVER_WITH, 0, 1)));
      op(library, type, "onErrorMap", 1, MAP_ERROR, 0);
      library.method(type, "onErrorMap", 2, new Effect.Async(AsyncOp.filtered(MAP_ERROR, 0, 1)));
      op(library, type, "then", 0, TO_EMPTY, -1);
      op(library, type, "then", 1, THEN, 0);
      op(library, type, "thenMany", 1, THEN, 0);
      op(library, type, "thenEmpty", 1, TO_EMPTY, -1);
      op(library, type, "thenReturn", 1, REPLACE, 0);
      op(library, type, "filter", 1, MAY_EMPTY, -1);
      op(library, type, "filterWhen", -1, MAY_EMPTY, -1);
      op(library, type, "ofType", 1, MAY_EMPTY, -1);
      op(library, type, "hasElement", 0, OPAQUE_ITEMS, -1);
      op(library, type, "hasElements", 0, OPAQUE_ITEMS, -1);
      op(library, type, "collectList", 0, OPAQUE_ITEMS, -1);
      op(library, type, "collectMap", -1, OPAQUE_ITEMS, -1);
      op(library, type, "collectSortedList", -1, OPAQUE_ITEMS, -1);
      op(library, type, "count", 0, OPAQUE_ITEMS, -1);
      op(library, type, "zipWith", -1, OPAQUE_ITEMS, -1);
      op(library, type, "zipWhen", -1, OPAQUE_ITEMS, -1);
      op(library, type, "block", -1, BLOCK, -1);
      op(library, type, "blockFirst", -1, BLOCK, -1);
      op(library, type, "blockLast", -1, BLOCK, -1);
      for (String name : PASSING) {
        op(library, type, name, -1, PASS, -1);
      }
      library.otherMethods(type, new Effect.Async(AsyncOp.of(UNKNOWN_STEP)));
    }
    op(library, FLUX, "fromIterable", 1, UNKNOWN_SOURCE, -1);
    op(library, FLUX, "fromStream", 1, UNKNOWN_SOURCE, -1);
    op(library, FLUX, "fromArray", 1, UNKNOWN_SOURCE, -1);
    library.method(FLUX, "just", -1, new Effect.Async(AsyncOp.of(UNKNOWN_SOURCE)));
  }

  private static void mutiny(Library.Builder library) {
    library
        .async(UNI, new AsyncType(false, false, false))
        .async(MULTI, new AsyncType(true, true, false));
    String create = GROUPS + "UniCreate";
    String onItem = GROUPS + "UniOnItem";
    String onNull = GROUPS + "UniOnNull";
    String onNotNull = GROUPS + "UniOnNotNull";
    String onFailure = GROUPS + "UniOnFailure";
    String onItemOrFailure = GROUPS + "UniOnItemOrFailure";
    for (String group :
        List.of(create, onItem, onNull, onNotNull, onFailure, onItemOrFailure, GROUPS + "UniAwait",
            GROUPS + "UniIfNoItem", GROUPS + "UniOnTimeout", GROUPS + "UniRetry", GROUPS + "UniOnItemDelay",
            GROUPS + "UniOnSubscribe", GROUPS + "UniOnTerminate", GROUPS + "UniOnCancel", GROUPS + "UniMemoize",
            GROUPS + "UniConvert", GROUPS + "UniOnItemIgnore")) {
      library.role(group, Role.ASYNC_STEP);
      library.otherMethods(group, new Effect.Async(AsyncOp.of(UNKNOWN_STEP)));
    }
    library.method(UNI, "createFrom", 0, new Effect.Async(AsyncOp.of(PASS)));
    op(library, create, "item", 1, JUST, 0);
    library.method(create, "item", 1, SUPPLIER, new Effect.Async(AsyncOp.of(FROM_SUPPLIER, 0)));
    op(library, create, "nullItem", 0, NULL_ITEM, -1);
    op(library, create, "voidItem", 0, NULL_ITEM, -1);
    op(library, create, "failure", 1, ERROR, 0);
    op(library, create, "completionStage", 1, FROM_ASYNC, 0);
    library.method(create, "completionStage", 1, SUPPLIER, new Effect.Async(AsyncOp.of(DEFER, 0)));
    op(library, create, "deferred", 1, DEFER, 0);
    op(library, create, "uni", 1, FROM_ASYNC, 0);
    op(library, create, "future", -1, FROM_ASYNC, 0);
    op(library, UNI, "onItem", 0, FOCUS_ITEM, -1);
    op(library, UNI, "onFailure", 0, FOCUS_FAILURE, -1);
    library.method(UNI, "onFailure", 1, "java.lang.Class", new Effect.Async(AsyncOp.filtered(FOCUS_FAILURE, 0, -1)));
    library.method(UNI, "onFailure", 1, new Effect.Async(AsyncOp.filtered(FOCUS_FAILURE, 0, -1)));
    op(library, UNI, "onItemOrFailure", 0, PASS, -1);
    op(library, UNI, "map", 1, MAP, 0);
    op(library, UNI, "flatMap", 1, FLAT_MAP, 0);
    op(library, UNI, "chain", 1, FLAT_MAP, 0);
    op(library, UNI, "replaceWith", 1, REPLACE, 0);
    library.method(UNI, "replaceWith", 1, UNI, new Effect.Async(AsyncOp.of(THEN, 0)));
    op(library, UNI, "replaceWithVoid", 0, TO_NULL, -1);
    op(library, UNI, "replaceWithNull", 0, TO_NULL, -1);
    op(library, UNI, "replaceIfNullWith", 1, NULL_TO_ITEM, 0);
    op(library, UNI, "ifNoItem", 0, PASS, -1);
    op(library, UNI, "await", 0, PASS, -1);
    op(library, UNI, "convert", 0, PASS, -1);
    op(library, UNI, "subscribeAsCompletionStage", 0, PASS, -1);
    for (String name :
        List.of("invoke", "call", "eventually", "log", "emitOn", "runSubscriptionOn", "memoize", "onSubscription",
            "onTermination", "onCancellation", "withContext", "plug", "attachContext", "toMulti")) {
      op(library, UNI, name, -1, PASS, -1);
    }
    op(library, UNI, "onItem", 0, FOCUS_ITEM, -1);
    op(library, onItem, "transform", 1, MAP, 0);
    op(library, onItem, "transformToUni", 1, FLAT_MAP, 0);
    op(library, onItem, "call", -1, PASS, -1);
    op(library, onItem, "invoke", -1, PASS, -1);
    op(library, onItem, "ifNull", 0, FOCUS_NULL, -1);
    op(library, onItem, "ifNotNull", 0, FOCUS_NOT_NULL, -1);
    op(library, onItem, "castTo", 1, PASS, -1);
    op(library, onNull, "continueWith", 1, NULL_TO_ITEM, 0);
    op(library, onNull, "failWith", 1, NULL_TO_ERROR, 0);
    op(library, onNull, "fail", 0, NULL_TO_ERROR, -1);
    op(library, onNull, "switchTo", 1, NULL_SWITCH, 0);
    op(library, onNotNull, "transform", 1, MAP_NOT_NULL, 0);
    op(library, onNotNull, "call", -1, PASS, -1);
    op(library, onNotNull, "invoke", -1, PASS, -1);
    op(library, onFailure, "recoverWithItem", 1, RECOVER_ITEM, 0);
    op(library, onFailure, "recoverWithNull", 0, RECOVER_ITEM, -1);
    op(library, onFailure, "recoverWithUni", 1, RECOVER_WITH, 0);
    op(library, onFailure, "transform", 1, MAP_ERROR, 0);
    op(library, onFailure, "call", -1, PASS, -1);
    op(library, onFailure, "invoke", -1, PASS, -1);
    op(library, onFailure, "retry", 0, PASS, -1);
    op(library, GROUPS + "UniRetry", "atMost", 1, PASS, -1);
    op(library, GROUPS + "UniRetry", "indefinitely", 0, PASS, -1);
    op(library, onItemOrFailure, "transform", 1, HANDLE, 0);
    op(library, onItemOrFailure, "call", -1, PASS, -1);
    op(library, onItemOrFailure, "invoke", -1, PASS, -1);
    op(library, GROUPS + "UniAwait", "indefinitely", 0, BLOCK, -1);
    op(library, GROUPS + "UniAwait", "atMost", 1, BLOCK, -1);
    op(library, GROUPS + "UniIfNoItem", "after", 1, PASS, -1);
    op(library, GROUPS + "UniOnTimeout", "fail", 0, PASS, -1);
    op(library, GROUPS + "UniOnTimeout", "failWith", 1, PASS, -1);
    op(library, GROUPS + "UniConvert", "toCompletionStage", 0, PASS, -1);
    library.otherMethods(UNI, new Effect.Async(AsyncOp.of(UNKNOWN_STEP)));
    library.otherMethods(MULTI, new Effect.Async(AsyncOp.of(UNKNOWN_STEP)));
  }

  private static void futures(Library.Builder library) {
    library
        .async(STAGE, new AsyncType(false, false, false))
        .async(FUTURE, new AsyncType(false, false, true))
        .construction(FUTURE, Library.Construction.SETTABLE)
        .completer(FUTURE, "complete")
        .completer(FUTURE, "completeExceptionally")
        .role("java.util.concurrent.Future", Role.ASYNC);
    op(library, FUTURE, "completedFuture", 1, JUST, 0);
    op(library, FUTURE, "completedStage", 1, JUST, 0);
    op(library, FUTURE, "failedFuture", 1, ERROR, 0);
    op(library, FUTURE, "failedStage", 1, ERROR, 0);
    op(library, FUTURE, "supplyAsync", -1, FROM_SUPPLIER, 0);
    op(library, FUTURE, "runAsync", -1, NULL_ITEM, -1);
    for (String type : List.of(STAGE, FUTURE)) {
      op(library, type, "thenApply", 1, MAP, 0);
      op(library, type, "thenApplyAsync", -1, MAP, 0);
      op(library, type, "thenCompose", 1, FLAT_MAP, 0);
      op(library, type, "thenComposeAsync", -1, FLAT_MAP, 0);
      op(library, type, "exceptionally", 1, RECOVER_ITEM, 0);
      op(library, type, "exceptionallyAsync", -1, RECOVER_ITEM, 0);
      op(library, type, "exceptionallyCompose", -1, RECOVER_WITH, 0);
      op(library, type, "handle", 1, HANDLE, 0);
      op(library, type, "handleAsync", -1, HANDLE, 0);
      op(library, type, "whenComplete", 1, PASS, -1);
      op(library, type, "whenCompleteAsync", -1, PASS, -1);
      op(library, type, "thenAccept", -1, TO_NULL, -1);
      op(library, type, "thenAcceptAsync", -1, TO_NULL, -1);
      op(library, type, "thenRun", -1, TO_NULL, -1);
      op(library, type, "thenRunAsync", -1, TO_NULL, -1);
      op(library, type, "toCompletableFuture", 0, PASS, -1);
      op(library, type, "orTimeout", 2, PASS, -1);
      op(library, type, "join", 0, BLOCK, -1);
      op(library, type, "get", -1, BLOCK, -1);
      library.otherMethods(type, new Effect.Async(AsyncOp.of(UNKNOWN_STEP)));
    }
  }

  private static void op(Library.Builder library, String owner, String name, int arity, AsyncOp.Kind kind, int argument) {
    library.method(owner, name, arity, new Effect.Async(AsyncOp.of(kind, argument)));
  }

  @Override
  public Set<String> ownPackages() {
    return Set.of("reactor.", "io.smallrye.mutiny.", "org.reactivestreams.");
  }
}
