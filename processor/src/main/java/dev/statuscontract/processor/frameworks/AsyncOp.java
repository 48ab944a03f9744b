package dev.statuscontract.processor.frameworks;

/**
 * What one method of a reactive or asynchronous type does to what the pipeline can emit: its
 * items, whether it can complete empty, and its failures. The body analysis applies these, in
 * order, as the framework that subscribes to the pipeline sees them.
 *
 * @param kind the operation
 * @param argument the argument it reads (a value, a function, an exception), or -1
 * @param typeArgument the argument that is a class literal restricting it to failures of that
 *     class ({@code onErrorResume(NotFoundException.class, f)}), or -1
 */
public record AsyncOp(Kind kind, int argument, int typeArgument) {

  /** The operations. */
  public enum Kind {
    /** A pipeline that emits the argument ({@code Mono.just(x)}); {@code null} makes it emit a null item. */
    JUST,
    /** A pipeline that emits the argument, or completes empty when it is {@code null} ({@code Mono.justOrEmpty}). */
    JUST_OR_EMPTY,
    /** A pipeline that emits what the argument, a supplier, returns ({@code Mono.fromSupplier(() -> x)}). */
    FROM_SUPPLIER,
    /** The pipeline the argument, a supplier of one, returns ({@code Mono.defer(() -> mono)}). */
    DEFER,
    /** A pipeline that completes without an item ({@code Mono.empty()}). */
    EMPTY,
    /** A pipeline whose item is {@code null} ({@code Uni.createFrom().nullItem()}, {@code voidItem()}). */
    NULL_ITEM,
    /** A pipeline that fails with the argument, an exception or a supplier of one ({@code Mono.error(e)}). */
    ERROR,
    /** The argument, another asynchronous value, as this one ({@code Uni.createFrom().completionStage(cs)}). */
    FROM_ASYNC,
    /** A source the analysis does not read: its items are of its static type, its completion unknown. */
    UNKNOWN_SOURCE,
    /** Each item becomes what the argument, a function, returns for it ({@code map}, {@code thenApply}). */
    MAP,
    /** Each non-null item becomes what the function returns; a null item stays ({@code onItem().ifNotNull().transform}). */
    MAP_NOT_NULL,
    /** Each item becomes what the pipeline the function returns emits ({@code flatMap}, {@code chain}, {@code thenCompose}). */
    FLAT_MAP,
    /** An empty completion emits the argument instead ({@code defaultIfEmpty(x)}). */
    DEFAULT_IF_EMPTY,
    /** An empty completion continues with the argument, a pipeline ({@code switchIfEmpty(mono)}). */
    SWITCH_IF_EMPTY,
    /** A null item becomes the argument, a value or a supplier of one ({@code onItem().ifNull().continueWith(x)}). */
    NULL_TO_ITEM,
    /** A null item becomes a failure with the argument ({@code onItem().ifNull().failWith(e)}). */
    NULL_TO_ERROR,
    /** A null item continues with the argument, a pipeline or a supplier of one ({@code ifNull().switchTo(uni)}). */
    NULL_SWITCH,
    /** A failure (of the class of {@code typeArgument}, if given) emits the argument, a value or a function of the failure. */
    RECOVER_ITEM,
    /** A failure continues with the pipeline the argument, a function of the failure, returns ({@code onErrorResume}). */
    RECOVER_WITH,
    /** A failure becomes the one the argument, a function, returns ({@code onErrorMap}). */
    MAP_ERROR,
    /** Item and failure both become what the argument, a function of both, returns ({@code handle}). */
    HANDLE,
    /** The pipeline emits the argument instead of its items ({@code thenReturn(x)}, {@code replaceWith(x)}). */
    REPLACE,
    /** The pipeline completes without an item once it has ({@code then()}). */
    TO_EMPTY,
    /** The pipeline emits a null item instead of its items ({@code replaceWithVoid()}). */
    TO_NULL,
    /** The pipeline continues with the argument, another pipeline, once it completes ({@code then(mono)}). */
    THEN,
    /** The pipeline may complete empty instead of emitting ({@code filter}). */
    MAY_EMPTY,
    /** The item is unchanged ({@code doOnNext}, {@code log}, {@code invoke}). */
    PASS,
    /** The pipeline's items, for a later step, are of the result's static type ({@code collectList}, {@code zipWith}). */
    OPAQUE_ITEMS,
    /** The following step applies to items ({@code Uni.onItem()}). */
    FOCUS_ITEM,
    /** The following step applies to null items ({@code onItem().ifNull()}). */
    FOCUS_NULL,
    /** The following step applies to non-null items ({@code onItem().ifNotNull()}). */
    FOCUS_NOT_NULL,
    /** The following step applies to failures, of the class of {@code typeArgument} if given ({@code onFailure()}). */
    FOCUS_FAILURE,
    /** Waits for the item and gives it back as a plain value ({@code block()}, {@code await().indefinitely()}). */
    BLOCK,
    /** A step the analysis does not read: what follows emits items of its static type, and nothing else is known. */
    UNKNOWN_STEP
  }

  public static AsyncOp of(Kind kind) {
    return new AsyncOp(kind, -1, -1);
  }

  public static AsyncOp of(Kind kind, int argument) {
    return new AsyncOp(kind, argument, -1);
  }

  public static AsyncOp filtered(Kind kind, int typeArgument, int argument) {
    return new AsyncOp(kind, argument, typeArgument);
  }
}
