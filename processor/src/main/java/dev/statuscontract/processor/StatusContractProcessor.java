package dev.statuscontract.processor;

import com.google.auto.service.AutoService;
import dev.statuscontract.processor.analysis.Environments;
import dev.statuscontract.processor.diagnostics.BooleanOption;
import dev.statuscontract.processor.diagnostics.Consolidation;
import dev.statuscontract.processor.diagnostics.PlatformText;
import dev.statuscontract.processor.diagnostics.Reporter;
import dev.statuscontract.processor.diagnostics.RuleConfig;
import dev.statuscontract.processor.diagnostics.Suppressions;
import dev.statuscontract.processor.docs.DocsFormat;
import dev.statuscontract.processor.docs.OpenApiDocs;
import dev.statuscontract.processor.model.Contract;
import dev.statuscontract.processor.model.DeclaredResponse;
import dev.statuscontract.processor.model.Endpoint;
import dev.statuscontract.processor.model.Level;
import dev.statuscontract.processor.model.Origin;
import dev.statuscontract.processor.model.Answers;
import dev.statuscontract.processor.report.FindingsJson;
import dev.statuscontract.processor.report.ReportedFinding;
import dev.statuscontract.processor.report.Sarif;
import dev.statuscontract.processor.rules.DeclaredNotReturned;
import dev.statuscontract.processor.rules.Finding;
import dev.statuscontract.processor.rules.UndeclaredStatus;
import dev.statuscontract.processor.rules.Rule;
import dev.statuscontract.processor.rules.Rules;
import dev.statuscontract.processor.scan.ContractScanner;
import dev.statuscontract.processor.scan.SchemaReader;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.ProcessingEnvironment;
import javax.annotation.processing.Processor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.ElementFilter;
import javax.tools.Diagnostic;

/**
 * Checks the status-code contracts of JAX-RS and Spring MVC endpoints against HTTP semantics.
 *
 * <p>This class only orchestrates rounds: it collects the classes of each round, has the {@link
 * ContractScanner} build their contracts, runs the {@link Rules}, and reports the findings. A class
 * that refers to types javac cannot resolve yet is left for a later round. When the last round is
 * over it writes the documentation of every endpoint it saw, in every round, through the {@code
 * Filer}.
 */
@AutoService(Processor.class)
public final class StatusContractProcessor extends AbstractProcessor {

  /** {@code -Astatuscontract.helpers=used|all|none}: which classes get typed response helpers ({@link HelperDemand}). */
  static final String HELPERS_OPTION = "statuscontract.helpers";

  /** {@code -Astatuscontract.analysis=false} turns the analysis of method bodies off. */
  static final String ANALYSIS_OPTION = "statuscontract.analysis";

  private final List<Rule> rules;

  private ContractScanner scanner;
  /**
   * The schemas of the bodies, worked out in the round that scans each class, while javac can be
   * asked about the members of their types; for the documentation.
   */
  private SchemaReader schemas;
  private Reporter reporter;
  private RuleConfig config;
  private Outputs outputs;
  /** The documents of the endpoints to write; {@code findings.sarif} is {@link #sarif}. */
  private Set<DocsFormat> docsFormats;
  /** Whether {@code findings.sarif} is written. */
  private boolean sarif;
  /** Report only, the baseline, generated code, and the findings as files. */
  private Adoption adoption;
  /** The mechanical fixes of the findings, where {@code statuscontract.fix} asks for them. */
  private Optional<FixPlanner> fixes = Optional.empty();
  /** Every endpoint checked, by its origin, and every declaration, by its own: what fixes and advice need of a finding. */
  private final Map<Origin, Endpoint> endpointsByOrigin = new HashMap<>();
  private final Map<Origin, DeclaredResponse> declarationsByOrigin = new HashMap<>();
  /** The names of the classes with endpoints, the originating elements of the reports. */
  private final Set<String> checkedClasses = new LinkedHashSet<>();
  private OpenApiDocs.Info openApiInfo;
  private HelperDemand helpers;
  /** The analysis of method bodies, where it runs. */
  private Optional<CodeChecks> code = Optional.empty();
  /** Why there is no analysis of method bodies, said once where there are endpoints; empty when there is. */
  private String analysisUnavailable = "";
  /** The contracts of the classes whose bodies are analysed, by class name, in the order checked. */
  private final Map<String, Contract> analysedContracts = new LinkedHashMap<>();
  /** The classes whose bodies are analysed, by class name. */
  private final Map<String, TypeElement> analysedTypes = new LinkedHashMap<>();

  /** Names of classes whose types were not resolved yet, to look at again next round. */
  private final Set<String> deferred = new LinkedHashSet<>();
  /** Names of every class of the compilation's sources and of earlier rounds' generated sources. */
  private final Set<String> sourceTypes = new HashSet<>();
  /** Names of classes already checked, so that no class is checked (and reported) twice. */
  private final Set<String> done = new HashSet<>();
  /** Findings to print, one per defect and in source order, when {@link #flush} is next called. */
  private final List<Consolidation.Held> held = new ArrayList<>();
  /** Findings already printed: rule, place and code. */
  private final Set<List<Object>> reported = new HashSet<>();
  /** How many findings were printed, by kind, for the summary. */
  private int errors;
  private int warnings;
  /** The endpoints of every checked class, by class name, for the documentation; none without it. */
  private final Map<String, List<Endpoint>> endpoints = new LinkedHashMap<>();
  /** How many endpoints and classes were checked, for the summary. */
  private int endpointCount;

  /** How many endpoints' code the analysis read in full, and in part (a status it cannot know); none without the analysis. */
  private int readInFull;

  private int readInPart;
  private int classCount;

  public StatusContractProcessor() {
    this(Rules.all());
  }

  /** A processor that runs only {@code rules}; for tests. */
  StatusContractProcessor(List<Rule> rules) {
    this.rules = List.copyOf(rules);
  }

  @Override
  public Set<String> getSupportedAnnotationTypes() {
    // Endpoints are found through framework annotations the processor reads by name, and composed
    // annotations can have any name: every class of the compilation is of interest.
    return Set.of("*");
  }

  @Override
  public Set<String> getSupportedOptions() {
    return Set.of(
        RuleConfig.RULES_OPTION,
        RuleConfig.WARNINGS_AS_ERRORS_OPTION,
        DocsFormat.OPTION,
        HELPERS_OPTION,
        ANALYSIS_OPTION,
        SourcesOption.OPTION,
        OpenApiDocs.Info.TITLE_OPTION,
        OpenApiDocs.Info.VERSION_OPTION,
        OpenApiDocs.Info.SERVER_OPTION,
        OpenApiDocs.Info.CONTACT_OPTION,
        OpenApiDocs.Info.LICENSE_OPTION,
        OpenApiDocs.Info.SECURITY_SCHEME_OPTION,
        Adoption.ERRORS_AS_WARNINGS_OPTION,
        Adoption.BASELINE_OPTION,
        Adoption.SPEC_OPTION,
        Adoption.FIX_OPTION,
        Adoption.RULE_PAGES_OPTION);
  }

  @Override
  public SourceVersion getSupportedSourceVersion() {
    return SourceVersion.latestSupported();
  }

  @Override
  public synchronized void init(ProcessingEnvironment env) {
    super.init(env);
    List<String> problems = new ArrayList<>();
    scanner =
        new ContractScanner(
            env.getElementUtils(),
            env.getTypeUtils(),
            AuxiliaryClasses.detector(env),
            SourcesOption.parse(env.getOptions().get(SourcesOption.OPTION), problems));
    schemas = new SchemaReader(env.getElementUtils());
    // javac's own environment, where a build tool wraps it: the places of findings come from its trees.
    ProcessingEnvironment javac = Optional.ofNullable(Environments.unwrap(env).javac()).orElse(env);
    reporter = Reporter.create(env, javac);
    outputs = new Outputs(env.getFiler(), env.getElementUtils(), reporter);
    config = RuleConfig.parse(env.getOptions(), rules);
    DocsFormat.Selection docs = DocsFormat.parse(env.getOptions().get(DocsFormat.OPTION));
    docsFormats = EnumSet.noneOf(DocsFormat.class);
    docsFormats.addAll(docs.formats());
    sarif = docsFormats.remove(DocsFormat.SARIF);
    problems.addAll(config.problems());
    problems.addAll(docs.problems());
    adoption = Adoption.read(env.getOptions(), problems);
    if (adoption.fix()) {
      fixes = Optional.of(new FixPlanner(reporter, env.getElementUtils(), adoption.generated(), rules));
    }
    helpers = HelperDemand.create(HelperDemand.Mode.parse(env.getOptions(), problems), env, javac);
    if (BooleanOption.read(env.getOptions(), ANALYSIS_OPTION, true, problems)) {
      startAnalysis(env);
    }
    openApiInfo = OpenApiDocs.Info.from(env.getOptions(), problems);
    problems.forEach(problem -> reporter.print(Diagnostic.Kind.ERROR, "[status-contract] " + problem));
  }

  /**
   * Starts the analysis of method bodies, whose findings and inferred contracts come after javac
   * has analysed the classes, when the rounds are over; where it cannot run, keeps the reason.
   */
  private void startAnalysis(ProcessingEnvironment env) {
    try {
      code =
          CodeChecks.start(
              env,
              scanner::typeRef,
              this::analysed,
              message -> reporter.print(Diagnostic.Kind.NOTE, "[status-contract] " + message),
              reason -> analysisUnavailable = reason);
      code.ifPresent(checks -> reporter.locateSpotsWith(checks::locate));
    } catch (LinkageError noTreeApi) {
      analysisUnavailable = "body analysis is unavailable: the compiler tree API is not here (" + noTreeApi + ")";
    }
  }

  @Override
  public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
    List<TypeElement> types = typesOf(round);
    types.forEach(type -> sourceTypes.add(type.getQualifiedName().toString()));
    scanner.register(types);
    helpers.read(round);
    code.ifPresent(checks -> checks.round(round));
    for (TypeElement type : types) {
      String name = type.getQualifiedName().toString();
      if (done.contains(name)) {
        continue;
      }
      try {
        Optional<Contract> scanned = scanner.scan(type);
        if (scanned.isEmpty()) {
          deferred.add(name);
          continue;
        }
        deferred.remove(name);
        done.add(name);
        Contract contract = scanned.get();
        for (Endpoint endpoint : contract.endpoints()) {
          endpointsByOrigin.putIfAbsent(endpoint.origin(), endpoint);
          endpoint.declarations().forEach(declaration -> declarationsByOrigin.putIfAbsent(declaration.declaration(), declaration));
        }
        check(contract);
        if (code.isPresent() && !docsFormats.isEmpty()) {
          // The responses that exception handlers answer are documented with their body types.
          ContractScanner.exceptionHandlers(type).forEach(handler -> scanner.handlerBody(handler).ifPresent(schemas::schemaOf));
        }
        if (!contract.endpoints().isEmpty()) {
          endpointCount += contract.endpoints().size();
          classCount++;
          checkedClasses.add(name);
          if (!docsFormats.isEmpty()) {
            endpoints.put(name, contract.endpoints().stream().map(Endpoint::detached).toList());
            outputs.describeClasses(contract.endpoints());
            readSchemas(contract.endpoints());
          }
          if (helpers.wanted(type)) {
            outputs.writeHelpers(type, contract.endpoints(), sourceTypes);
          }
          if (code.isPresent()) {
            code.get().watch(type, contract);
            code.get().places(type, contract, processingEnv.getElementUtils()).forEach(reporter::remember);
            rememberDeclarations(contract);
            analysedContracts.put(name, contract);
            analysedTypes.put(name, type);
          } else if (!analysisUnavailable.isEmpty()) {
            reporter.print(Diagnostic.Kind.NOTE, "[status-contract] " + analysisUnavailable);
            analysisUnavailable = "";
          }
        }
      } catch (RuntimeException | LinkageError e) {
        done.add(name);
        deferred.remove(name);
        reportInternalError(type, e);
      }
    }
    writeDemandedHelpers();
    if (round.processingOver() && code.map(CodeChecks::pending).orElse(false)) {
      if (!endpoints.isEmpty()) {
        outputs.reserveDocs(endpoints, docsFormats);
      }
      if (classCount > 0) {
        outputs.reserveReports(reportNames(), checkedClasses);
      }
    }
    if (round.processingOver() && code.map(checks -> !checks.pending()).orElse(true)) {
      if (classCount > 0) {
        finish();
      } else {
        flush();
        adoption.closingErrors().forEach(error -> reporter.print(Diagnostic.Kind.ERROR, "[status-contract] " + error));
      }
    }
    return false;
  }

  /**
   * Finds now, before javac lowers the class, the places of the declarations that findings about
   * the code may point at, or whose file they name: those {@code declared-not-returned} and {@code
   * undeclared-status} may name, the first declaration of each endpoint's contract (whether it is
   * in generated code), and, where fixes are written, every declaration on a method that a fix may
   * edit.
   */
  private void rememberDeclarations(Contract contract) {
    for (Endpoint endpoint : contract.endpoints()) {
      if (endpoint.writtenWith().isEmpty()) {
        continue;
      }
      for (DeclaredResponse response : endpoint.responses()) {
        if (response.level() == Level.METHOD && (fixes.isPresent() || DeclaredNotReturned.mayPointAt(response))) {
          reporter.remember(response.declaration());
        }
      }
      firstDeclaration(endpoint).ifPresent(reporter::remember);
    }
  }

  /** The first declaration written on the endpoint's method, whose file says whether its contract is generated. */
  private static Optional<Origin> firstDeclaration(Endpoint endpoint) {
    return endpoint.declarations().stream()
        .filter(d -> d.level() == Level.METHOD && !d.declaredWith().isInferred() && d.declaration().element() != null)
        .map(DeclaredResponse::declaration)
        .findFirst();
  }

  /**
   * Writes the helpers that the compilation refers to of classes it does not check now: classes of
   * the class path, and classes checked in an earlier round that a generated source refers to.
   * Their contracts are not checked again here.
   */
  private void writeDemandedHelpers() {
    for (TypeElement type : helpers.unmet(name -> sourceTypes.contains(name) && !done.contains(name))) {
      try {
        scanner.scan(type)
            .filter(contract -> !contract.endpoints().isEmpty())
            .ifPresent(contract -> outputs.writeHelpers(type, contract.endpoints(), sourceTypes));
      } catch (RuntimeException | LinkageError e) {
        reportInternalError(type, e);
      }
    }
  }

  /**
   * Works out the schema of every body and parameter type of {@code classEndpoints}, of the entity
   * their return types name (the body of an inferred response), and of the types they refer to.
   */
  private void readSchemas(List<Endpoint> classEndpoints) {
    for (Endpoint endpoint : classEndpoints) {
      for (DeclaredResponse declaration : endpoint.declarations()) {
        declaration.body().ifPresent(schemas::schemaOf);
      }
      endpoint.parameters().forEach(parameter -> schemas.schemaOf(parameter.type()));
      endpoint.requestBody().ifPresent(body -> schemas.schemaOf(body.type()));
      if (code.isPresent()) {
        CodeChecks.returnedBody(endpoint).ifPresent(schemas::schemaOf);
      }
    }
  }

  /**
   * Once javac has analysed every class with endpoints (or stopped before): checks what their
   * bodies produce, adds the inferred responses to the documentation, and finishes.
   */
  private void analysed(CodeChecks checks) {
    try {
      for (Map.Entry<String, Contract> entry : analysedContracts.entrySet()) {
        List<Answers> observed = checks.observe(analysedTypes.get(entry.getKey()), entry.getValue());
        for (Answers answers : observed) {
          if (answers.complete()) {
            readInFull++;
          } else {
            readInPart++;
          }
        }
        fixes.ifPresent(planner -> planner.observed(observed, entry.getValue().endpoints()));
        print(rule -> rule.checkBuilt(observed));
        if (endpoints.containsKey(entry.getKey())) {
          List<Endpoint> documented = new ArrayList<>();
          for (Endpoint endpoint : entry.getValue().endpoints()) {
            Endpoint inferred =
                observed.stream()
                    .filter(o -> o.endpoint() == endpoint)
                    .findFirst()
                    .map(CodeChecks::withInferred)
                    .orElse(endpoint);
            // The body types that only the code names get their schemas now, while javac still runs.
            inferred.declarations().stream()
                .filter(declaration -> declaration.declaredWith().isInferred())
                .flatMap(declaration -> declaration.body().stream())
                .forEach(schemas::schemaOf);
            documented.add(inferred.detached());
          }
          endpoints.put(entry.getKey(), documented);
        }
      }
    } catch (RuntimeException | LinkageError e) {
      reporter.print(
          Diagnostic.Kind.NOTE,
          "[status-contract] internal error in body analysis, whose findings are incomplete: " + e
              + "; the declarations were checked. Please report it.");
    }
    analysedContracts.clear();
    analysedTypes.clear();
    finish();
  }

  /** Prints the findings, writes the documentation and prints the summary: the last thing the processor does. */
  private void finish() {
    flush();
    Optional<String> docs = Optional.empty();
    try {
      if (!endpoints.isEmpty()) {
        docs =
            outputs.writeDocs(
                endpoints, schemas.schemas(), docsFormats, openApiInfo);
      }
    } catch (RuntimeException | LinkageError e) {
      reportInternalError(e);
    }
    try {
      writeReports();
    } catch (RuntimeException | LinkageError e) {
      reportInternalError(e);
    }
    endpointsByOrigin.clear();
    declarationsByOrigin.clear();
    adoption.closingErrors().forEach(error -> reporter.print(Diagnostic.Kind.ERROR, "[status-contract] " + error));
    adoption.closingNotes().forEach(note -> reporter.print(Diagnostic.Kind.NOTE, "[status-contract] " + note));
    printSummary(docs);
  }

  /** The names of the reports of the findings that this build writes. */
  private List<String> reportNames() {
    List<String> names = new ArrayList<>(List.of(FindingsJson.FILE_NAME));
    if (sarif) {
      names.add(Sarif.FILE_NAME);
    }
    if (fixes.isPresent()) {
      names.add(FixPlanner.FILE_NAME);
    }
    return names;
  }

  /**
   * Writes {@code findings.json} wherever endpoints were checked, {@code findings.sarif} where the
   * docs option asks for it, and {@code fixes.patch} where the fix option does, next to the
   * documentation.
   */
  private void writeReports() {
    if (classCount == 0) {
      return;
    }
    Map<String, String> files = new LinkedHashMap<>();
    files.put(FindingsJson.FILE_NAME, adoption.findingsJson());
    if (sarif) {
      files.put(Sarif.FILE_NAME, adoption.sarif(rules));
    }
    if (fixes.isPresent()) {
      FixPlanner.Patch patch = fixes.get().patch();
      files.put(FixPlanner.FILE_NAME, patch.text());
      patch.notes().forEach(note -> reporter.print(Diagnostic.Kind.NOTE, "[status-contract] " + note));
    }
    outputs.writeReports(files, checkedClasses);
  }

  /**
   * One line at the end of the build: what was checked, what was found, and where the
   * documentation went.
   */
  private void printSummary(Optional<String> docs) {
    reporter.print(
        Diagnostic.Kind.NOTE,
        String.format(
            "[status-contract] checked %s in %s: %s, %s%s%s%s",
            plural(endpointCount, "endpoint"),
            plural(classCount, "class"),
            plural(errors, "error")
                + (adoption.errorsAsWarningsCount() > 0 ? " (printed as warnings: report only)" : ""),
            plural(warnings, "warning"),
            adoption.countsTail(),
            code.isPresent() ? "; " + codeRead() : "",
            docs.map(location -> "; documentation in " + location).orElse("")));
  }

  /**
   * How much of the endpoints' code was read: {@code the code of all 12 read}, or {@code the code
   * of 9 read in full, of 2 in part, of 1 not at all}. In part: a status the code computes at run
   * time; not at all: no body to read in this compilation (a method javac stopped before, an
   * interface method no class of this compilation implements).
   */
  private String codeRead() {
    int none = Math.max(0, endpointCount - readInFull - readInPart);
    if (readInFull == endpointCount) {
      return endpointCount == 1 ? "its code read" : "the code of all " + endpointCount + " read";
    }
    List<String> parts = new ArrayList<>();
    parts.add("of " + readInFull + " read in full");
    if (readInPart > 0) {
      parts.add("of " + readInPart + " in part");
    }
    if (none > 0) {
      parts.add("of " + none + " not at all");
    }
    return "the code " + String.join(", ", parts);
  }

  private static String plural(int count, String noun) {
    return count + " " + (count == 1 ? noun : noun.endsWith("s") ? noun + "es" : noun + "s");
  }

  /** The classes of this round, nested ones included, then those deferred from earlier rounds. */
  private List<TypeElement> typesOf(RoundEnvironment round) {
    List<TypeElement> types = new ArrayList<>();
    addTypes(ElementFilter.typesIn(round.getRootElements()), types);
    for (String name : List.copyOf(deferred)) {
      Optional.ofNullable(processingEnv.getElementUtils().getTypeElement(name)).ifPresent(types::add);
    }
    return types;
  }

  private static void addTypes(Iterable<TypeElement> roots, List<TypeElement> out) {
    for (TypeElement type : roots) {
      out.add(type);
      addTypes(ElementFilter.typesIn(type.getEnclosedElements()), out);
    }
  }

  /** Runs the rules on one class's contract and prints its findings, in source order. */
  private void check(Contract contract) {
    print(rule -> rule.check(contract));
  }

  /** Holds the findings of every rule that is on, to print when the checking is over. */
  private void print(Function<Rule, List<Finding>> check) {
    for (Rule rule : rules) {
      Optional<Diagnostic.Kind> kind = config.kind(rule);
      if (kind.isEmpty()) {
        continue;
      }
      for (Finding finding : check.apply(rule)) {
        if (Suppressions.suppressed(finding.at().element(), rule.id())
            || Suppressions.suppressed(finding.context().element(), rule.id())) {
          continue;
        }
        Reporter.Location location = reporter.locate(finding.at());
        if (location.file().isEmpty() && finding.context() != finding.at()) {
          // A declaration compiled elsewhere (an interface in a jar): said at the endpoint, here.
          Reporter.Location endpoint = reporter.locate(finding.context());
          if (!endpoint.file().isEmpty()) {
            location = endpoint;
            finding =
                new Finding(
                    finding.ruleId(), finding.at(), finding.code(),
                    finding.message() + " [declared in " + declaringClass(finding.at()) + ", which is compiled elsewhere]",
                    finding.context(), finding.endpoints(), finding.replaces());
          }
        }
        Optional<GeneratedSources.Generator> generator = generatedDeclaration(finding, location);
        if (generator.isPresent()) {
          finding =
              new Finding(
                  finding.ruleId(), finding.at(), finding.code(),
                  adoption.generated().message(
                      generator.get(), finding.message(), finding.ruleId(), requiredHeader(rule),
                      first(finding.endpoints()), methodName(finding.context()), finding.code(), replacedCode(finding)),
                  finding.context(), finding.endpoints(), finding.replaces());
          generatedFindings.add(finding);
        }
        held.add(new Consolidation.Held(finding, location, kind.get(), finding.replaces().map(reporter::locate)));
      }
    }
    if (code.isEmpty()) {
      // Without the analysis nothing comes later, and an element's place is found best in its round.
      flush();
    }
  }

  /** The findings whose declaration is in generated code, which {@code fixes.patch} leaves alone. */
  private final Set<Finding> generatedFindings = new HashSet<>();

  /**
   * What generated the declaration that {@code finding} is about, or that the fix of a finding on
   * the code changes (an undeclared status is declared in the endpoint's contract); empty where a
   * person writes it.
   */
  private Optional<GeneratedSources.Generator> generatedDeclaration(Finding finding, Reporter.Location location) {
    if (finding.at().spot().isEmpty()) {
      return adoption.generated().of(finding.at().element(), location.file());
    }
    if (!finding.ruleId().equals(UndeclaredStatus.ID)) {
      return Optional.empty();
    }
    Origin declaration = finding.replaces().orElse(null);
    if (declaration == null) {
      Endpoint endpoint = endpointsByOrigin.get(finding.context());
      if (endpoint == null) {
        return Optional.empty();
      }
      declaration = firstDeclaration(endpoint).orElse(null);
      if (declaration == null) {
        return Optional.empty();
      }
    }
    return adoption.generated().of(declaration.element(), reporter.locate(declaration).file());
  }

  /** The status a declaration declares that the fix of {@code finding} changes, or 0. */
  private int replacedCode(Finding finding) {
    return finding.replaces().map(declarationsByOrigin::get).map(DeclaredResponse::code).orElse(0);
  }

  /** The header {@code rule} asks for, or {@code ""}. */
  private static String requiredHeader(Rule rule) {
    return rule instanceof dev.statuscontract.processor.rules.RequiresHeader header ? header.header() : "";
  }

  private static String first(List<String> items) {
    return items.isEmpty() ? "" : items.get(0);
  }

  /** The simple name of the Java method {@code origin} is on, or {@code ""}. */
  private static String methodName(Origin origin) {
    return origin.element() instanceof javax.lang.model.element.ExecutableElement method ? method.getSimpleName().toString() : "";
  }

  /** The class that declares what {@code origin} is about, for messages. */
  private static String declaringClass(Origin origin) {
    for (Element e = origin.element(); e != null; e = e.getEnclosingElement()) {
      if (e instanceof TypeElement type) {
        return type.getQualifiedName().toString();
      }
    }
    return String.valueOf(origin.element());
  }

  /**
   * Prints the findings held so far, one per defect, in source order. Findings are held until the
   * checking is over: javac analyses no class once an error has been printed, so printing a
   * declaration's error during the rounds would hide every finding in the bodies; and one finding
   * that stands for several endpoints, of several classes, is printed once.
   */
  private void flush() {
    List<Consolidation.Merged> findings = new ArrayList<>();
    for (Consolidation.Merged finding : Consolidation.of(held)) {
      if (reported.add(List.of(finding.ruleId(), finding.location().key(), finding.finding().code()))) {
        findings.add(finding);
      }
    }
    held.clear();
    // The rules' order groups findings by rule; a reader goes down the file.
    findings.sort(
        Comparator.comparing((Consolidation.Merged f) -> f.location().file()).thenComparingLong(f -> f.location().position()));
    for (Consolidation.Merged finding : findings) {
      ReportedFinding reported = reported(finding);
      boolean generatedCode = generatedFindings.contains(finding.finding());
      Optional<Diagnostic.Kind> printed = adoption.take(reported, finding.kind(), generatedCode);
      if (!generatedCode) {
        fixes.ifPresent(planner -> planner.fix(finding, endpointsByOrigin, declarationsByOrigin));
      }
      if (printed.isEmpty()) {
        continue;
      }
      finding.location().print(printed.get(), PlatformText.printable("[" + finding.ruleId() + "] " + finding.message()));
      if (finding.kind() == Diagnostic.Kind.ERROR) {
        errors++;
      } else {
        warnings++;
      }
    }
  }

  /** A printed finding as the reports describe it. */
  private static ReportedFinding reported(Consolidation.Merged merged) {
    Finding finding = merged.finding();
    // The declaring source: the class of the declaration or the code the finding is printed at, and
    // its method, if it is on one; not the endpoints', which the endpoints identify.
    Element about = finding.at().element() != null ? finding.at().element() : finding.context().element();
    String type = "";
    for (Element e = about; e != null; e = e.getEnclosingElement()) {
      if (e instanceof TypeElement t) {
        type = t.getQualifiedName().toString();
        break;
      }
    }
    return new ReportedFinding(
        finding.ruleId(),
        merged.kind() == Diagnostic.Kind.ERROR ? ReportedFinding.Level.ERROR : ReportedFinding.Level.WARNING,
        merged.message(),
        Adoption.sourceLocation(merged.location()),
        merged.endpoints(),
        Math.max(0, finding.code()),
        type,
        methodName(finding.at().element() != null ? finding.at() : finding.context()));
  }

  private void reportInternalError(Element element, Throwable e) {
    reporter.print(Diagnostic.Kind.ERROR, internalErrorMessage("checking " + element, e), element);
  }

  private void reportInternalError(Throwable e) {
    reporter.print(Diagnostic.Kind.ERROR, internalErrorMessage("writing the documentation", e));
  }

  private static String internalErrorMessage(String doing, Throwable e) {
    StringWriter trace = new StringWriter();
    e.printStackTrace(new PrintWriter(trace));
    return String.format(
        "[status-contract] internal error while %s: %s. This is a bug in status-contract, not in"
            + " your code; please report it with this message. To build meanwhile, remove the"
            + " processor from annotationProcessorPaths.%n%s",
        doing, e, trace);
  }
}
