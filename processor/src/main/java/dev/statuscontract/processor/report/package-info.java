/**
 * What a team adopting the processor on an existing service uses (a baseline, SARIF, the OpenAPI
 * document of generated code, fixes), as pure parts: none of them reads options, prints or writes
 * files. The processor's {@code Adoption} reads the options and holds the findings as printed,
 * {@code GeneratedSources} words the findings about generated code, and {@code FixPlanner} turns
 * findings into {@link dev.statuscontract.processor.report.SourceEdit}s.
 *
 * <ul>
 *   <li>The input: {@link dev.statuscontract.processor.report.ReportedFinding} (with its {@link
 *       dev.statuscontract.processor.report.SourceLocation}) for each finding as it was printed,
 *       and {@link dev.statuscontract.processor.report.RuleInfo} for each rule.
 *   <li>{@code findings.json} and the baseline: {@link
 *       dev.statuscontract.processor.report.Fingerprint#of}, {@link
 *       dev.statuscontract.processor.report.FindingsJson#render}, {@link
 *       dev.statuscontract.processor.report.Baseline#parse} and {@link
 *       dev.statuscontract.processor.report.Baseline#match}.
 *   <li>{@code findings.sarif}: {@link dev.statuscontract.processor.report.Sarif#render}.
 *   <li>Contract-first projects: {@link dev.statuscontract.processor.report.SpecIndex#read}, the
 *       lines of an OpenAPI document's operations and responses.
 *   <li>{@code fixes.patch}: {@link dev.statuscontract.processor.report.Fixes#apply} on one
 *       file's text, then {@link dev.statuscontract.processor.report.UnifiedDiff#of}; the diffs of
 *       the files, concatenated, are the patch.
 * </ul>
 *
 * <p>What can fail on the user's input returns a {@link
 * dev.statuscontract.processor.report.Result}: a value, problems ready to print, or both; nothing
 * throws on it. The same input always gives byte-identical output.
 *
 * <pre>{@code
 * List<ReportedFinding> findings = ...;                       // as printed, suppressions applied
 * Result<Baseline> read = Baseline.parse(Files.readString(file), file.getFileName().toString());
 * read.problems().forEach(reporter::error);
 * Baseline.Match match = read.value().orElseThrow().match(findings);
 * match.fresh().forEach(reporter::print);                    // the accepted ones are only counted
 * match.stale().forEach(entry -> reporter.note("no longer found: " + entry.describe()));
 * write("findings.json", FindingsJson.render(findings));
 * write("findings.sarif", Sarif.render(findings, rules, version, helpBaseUri));
 * }</pre>
 */
package dev.statuscontract.processor.report;
