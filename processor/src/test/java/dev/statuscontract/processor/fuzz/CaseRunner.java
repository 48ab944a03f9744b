package dev.statuscontract.processor.fuzz;

import dev.statuscontract.processor.fuzz.FuzzCompiler.Result;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Compiles cases, each twice, on one worker thread with a time limit, and judges them with the
 * {@link Oracle}. A case that does not finish in time is a violation of its own; the worker is then
 * abandoned (javac cannot be interrupted) and a fresh one takes over.
 */
final class CaseRunner implements AutoCloseable {

  /** What became of one case. {@code skipped} says why the oracle could not judge it, else null. */
  record Outcome(
      FuzzCase fuzzCase, Result plain, Result processed, List<Oracle.Violation> violations, String skipped, long cpuNanos) {

    boolean failed() {
      return !violations.isEmpty();
    }
  }

  private final long timeoutSeconds;
  private ExecutorService worker;
  private FuzzCompiler compiler;
  private int timeouts;

  CaseRunner(long timeoutSeconds) {
    this.timeoutSeconds = timeoutSeconds;
    start();
  }

  private void start() {
    worker =
        Executors.newSingleThreadExecutor(
            task -> {
              Thread thread = new Thread(task, "fuzz-javac");
              thread.setDaemon(true);
              return thread;
            });
    compiler = new FuzzCompiler();
  }

  /** How many cases ran out of time so far. */
  int timeouts() {
    return timeouts;
  }

  Outcome run(FuzzCase fuzzCase) {
    FuzzCompiler current = compiler;
    Future<Outcome> future = worker.submit(() -> judge(current, fuzzCase));
    try {
      return future.get(timeoutSeconds, TimeUnit.SECONDS);
    } catch (TimeoutException e) {
      future.cancel(true);
      timeouts++;
      worker.shutdownNow();
      start();
      return new Outcome(
          fuzzCase,
          null,
          null,
          List.of(new Oracle.Violation("no answer within " + timeoutSeconds + " s (a hang?)", "")),
          null,
          0);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    } catch (ExecutionException e) {
      // The oracle or the harness failed, not the compiler (whose exceptions are results).
      throw new IllegalStateException("the fuzz harness failed on " + fuzzCase.render(), e.getCause());
    }
  }

  private static Outcome judge(FuzzCompiler compiler, FuzzCase fuzzCase) {
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    long cpu = threads.getCurrentThreadCpuTime();
    Result plain = compiler.compile(fuzzCase, false);
    Result processed = compiler.compile(fuzzCase, true);
    cpu = threads.getCurrentThreadCpuTime() - cpu;
    if (plain.thrown() != null) {
      // javac itself crashed without any processor: nothing to compare with.
      return new Outcome(fuzzCase, plain, processed, List.of(), "javac crashed with -proc:none: " + plain.thrown(), cpu);
    }
    // The third compilation runs only when a helper class that a file refers to was not generated.
    long[] allHelpersCpu = new long[1];
    List<Oracle.Violation> violations =
        Oracle.check(
            fuzzCase,
            plain,
            processed,
            () -> {
              long before = threads.getCurrentThreadCpuTime();
              Result all = compiler.compileWithAllHelpers(fuzzCase);
              allHelpersCpu[0] = threads.getCurrentThreadCpuTime() - before;
              return all;
            });
    return new Outcome(fuzzCase, plain, processed, violations, null, cpu + allHelpersCpu[0]);
  }

  @Override
  public void close() throws IOException {
    worker.shutdownNow();
    compiler.close();
  }
}
