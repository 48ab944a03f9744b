package dev.statuscontract.benchmark;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import javax.tools.ToolProvider;

/**
 * Runs javac in this JVM, then writes the JVM's peak resident memory and the CPU time it used to
 * a file: the process the benchmark times and measures for each compilation.
 *
 * <pre>{@code java <jvm options> -cp <benchmark classes> dev.statuscontract.benchmark.JavacLauncher <measures-file> <javac arguments...>}</pre>
 *
 * <p>javac runs exactly as {@code bin/javac} runs it (the system compiler's {@code run} is {@code
 * com.sun.tools.javac.Main.compile} with the command-line arguments), and the process exits with
 * javac's exit code, as {@code bin/javac} does. The peak is {@code VmHWM}, the high-water mark of
 * the resident set that Linux keeps in {@code /proc/self/status}, read after javac returns and
 * before the JVM exits; it covers everything the process touched: heap, metaspace, code cache,
 * thread stacks. Where there is no {@code /proc} (not Linux) the file says {@code -1}. The CPU time,
 * user and system, is that of every thread of the JVM (javac's, the JIT compilers', the garbage
 * collector's: what the compilation takes from a machine that has other work to do), then that of
 * javac's thread alone, which the load of other processes on the machine distorts less than it does
 * the wall time. The file holds the three numbers, kilobytes and milliseconds, on one line; -1 for
 * one that is not known.
 */
public final class JavacLauncher {

  private JavacLauncher() {}

  public static void main(String[] args) throws IOException {
    if (args.length < 1) {
      System.err.println("usage: JavacLauncher <measures-file> <javac arguments...>");
      System.exit(2);
    }
    Path measuresFile = Path.of(args[0]);
    String[] javacArguments = Arrays.copyOfRange(args, 1, args.length);
    int exitCode = ToolProvider.getSystemJavaCompiler().run(null, null, null, javacArguments);
    long javacThread = ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
    Files.writeString(
        measuresFile,
        peakResidentKilobytes() + " " + cpuMillis() + " " + (javacThread < 0 ? -1 : javacThread / 1_000_000),
        StandardCharsets.UTF_8);
    System.exit(exitCode);
  }

  /** The CPU time of this JVM so far, all threads, in milliseconds; -1 where it is not known. */
  static long cpuMillis() {
    if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean bean) {
      long nanos = bean.getProcessCpuTime();
      return nanos < 0 ? -1 : nanos / 1_000_000;
    }
    return -1;
  }

  /** {@code VmHWM} of this process in kB, or -1 where the system does not report it. */
  static long peakResidentKilobytes() {
    Path status = Path.of("/proc/self/status");
    if (!Files.isReadable(status)) {
      return -1;
    }
    try {
      List<String> lines = Files.readAllLines(status, StandardCharsets.UTF_8);
      for (String line : lines) {
        if (line.startsWith("VmHWM:")) {
          // "VmHWM:\t  123456 kB"
          String[] parts = line.substring("VmHWM:".length()).trim().split("\\s+");
          return Long.parseLong(parts[0]);
        }
      }
    } catch (IOException | NumberFormatException e) {
      return -1;
    }
    return -1;
  }
}
