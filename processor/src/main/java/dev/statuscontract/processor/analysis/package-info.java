/**
 * What endpoint method bodies answer: the statuses each endpoint may answer, with the headers and
 * content it visibly sets, read on javac's attributed trees, as the model's {@link
 * dev.statuscontract.processor.model.Answer}s.
 *
 * <h2>Use</h2>
 *
 * <pre>{@code
 * // init():
 * BodyAnalysis.Start start = BodyAnalysis.startWith(env, typeRefs, sink);
 * // process(), every round:
 * analysis.round(round);            // every class of the compilation is read
 * analysis.watch(endpointClass);    // its trees are kept, to print findings at
 * // sink.completed(results, notAnalysed) once, when the last class has been read:
 * results.answers(method, controller, framework, bodyTypes);   // empty: body not read
 * results.frameworkAnswers(method, controller, framework, answers); // validation, security, timeouts
 * }</pre>
 *
 * <h2>How</h2>
 *
 * <p>{@code Engine}, a javac {@code TaskListener}, reads each top-level class of the compilation at
 * its {@code ANALYZE} event, before javac lowers it: {@code Reader} turns each method body (and each
 * lambda) into plain {@code Facts} (returned {@code Value}s, thrown exceptions, calls, statuses set
 * on the container's response) that outlive the trees; only classes whose findings may be printed
 * keep theirs. When the last class is read (or the compilation ends), {@code Resolver} fills in what
 * calls return and throw, six calls deep, through the one implementation of an interface where the
 * compilation has exactly one ({@code Implementations}), each method summarised once per depth;
 * {@code Pipelines} runs Reactor, Mutiny and {@code CompletionStage} pipelines over their operators;
 * {@code Answering} turns the result into {@code Answer}s as the framework that maps the endpoint
 * runs it: its defaults, its exception handlers picked by type (with the handlers' own tests of the
 * exception's type), the framework's own answers.
 *
 * <p>What each framework does is data, in {@link dev.statuscontract.processor.frameworks}; nothing
 * here names a framework's class. The analysis is a may-analysis: every branch counts. What it
 * cannot know (a status from a parameter, a field, another module, a pipeline of unknown shape) is
 * a {@link dev.statuscontract.processor.model.Status.Unknown}, never a guess, and produces no
 * finding.
 */
package dev.statuscontract.processor.analysis;
