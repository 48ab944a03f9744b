/**
 * What endpoint method bodies produce: the status codes each method may return or throw, with the
 * headers and content it visibly sets, read on javac's attributed trees.
 *
 * <h2>Use</h2>
 *
 * <pre>{@code
 * // init():
 * BodyAnalysis.Start start = BodyAnalysis.startWith(env, sink);
 * if (start instanceof BodyAnalysis.Started started) {
 *   analysis = started.analysis();
 * } else {
 *   note(((BodyAnalysis.Unavailable) start).reason());  // "body analysis is unavailable: ..."
 * }
 * // process(), every round:
 * endpointClasses.forEach(analysis::watch);
 * analysis.watchHandlers(round);
 * // sink.analysed(AnalysedClass) later, once per watched class; then sink.finished(notAnalysed) once.
 * }</pre>
 *
 * <h2>When results come</h2>
 *
 * Javac analyses (attributes and flow-checks) each top-level class after all processing rounds,
 * firing a {@code TaskEvent.Kind.ANALYZE} event for it, and by default lowers and writes one class
 * before analysing the next. So each watched class is read at its own ANALYZE event (its
 * superclasses with source are read too, for their helpers), into plain {@code Facts} that outlive
 * javac's lowering; everything is resolved (helpers, mappers, advice) when the last watched class
 * has been read, and the sink is called then, still inside that event. If javac never analyses
 * some class (with {@code -proc:only}; after an error in a declaration, which stops javac before
 * analysis; for a class with no source here), the COMPILATION event ends the analysis instead: the
 * sink gets what was read and {@code finished} names the rest. An error inside a method body does
 * not stop analysis. Files written from the sink are written after the last round: the Filer takes
 * resources then, but not new sources.
 *
 * <h2>Diagnostics</h2>
 *
 * Each {@link dev.statuscontract.processor.analysis.Produced} has a {@code site}, a tree in the
 * analysed method's own body: {@code produced.site().print(Trees.instance(env), kind, message)}
 * prints there, with file, line and caret, as javac's own messages; {@code site().line()} is that
 * line. {@code origin()} is where the status is decided, inside a helper or mapper.
 *
 * <h2>What is read, and what is not</h2>
 *
 * Framework idioms live in {@code JaxRsIdioms} and {@code SpringIdioms}, matched by qualified
 * name; no framework is on the processor's class path. The analysis is a may-analysis: every
 * branch counts; a local variable holds whatever any assignment gives it, and a builder or {@code
 * HttpHeaders} variable every header any statement sets on it. Statuses that come from parameters,
 * fields, other objects' methods, helpers more than two calls deep or overridable methods are
 * {@link dev.statuscontract.processor.analysis.Status.Unknown}, never guessed. Returns inside
 * lambdas and local classes are not the method's.
 */
package dev.statuscontract.processor.analysis;
