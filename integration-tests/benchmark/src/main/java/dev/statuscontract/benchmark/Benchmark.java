package dev.statuscontract.benchmark;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.tools.ToolProvider;

/**
 * Measures what status-contract costs javac: generates large APIs, compiles each many times, each
 * time in a javac process of its own, with and without the processor, and prints a table of wall
 * times and peak memory. docs/performance.md explains the figures; run it with
 * integration-tests/benchmark/run.sh, which builds the module first.
 *
 * <pre>{@code java -cp integration-tests/benchmark/target/classes dev.statuscontract.benchmark.Benchmark
 *     [--sizes 2000,20000] [--runs 5] [--single-class 4000] [--bodies full,thin] [--configs ...] [--warmup 1]
 *     [--jvm-options "-Xms512m -Xmx6g"] [--work-dir DIR] [--keep]}</pre>
 *
 * <p>The class path of the generated APIs and the processor path come from files that
 * maven-dependency-plugin writes into the module's {@code target/benchmark-classpath/} when the
 * module is packaged; the no-op processor is compiled here, from the source the module carries as
 * a resource.
 */
public final class Benchmark {

  private static final String USAGE =
      String.join(
          "\n",
          "usage: Benchmark [options]",
          "  --sizes N[,N...]     endpoints of each generated service (default 2000,20000)",
          "  --runs N             timed compilations of each configuration (default 5)",
          "  --single-class N     endpoints of the one-class API; 0 leaves it out (default 4000)",
          "  --bodies full,thin   the services' method bodies: full (realistic), thin (one statement), or both (default)",
          "  --configs a,b,...    the configurations to run, by id (" + Config.ids() + "); the floor, no-op, always (default all)",
          "  --warmup N           untimed rounds first: -proc:none of each API, checking only of the first (default 1)",
          "  --jvm-options \"...\"  options of every javac JVM (default \"" + String.join(" ", Options.DEFAULT_JVM_OPTIONS) + "\")",
          "  --work-dir DIR       where the APIs and compiler outputs go (default target/benchmark-work of the module)",
          "  --keep               keep the generated APIs and the last outputs of each configuration");

  /** One way of compiling an API. */
  enum Config {
    PROC_NONE("-proc:none", false, false),
    NO_OP("no-op `*` processor", false, false),
    DECLARATIONS("checking declarations only", true, false),
    CHECKING("checking only", true, false),
    DOCS("checking + all docs", true, false),
    DEFAULTS("defaults, no helper used", true, false),
    DEFAULTS_USED("defaults, every class uses its helpers", true, true),
    ALL_HELPERS("every helper (helpers=all)", true, false);

    final String label;
    final boolean statusContract;
    /** Whether it compiles the API's variant whose classes call their helpers. */
    final boolean usesHelpers;

    Config(String label, boolean statusContract, boolean usesHelpers) {
      this.label = label;
      this.statusContract = statusContract;
      this.usesHelpers = usesHelpers;
    }

    /** How {@code --configs} names it: {@code no-op}, {@code defaults-used}, ... */
    String id() {
      return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    static String ids() {
      return Arrays.stream(values()).map(Config::id).collect(Collectors.joining(", "));
    }

    static Config ofId(String id) {
      return Arrays.stream(values())
          .filter(config -> config.id().equals(id.trim()))
          .findFirst()
          .orElseThrow(() -> new IllegalArgumentException("no configuration " + id + "; there are " + ids()));
    }

    List<String> javacOptions(Paths paths) {
      switch (this) {
        case PROC_NONE:
          return List.of("-proc:none");
        case NO_OP:
          return List.of("-processorpath", paths.noOpProcessor.toString());
        case DECLARATIONS:
          return List.of(
              "-processorpath", paths.processorPath,
              "-Astatuscontract.docs=none", "-Astatuscontract.helpers=none", "-Astatuscontract.analysis=false");
        case CHECKING:
          return List.of(
              "-processorpath", paths.processorPath,
              "-Astatuscontract.docs=none", "-Astatuscontract.helpers=none");
        case DOCS:
          return List.of("-processorpath", paths.processorPath, "-Astatuscontract.helpers=none");
        case DEFAULTS:
        case DEFAULTS_USED:
          return List.of("-processorpath", paths.processorPath);
        case ALL_HELPERS:
          return List.of("-processorpath", paths.processorPath, "-Astatuscontract.helpers=all");
        default:
          throw new AssertionError(this);
      }
    }
  }

  /** The command line. */
  record Options(
      List<Integer> sizes,
      int runs,
      int singleClass,
      List<ApiGenerator.Bodies> bodies,
      List<Config> configs,
      int warmup,
      List<String> jvmOptions,
      Path workDir,
      boolean keep) {

    static final List<String> DEFAULT_JVM_OPTIONS = List.of("-Xms512m", "-Xmx6g");

    static Options parse(String[] args, Path defaultWorkDir) {
      List<Integer> sizes = List.of(2000, 20000);
      int runs = 5;
      int singleClass = 4000;
      List<ApiGenerator.Bodies> bodies = List.of(ApiGenerator.Bodies.values());
      List<Config> configs = List.of(Config.values());
      int warmup = 1;
      List<String> jvmOptions = DEFAULT_JVM_OPTIONS;
      Path workDir = defaultWorkDir;
      boolean keep = false;
      for (int i = 0; i < args.length; i++) {
        String arg = args[i];
        switch (arg) {
          case "--sizes":
            sizes = Arrays.stream(value(args, ++i, arg).split(",")).map(String::trim).map(Integer::valueOf).toList();
            break;
          case "--runs":
            runs = Integer.parseInt(value(args, ++i, arg));
            break;
          case "--single-class":
            singleClass = Integer.parseInt(value(args, ++i, arg));
            break;
          case "--bodies":
            bodies =
                Arrays.stream(value(args, ++i, arg).split(","))
                    .map(String::trim)
                    .map(text -> ApiGenerator.Bodies.valueOf(text.toUpperCase(Locale.ROOT)))
                    .distinct()
                    .toList();
            break;
          case "--configs":
            Set<Config> chosen = EnumSet.of(Config.NO_OP);
            Arrays.stream(value(args, ++i, arg).split(",")).map(Config::ofId).forEach(chosen::add);
            configs = List.copyOf(chosen);
            break;
          case "--warmup":
            warmup = Integer.parseInt(value(args, ++i, arg));
            break;
          case "--jvm-options":
            String text = value(args, ++i, arg).trim();
            jvmOptions = text.isEmpty() ? List.of() : List.of(text.split("\\s+"));
            break;
          case "--work-dir":
            workDir = Path.of(value(args, ++i, arg)).toAbsolutePath();
            break;
          case "--keep":
            keep = true;
            break;
          case "--help":
          case "-h":
            System.out.println(USAGE);
            System.exit(0);
            break;
          default:
            throw new IllegalArgumentException("unknown option " + arg);
        }
      }
      if (runs < 1 || warmup < 0 || singleClass < 0 || sizes.stream().anyMatch(size -> size < 1)) {
        throw new IllegalArgumentException("sizes and runs must be positive, warmup and single-class at least 0");
      }
      if ((sizes.isEmpty() || bodies.isEmpty()) && singleClass == 0) {
        throw new IllegalArgumentException("nothing to measure");
      }
      return new Options(sizes, runs, singleClass, bodies, configs, warmup, jvmOptions, workDir, keep);
    }

    private static String value(String[] args, int i, String option) {
      if (i >= args.length) {
        throw new IllegalArgumentException(option + " needs a value");
      }
      return args[i];
    }
  }

  /** Where everything is. */
  static final class Paths {
    /** The benchmark's own classes (a directory or a jar): the launcher's class path. */
    Path benchmarkClasses;
    /** What the generated APIs compile against. */
    String apiClassPath;
    /** The processor and its runtime dependencies. */
    String processorPath;
    /** The no-op processor's class and service file. */
    Path noOpProcessor;
    Path work;
    Path logs;
  }

  /** The runs of one configuration on one API. */
  static final class Job {
    final ApiGenerator.Api api;
    final Config config;
    final Path sources;
    final List<Double> seconds = new ArrayList<>();
    final List<Long> peakKilobytes = new ArrayList<>();
    final List<Double> cpuSeconds = new ArrayList<>();
    final List<Double> javacThreadSeconds = new ArrayList<>();
    String findings = "";
    String wrote = "";
    String failure;
    /** Lines of the generated {@code *Responses.java}, counted after the first run of a configuration with helpers. */
    long helperLines = -1;
    int helperFiles;

    Job(ApiGenerator.Api api, Config config, Path sources) {
      this.api = api;
      this.config = config;
      this.sources = sources;
    }

    String name() {
      return api.name() + "/" + config.name().toLowerCase(Locale.ROOT);
    }
  }

  private static final Pattern SUMMARY =
      Pattern.compile(
          "\\[status-contract\\] checked (\\d+) endpoints? in (\\d+) class(?:es)?: (\\d+) errors?, (\\d+) warnings?");

  private Benchmark() {}

  public static void main(String[] args) throws Exception {
    Path target = moduleTarget();
    Options options;
    try {
      options = Options.parse(args, target.resolve("benchmark-work"));
    } catch (IllegalArgumentException e) {
      System.err.println(e.getMessage());
      System.err.println(USAGE);
      System.exit(2);
      return;
    }
    long started = System.nanoTime();
    Paths paths = paths(target, options.workDir());
    printMachine(options);

    List<ApiGenerator.Api> apis = new ArrayList<>();
    for (ApiGenerator.Bodies bodies : options.bodies()) {
      for (int size : options.sizes()) {
        String name = (bodies == ApiGenerator.Bodies.THIN ? "thin-" : "service-") + size;
        apis.add(ApiGenerator.service(size, fresh(paths.work.resolve("api/" + name + "/src")), bodies));
      }
    }
    if (options.singleClass() > 0) {
      int size = options.singleClass();
      apis.add(ApiGenerator.singleClass(size, fresh(paths.work.resolve("api/single-class-" + size + "/src"))));
    }
    Map<ApiGenerator.Api, Path> argFiles = new LinkedHashMap<>();
    Map<ApiGenerator.Api, Path> helperArgFiles = new LinkedHashMap<>();
    for (ApiGenerator.Api api : apis) {
      Path dir = paths.work.resolve("api/" + api.name());
      argFiles.put(api, argFile(api.sources(), dir.resolve("sources.txt")));
      if (!api.helperSources().isEmpty()) {
        helperArgFiles.put(api, argFile(api.helperSources(), dir.resolve("sources-with-helpers.txt")));
      }
      System.out.printf(
          Locale.ROOT, "generated %s: %,d endpoints in %s, %,d source files%s%n",
          api.name(), api.endpoints(), classes(api.classes()), api.sources().size(),
          api.helperSources().isEmpty() ? "" : ", and the same with every class calling its helpers");
    }

    List<Job> jobs = new ArrayList<>();
    for (ApiGenerator.Api api : apis) {
      List<Config> configs =
          api.name().startsWith("single-class")
              ? List.of(Config.PROC_NONE, Config.NO_OP, Config.DEFAULTS, Config.ALL_HELPERS)
              : List.of(Config.values());
      for (Config config : configs) {
        if (!options.configs().contains(config)) {
          continue;
        }
        jobs.add(new Job(api, config, config.usesHelpers ? helperArgFiles.get(api) : argFiles.get(api)));
      }
    }

    // Untimed: brings the JDK, the jars and the sources into the file cache.
    List<Job> warmups = new ArrayList<>();
    for (ApiGenerator.Api api : apis) {
      warmups.add(new Job(api, Config.PROC_NONE, argFiles.get(api)));
      if (api == apis.get(0)) {
        warmups.add(new Job(api, Config.CHECKING, argFiles.get(api)));
      }
    }
    for (int w = 0; w < options.warmup(); w++) {
      for (Job job : warmups) {
        System.out.printf(Locale.ROOT, "warm-up %d/%d  %-24s %-40s", w + 1, options.warmup(), job.api.name(), job.config.label);
        Run run = compile(job, paths, options, "warmup");
        System.out.printf(Locale.ROOT, " %7.2f s%s%n", run.seconds, run.exitCode == 0 ? "" : "  (exit " + run.exitCode + ")");
      }
    }

    // Round-robin: run 1 of every configuration, then run 2 of every one, and so on, so that a
    // change in the machine's load spreads over all of them.
    for (int r = 1; r <= options.runs(); r++) {
      for (Job job : jobs) {
        if (job.failure != null) {
          continue;
        }
        System.out.printf(Locale.ROOT, "run %d/%d  %-24s %-40s", r, options.runs(), job.api.name(), job.config.label);
        Run run = compile(job, paths, options, "run" + r);
        if (run.exitCode != 0) {
          Path kept = paths.logs.resolve(job.name().replace('/', '-') + "-failed.log");
          Files.copy(run.log, kept, StandardCopyOption.REPLACE_EXISTING);
          job.failure = "javac exit " + run.exitCode + ", see " + kept;
          System.out.printf(Locale.ROOT, " FAILED (%s)%n", job.failure);
          continue;
        }
        job.seconds.add(run.seconds);
        if (run.peakKilobytes >= 0) {
          job.peakKilobytes.add(run.peakKilobytes);
        }
        if (run.cpuSeconds >= 0) {
          job.cpuSeconds.add(run.cpuSeconds);
        }
        if (run.javacThreadSeconds >= 0) {
          job.javacThreadSeconds.add(run.javacThreadSeconds);
        }
        System.out.printf(
            Locale.ROOT, " %7.2f s %7s s CPU %8s MB; load %.2f%s%n", run.seconds, seconds(run.cpuSeconds), megabytes(run.peakKilobytes),
            ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(),
            job.findings.equals("-") || job.findings.equals("0 errors, 0 warnings") ? "" : "  " + job.findings);
      }
    }

    System.out.println();
    report(options, apis, jobs);
    if (!options.keep()) {
      deleteRecursively(paths.work.resolve("api"));
      deleteRecursively(paths.work.resolve("out"));
    }
    System.out.printf(
        Locale.ROOT, "%nbenchmark took %s; logs of the last run of each configuration in %s%n",
        human(Duration.ofNanos(System.nanoTime() - started)), paths.logs);
  }

  // ---------------------------------------------------------------------------------------------
  // Compiling

  /** One javac process. */
  record Run(double seconds, long peakKilobytes, double cpuSeconds, double javacThreadSeconds, int exitCode, Path log) {}

  private static Run compile(Job job, Paths paths, Options options, String label) throws IOException, InterruptedException {
    Path out = fresh(paths.work.resolve("out").resolve(job.name()));
    Path classes = Files.createDirectories(out.resolve("classes"));
    Path generated = Files.createDirectories(out.resolve("generated"));
    Path measuresFile = out.resolve("measures.txt");
    Path log = paths.logs.resolve(job.name().replace('/', '-') + ".log");

    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(options.jvmOptions());
    command.add("-cp");
    command.add(paths.benchmarkClasses.toString());
    command.add(JavacLauncher.class.getName());
    command.add(measuresFile.toString());
    command.addAll(List.of("-d", classes.toString(), "-s", generated.toString(), "-encoding", "UTF-8"));
    command.addAll(List.of("-cp", paths.apiClassPath));
    command.addAll(job.config.javacOptions(paths));
    command.add("@" + job.sources);

    ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
    long start = System.nanoTime();
    Process process = builder.start();
    int exitCode = process.waitFor();
    double seconds = (System.nanoTime() - start) / 1e9;

    long peak = -1;
    double cpu = -1;
    double javacThread = -1;
    if (Files.exists(measuresFile)) {
      String[] measures = Files.readString(measuresFile, StandardCharsets.UTF_8).trim().split(" ");
      peak = Long.parseLong(measures[0]);
      cpu = seconds(Long.parseLong(measures[1]));
      javacThread = seconds(Long.parseLong(measures[2]));
    }
    if (exitCode == 0 && !label.equals("warmup")) {
      inspect(job, log, classes, generated);
    }
    if (!options.keep()) {
      deleteRecursively(out);
    }
    return new Run(seconds, peak, cpu, javacThread, exitCode, log);
  }

  /** Milliseconds as seconds; -1 stays -1, unknown. */
  private static double seconds(long millis) {
    return millis < 0 ? -1 : millis / 1000.0;
  }

  /** Reads the processor's summary and counts what the compilation wrote. */
  private static void inspect(Job job, Path log, Path classes, Path generated) throws IOException {
    String output = Files.readString(log, StandardCharsets.UTF_8);
    if (job.config.statusContract) {
      Matcher summary = SUMMARY.matcher(output);
      if (!summary.find()) {
        job.findings = "no summary from status-contract";
      } else {
        int endpoints = Integer.parseInt(summary.group(1));
        String findings = summary.group(3) + " errors, " + summary.group(4) + " warnings";
        job.findings = endpoints == job.api.endpoints() ? findings : findings + " (checked " + endpoints + " endpoints)";
      }
    } else {
      job.findings = "-";
    }
    long docs = countFiles(classes.resolve("META-INF/status-contract"), path -> true);
    long helpers = countFiles(generated, path -> path.getFileName().toString().endsWith("Responses.java"));
    List<String> wrote = new ArrayList<>();
    if (docs > 0) {
      wrote.add(docs + " docs");
    }
    if (helpers > 0) {
      wrote.add(helpers + (helpers == 1 ? " helper class" : " helper classes"));
    }
    job.wrote = wrote.isEmpty() ? "-" : String.join(", ", wrote);
    if ((job.config == Config.ALL_HELPERS || job.config == Config.DEFAULTS_USED) && job.helperLines < 0) {
      long lines = 0;
      int files = 0;
      try (Stream<Path> walk = Files.walk(generated)) {
        for (Path file : walk.filter(p -> p.getFileName().toString().endsWith("Responses.java")).toList()) {
          lines += lines(file);
          files++;
        }
      }
      job.helperLines = lines;
      job.helperFiles = files;
    }
  }

  private static long countFiles(Path dir, java.util.function.Predicate<Path> filter) throws IOException {
    if (!Files.isDirectory(dir)) {
      return 0;
    }
    try (Stream<Path> walk = Files.walk(dir)) {
      return walk.filter(Files::isRegularFile).filter(filter).count();
    }
  }

  private static long lines(Path file) throws IOException {
    byte[] bytes = Files.readAllBytes(file);
    long lines = 0;
    for (byte b : bytes) {
      if (b == '\n') {
        lines++;
      }
    }
    return bytes.length > 0 && bytes[bytes.length - 1] != '\n' ? lines + 1 : lines;
  }

  // ---------------------------------------------------------------------------------------------
  // Report

  private static void report(Options options, List<ApiGenerator.Api> apis, List<Job> jobs) {
    for (ApiGenerator.Api api : apis) {
      List<Job> ofApi = jobs.stream().filter(job -> job.api == api).toList();
      Job noOp = find(ofApi, Config.NO_OP);
      Job procNone = find(ofApi, Config.PROC_NONE);
      String title =
          api.name().startsWith("single-class")
              ? String.format(Locale.ROOT, "One class with %,d endpoints", api.endpoints())
              : String.format(
                  Locale.ROOT, "%,d endpoints in %s, %s bodies", api.endpoints(), classes(api.classes()),
                  api.bodies() == ApiGenerator.Bodies.THIN ? "thin" : "full");
      System.out.printf(Locale.ROOT, "### %s (%,d source files)%n%n", title, api.sources().size());
      System.out.println(
          "| configuration | median s | min-max s | x no-op | x -proc:none | CPU s | CPU x no-op | javac thread x no-op | peak RSS MB | RSS x no-op | findings | wrote |");
      System.out.println("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|---|");
      for (Job job : ofApi) {
        if (job.failure != null && job.seconds.isEmpty()) {
          System.out.printf("| %s | FAILED: %s | | | | | | | | | | |%n", job.config.label, job.failure);
          continue;
        }
        double median = median(job.seconds);
        System.out.printf(
            Locale.ROOT, "| %s | %.2f | %.2f-%.2f | %s | %s | %s | %s | %s | %s | %s | %s | %s |%n",
            job.config.label + (job.failure != null ? " (FAILED later: " + job.failure + ")" : ""),
            median,
            job.seconds.stream().mapToDouble(Double::doubleValue).min().orElse(Double.NaN),
            job.seconds.stream().mapToDouble(Double::doubleValue).max().orElse(Double.NaN),
            ratio(median, noOp == null ? Double.NaN : median(noOp.seconds)),
            ratio(median, procNone == null ? Double.NaN : median(procNone.seconds)),
            seconds(median(job.cpuSeconds)),
            ratio(median(job.cpuSeconds), noOp == null ? Double.NaN : median(noOp.cpuSeconds)),
            ratio(median(job.javacThreadSeconds), noOp == null ? Double.NaN : median(noOp.javacThreadSeconds)),
            megabytes(medianLong(job.peakKilobytes)),
            ratio(medianLong(job.peakKilobytes), noOp == null ? Double.NaN : medianLong(noOp.peakKilobytes)),
            job.findings,
            job.wrote);
      }
      if (find(ofApi, Config.DEFAULTS_USED) != null) {
        System.out.println(
            "\n\"defaults, every class uses its helpers\" compiles the same API with bodies that build their responses"
                + " with the helpers, which compiles only with the processor; its ratios are to the floor of the API above.");
      }
      for (Config config : List.of(Config.ALL_HELPERS, Config.DEFAULTS_USED)) {
        Job helpers = find(ofApi, config);
        if (helpers != null && helpers.helperLines >= 0) {
          System.out.printf(
              Locale.ROOT, "helper source (%s): %,d lines in %,d *Responses.java files, %.1f lines per endpoint%n",
              config.label, helpers.helperLines, helpers.helperFiles, (double) helpers.helperLines / api.endpoints());
        }
      }
      Job checking = find(ofApi, Config.CHECKING);
      Job docs = find(ofApi, Config.DOCS);
      if (checking != null && docs != null) {
        System.out.printf(
            Locale.ROOT, "docs' extra time (checking + all docs minus checking only): %.2f s%n",
            docsExtra(ofApi));
      }
      System.out.println();
    }
    for (ApiGenerator.Bodies bodies : ApiGenerator.Bodies.values()) {
      printDocsScaling(services(apis, bodies), jobs);
    }
    printTargets(apis, jobs);
  }

  private static void printDocsScaling(List<ApiGenerator.Api> services, List<Job> jobs) {
    if (services.size() < 2) {
      return;
    }
    ApiGenerator.Api smallest = services.get(0);
    double base = docsExtra(ofApi(jobs, smallest));
    System.out.printf(
        Locale.ROOT, "docs' extra time by size, %s bodies (checking + all docs minus checking only):%n",
        smallest.bodies().name().toLowerCase(Locale.ROOT));
    for (ApiGenerator.Api api : services) {
      double extra = docsExtra(ofApi(jobs, api));
      System.out.printf(
          Locale.ROOT, "  %,7d endpoints: %7.2f s, x%s of %,d endpoints'%n",
          api.endpoints(), extra, ratio(extra, base), smallest.endpoints());
    }
    System.out.println();
  }

  /**
   * A target of docs/performance.md: a configuration's time or peak memory as a ratio to the
   * floor's; or, with {@code minus}, the time it takes beyond {@code minus}, as a fraction of the
   * floor's.
   */
  private record Target(String goal, Config config, boolean memory, double limit, Config minus) {
    Target(String goal, Config config, boolean memory, double limit) {
      this(goal, config, memory, limit, null);
    }

    /**
     * The value the verdict reads: a ratio of medians; for a difference, the median of the rounds'
     * differences ({@link PairedDifference}) as a fraction of the floor's median.
     */
    double value(List<Job> jobs, ApiGenerator.Api api) {
      if (memory) {
        return memoryRatio(jobs, api, config);
      }
      return minus == null ? timeRatio(jobs, api, config, Config.NO_OP) : paired(jobs, api).median();
    }

    /** For a difference, the difference of the two configurations' medians, as a fraction of the floor's. */
    double unpairedValue(List<Job> jobs, ApiGenerator.Api api) {
      return minus == null || memory
          ? Double.NaN
          : timeRatio(jobs, api, config, Config.NO_OP) - timeRatio(jobs, api, minus, Config.NO_OP);
    }

    /** For a difference, the median of the rounds' differences and its 90% interval, as fractions of the floor's median. */
    PairedDifference.Estimate paired(List<Job> jobs, ApiGenerator.Api api) {
      Job job = find(ofApi(jobs, api), config);
      Job base = minus == null ? null : find(ofApi(jobs, api), minus);
      Job floor = find(ofApi(jobs, api), Config.NO_OP);
      if (job == null || base == null || floor == null || memory) {
        return PairedDifference.estimate(List.of(), INTERVAL);
      }
      double floorSeconds = median(floor.seconds);
      return PairedDifference.estimate(
          PairedDifference.differences(job.seconds, base.seconds).stream().map(d -> d / floorSeconds).toList(), INTERVAL);
    }

    /** The same of a CPU time ({@code javacThread}: of javac's thread alone), for a time target; NaN for memory. */
    double cpuValue(List<Job> jobs, ApiGenerator.Api api, boolean javacThread) {
      if (memory) {
        return Double.NaN;
      }
      double ratio = cpuRatio(jobs, api, config, javacThread);
      return minus == null ? ratio : ratio - cpuRatio(jobs, api, minus, javacThread);
    }
  }

  private static final List<Target> TARGETS =
      List.of(
          new Target("checking only (with the analysis), time", Config.CHECKING, false, 1.10),
          new Target("checking + all docs, time", Config.DOCS, false, 1.15),
          new Target("defaults, no helper used, time", Config.DEFAULTS, false, 1.5),
          new Target("defaults, every class uses its helpers, time", Config.DEFAULTS_USED, false, 2.0),
          new Target(
              "the analysis of bodies (checking only minus checking declarations only), time, as a fraction of the floor's",
              Config.CHECKING, false, 0.10, Config.DECLARATIONS),
          new Target("checking only, peak memory", Config.CHECKING, true, 1.3),
          new Target("checking + all docs, peak memory", Config.DOCS, true, 1.3),
          new Target("defaults, no helper used, peak memory", Config.DEFAULTS, true, 1.3),
          new Target("defaults, every class uses its helpers, peak memory", Config.DEFAULTS_USED, true, 1.3));

  /** The level of the interval printed with a difference's estimate. */
  private static final double INTERVAL = 0.90;

  /** How much a ratio to the floor may grow from the smallest size to the largest, for "still linear". */
  private static final double LINEAR_GROWTH = 1.10;

  /**
   * The targets of docs/performance.md, each as a ratio to the no-op floor of the same API, read at
   * the smallest and the largest size measured of each kind of bodies, marked met or missed; then
   * whether each configuration stays linear: its time's ratio to the floor at the largest size is
   * at most {@value #LINEAR_GROWTH} times its ratio at the smallest.
   */
  private static void printTargets(List<ApiGenerator.Api> apis, List<Job> jobs) {
    List<ApiGenerator.Api> columns = new ArrayList<>();
    for (ApiGenerator.Bodies bodies : ApiGenerator.Bodies.values()) {
      List<ApiGenerator.Api> services = services(apis, bodies);
      if (!services.isEmpty()) {
        columns.add(services.get(0));
        if (services.size() > 1) {
          columns.add(services.get(services.size() - 1));
        }
      }
    }
    if (columns.isEmpty()) {
      return;
    }
    System.out.println("### Targets");
    System.out.println();
    System.out.println(
        "Ratios to the no-op floor of the same API (medians of wall time, or of peak memory); in parentheses, the"
            + " same of the CPU time of all the JVM's threads and of javac's thread alone, which a loaded machine"
            + " distorts less. A target that is the difference of two configurations reads the median of the"
            + " rounds' differences (the two compilations of a round run one after the other), with its 90%"
            + " bootstrap interval and the difference of the two medians beside it. docs/performance.md states"
            + " the targets for 2,000 and 20,000 endpoints, full and thin bodies.");
    System.out.println();
    StringBuilder header = new StringBuilder("| target | limit |");
    StringBuilder rule = new StringBuilder("|---|---:|");
    for (ApiGenerator.Api api : columns) {
      header.append(String.format(Locale.ROOT, " %s %,d |", api.bodies().name().toLowerCase(Locale.ROOT), api.endpoints()));
      rule.append("---:|");
    }
    System.out.println(header);
    System.out.println(rule);
    int met = 0;
    int missed = 0;
    for (Target target : TARGETS) {
      StringBuilder row = new StringBuilder(String.format(Locale.ROOT, "| %s | %.2f |", target.goal(), target.limit()));
      for (ApiGenerator.Api api : columns) {
        double value = target.value(jobs, api);
        double cpu = target.cpuValue(jobs, api, false);
        double javacThread = target.cpuValue(jobs, api, true);
        row.append(' ').append(verdict(value, target.limit()));
        PairedDifference.Estimate paired = target.paired(jobs, api);
        if (!Double.isNaN(paired.median())) {
          row.append(
              String.format(
                  Locale.ROOT, " (%.0f%% interval %.3f to %.3f over %d rounds; difference of medians %.3f)",
                  INTERVAL * 100, paired.low(), paired.high(), paired.rounds(), target.unpairedValue(jobs, api)));
        }
        if (!Double.isNaN(cpu)) {
          row.append(String.format(Locale.ROOT, " (CPU %.2f, javac thread %.2f)", cpu, javacThread));
        }
        row.append(" |");
        if (!Double.isNaN(value)) {
          if (value <= target.limit()) {
            met++;
          } else {
            missed++;
          }
        }
      }
      System.out.println(row);
    }
    for (ApiGenerator.Bodies bodies : ApiGenerator.Bodies.values()) {
      List<ApiGenerator.Api> services = services(apis, bodies);
      if (services.size() < 2) {
        continue;
      }
      ApiGenerator.Api small = services.get(0);
      ApiGenerator.Api large = services.get(services.size() - 1);
      for (Config config : List.of(Config.CHECKING, Config.DOCS, Config.DEFAULTS, Config.DEFAULTS_USED)) {
        double growth = timeRatio(jobs, large, config, Config.NO_OP) / timeRatio(jobs, small, config, Config.NO_OP);
        StringBuilder row =
            new StringBuilder(
                String.format(
                    Locale.ROOT, "| still linear, %s bodies: %s, ratio at %,d / ratio at %,d | %.2f |",
                    bodies.name().toLowerCase(Locale.ROOT), config.label, large.endpoints(), small.endpoints(), LINEAR_GROWTH));
        for (ApiGenerator.Api api : columns) {
          row.append(api == large ? " " + verdict(growth, LINEAR_GROWTH) + " |" : " |");
        }
        System.out.println(row);
        if (!Double.isNaN(growth)) {
          if (growth <= LINEAR_GROWTH) {
            met++;
          } else {
            missed++;
          }
        }
      }
    }
    System.out.printf(Locale.ROOT, "%ntargets met: %d, missed: %d%n", met, missed);
  }

  /** The value with three decimals, so that a ratio shown at the limit is not a miss in disguise, and met or MISSED. */
  private static String verdict(double value, double limit) {
    return Double.isNaN(value)
        ? "n/a"
        : String.format(Locale.ROOT, "%.3f %s", value, value <= limit ? "met" : "MISSED");
  }

  private static double cpuRatio(List<Job> jobs, ApiGenerator.Api api, Config config, boolean javacThread) {
    Job job = find(ofApi(jobs, api), config);
    Job base = find(ofApi(jobs, api), Config.NO_OP);
    if (job == null || base == null) {
      return Double.NaN;
    }
    return javacThread
        ? median(job.javacThreadSeconds) / median(base.javacThreadSeconds)
        : median(job.cpuSeconds) / median(base.cpuSeconds);
  }

  private static double memoryRatio(List<Job> jobs, ApiGenerator.Api api, Config config) {
    Job job = find(ofApi(jobs, api), config);
    Job base = find(ofApi(jobs, api), Config.NO_OP);
    return job == null || base == null ? Double.NaN : medianLong(job.peakKilobytes) / medianLong(base.peakKilobytes);
  }

  /** The generated services with {@code bodies}, smallest first. */
  private static List<ApiGenerator.Api> services(List<ApiGenerator.Api> apis, ApiGenerator.Bodies bodies) {
    return apis.stream()
        .filter(api -> !api.name().startsWith("single-class") && api.bodies() == bodies)
        .sorted(Comparator.comparingInt(ApiGenerator.Api::endpoints))
        .toList();
  }

  private static List<Job> ofApi(List<Job> jobs, ApiGenerator.Api api) {
    return jobs.stream().filter(job -> job.api == api).toList();
  }

  private static double timeRatio(List<Job> jobs, ApiGenerator.Api api, Config config, Config floor) {
    Job job = find(ofApi(jobs, api), config);
    Job base = find(ofApi(jobs, api), floor);
    return job == null || base == null ? Double.NaN : median(job.seconds) / median(base.seconds);
  }

  private static double docsExtra(List<Job> ofApi) {
    Job checking = find(ofApi, Config.CHECKING);
    Job docs = find(ofApi, Config.DOCS);
    return checking == null || docs == null ? Double.NaN : median(docs.seconds) - median(checking.seconds);
  }

  private static Job find(List<Job> jobs, Config config) {
    return jobs.stream().filter(job -> job.config == config).findFirst().orElse(null);
  }

  private static double median(List<Double> values) {
    if (values.isEmpty()) {
      return Double.NaN;
    }
    double[] sorted = values.stream().mapToDouble(Double::doubleValue).sorted().toArray();
    int middle = sorted.length / 2;
    return sorted.length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
  }

  private static double medianLong(List<Long> values) {
    return median(values.stream().map(Long::doubleValue).toList());
  }

  private static String ratio(double value, double base) {
    return Double.isNaN(value) || Double.isNaN(base) || base == 0 ? "-" : String.format(Locale.ROOT, "%.2f", value / base);
  }

  private static String seconds(double seconds) {
    return Double.isNaN(seconds) || seconds < 0 ? "n/a" : String.format(Locale.ROOT, "%.2f", seconds);
  }

  private static String megabytes(double kilobytes) {
    return Double.isNaN(kilobytes) || kilobytes < 0 ? "n/a" : String.format(Locale.ROOT, "%,.0f", kilobytes / 1024);
  }

  private static String classes(int count) {
    return String.format(Locale.ROOT, "%,d %s", count, count == 1 ? "class" : "classes");
  }

  private static String human(Duration duration) {
    long seconds = duration.toSeconds();
    return seconds < 120 ? seconds + " s" : String.format(Locale.ROOT, "%d min %02d s", seconds / 60, seconds % 60);
  }

  // ---------------------------------------------------------------------------------------------
  // Set-up

  private static void printMachine(Options options) {
    Runtime runtime = Runtime.getRuntime();
    String cpu = firstValue(Path.of("/proc/cpuinfo"), "model name").orElse(System.getProperty("os.arch"));
    String memory =
        firstValue(Path.of("/proc/meminfo"), "MemTotal")
            .map(total -> String.format(Locale.ROOT, "%.1f GB", Long.parseLong(total.replaceAll("\\D", "")) / 1024.0 / 1024.0))
            .orElseGet(Benchmark::memoryFromBean);
    System.out.println("status-contract benchmark");
    System.out.printf(
        Locale.ROOT, "machine: %d cores (%s), %s memory, %s %s %s; load average %.2f at start%n",
        runtime.availableProcessors(), cpu, memory,
        System.getProperty("os.name"), System.getProperty("os.version"), System.getProperty("os.arch"),
        ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
    System.out.printf(
        Locale.ROOT, "JDK: %s %s (%s), %s%n",
        System.getProperty("java.vm.name"), System.getProperty("java.runtime.version"),
        System.getProperty("java.vm.vendor"), System.getProperty("java.home"));
    System.out.printf(
        Locale.ROOT,
        "javac: one process per compilation, %s; JVM options %s; %d timed run(s) of each configuration, round-robin, after %d warm-up round(s)%n%n",
        "java " + JavacLauncher.class.getSimpleName() + " (the system compiler, as bin/javac runs it)",
        options.jvmOptions().isEmpty() ? "(none)" : String.join(" ", options.jvmOptions()),
        options.runs(), options.warmup());
  }

  private static String memoryFromBean() {
    if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean bean) {
      return String.format(Locale.ROOT, "%.1f GB", bean.getTotalMemorySize() / 1024.0 / 1024.0 / 1024.0);
    }
    return "unknown";
  }

  private static Optional<String> firstValue(Path file, String key) {
    if (!Files.isReadable(file)) {
      return Optional.empty();
    }
    try (Stream<String> lines = Files.lines(file)) {
      return lines
          .filter(line -> line.startsWith(key))
          .map(line -> line.substring(line.indexOf(':') + 1).trim())
          .findFirst();
    } catch (IOException | UncheckedIOException e) {
      return Optional.empty();
    }
  }

  /** target/ of the benchmark module: the parent of target/classes or of the module's jar. */
  private static Path moduleTarget() throws URISyntaxException {
    Path location = Path.of(Benchmark.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    return location.getParent();
  }

  private static Paths paths(Path target, Path work) throws IOException {
    Paths paths = new Paths();
    paths.benchmarkClasses =
        Path.of(uncheckedUri(Benchmark.class.getProtectionDomain().getCodeSource().getLocation()));
    Path classPaths = target.resolve("benchmark-classpath");
    paths.apiClassPath = readPath(classPaths.resolve("api.txt"));
    paths.processorPath = readPath(classPaths.resolve("processor.txt"));
    paths.work = Files.createDirectories(work);
    paths.logs = Files.createDirectories(work.resolve("logs"));
    paths.noOpProcessor = compileNoOpProcessor(work.resolve("no-op-processor"));
    return paths;
  }

  private static java.net.URI uncheckedUri(java.net.URL url) {
    try {
      return url.toURI();
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  /** A path file of maven-dependency-plugin, every entry of which must exist. */
  private static String readPath(Path file) throws IOException {
    if (!Files.isRegularFile(file)) {
      throw new IllegalStateException(
          file + " is missing; build the module first: mvn -B -q -pl integration-tests/benchmark -am package -DskipTests");
    }
    String path = Files.readString(file, StandardCharsets.UTF_8).trim();
    for (String entry : path.split(java.io.File.pathSeparator)) {
      if (!Files.exists(Path.of(entry))) {
        throw new IllegalStateException(entry + " (listed in " + file + ") does not exist; rebuild the module");
      }
    }
    return path;
  }

  /** Compiles the no-op processor into {@code dir}/classes, with its service file. */
  private static Path compileNoOpProcessor(Path dir) throws IOException {
    String name = "dev/statuscontract/benchmark/noop/NoOpProcessor.java";
    Path source = fresh(dir).resolve("src").resolve(name);
    Files.createDirectories(source.getParent());
    try (InputStream in = Benchmark.class.getResourceAsStream("/noop-processor-source/" + name)) {
      if (in == null) {
        throw new IllegalStateException("the no-op processor's source is not among the benchmark's resources");
      }
      Files.copy(in, source);
    }
    Path classes = Files.createDirectories(dir.resolve("classes"));
    int exitCode = ToolProvider.getSystemJavaCompiler().run(null, null, null, "-d", classes.toString(), source.toString());
    if (exitCode != 0) {
      throw new IllegalStateException("the no-op processor does not compile");
    }
    Path services = classes.resolve("META-INF/services/javax.annotation.processing.Processor");
    Files.createDirectories(services.getParent());
    Files.writeString(services, "dev.statuscontract.benchmark.noop.NoOpProcessor\n", StandardCharsets.UTF_8);
    return classes;
  }

  /** A javac argument file that lists {@code sources}. */
  private static Path argFile(List<Path> sources, Path file) throws IOException {
    String lines =
        sources.stream()
            .map(path -> '"' + path.toAbsolutePath().toString().replace("\\", "\\\\").replace("\"", "\\\"") + '"')
            .collect(Collectors.joining("\n", "", "\n"));
    Files.writeString(file, lines, StandardCharsets.UTF_8);
    return file;
  }

  /** {@code dir}, empty. */
  private static Path fresh(Path dir) throws IOException {
    deleteRecursively(dir);
    return Files.createDirectories(dir);
  }

  private static void deleteRecursively(Path dir) throws IOException {
    if (!Files.exists(dir)) {
      return;
    }
    try (Stream<Path> walk = Files.walk(dir)) {
      for (Path path : walk.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(path);
      }
    }
  }
}
