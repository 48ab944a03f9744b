package dev.statuscontract.processor.report;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.StreamReadFeature;
import dev.statuscontract.processor.report.JsonTree.Arr;
import dev.statuscontract.processor.report.JsonTree.Node;
import dev.statuscontract.processor.report.JsonTree.Obj;
import dev.statuscontract.processor.report.JsonTree.Scalar;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The findings a project has accepted: a {@code findings.json} ({@link FindingsJson}) written by
 * an earlier build and kept as the baseline. A build compares its findings with it ({@link
 * #match}): those in the baseline are accepted and only counted, the others are new, and entries
 * that no finding matches any more are stale (fixed, or changed beyond recognition), to be removed
 * from the file.
 *
 * <p>Matching is by {@link Fingerprint} only, and counts: a baseline with one entry of a
 * fingerprint accepts one finding of it, and a second, identical finding is new.
 */
public final class Baseline {

  private static final JsonFactory FACTORY =
      JsonFactory.builder().enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build();

  /**
   * One accepted finding, as the baseline lists it.
   *
   * @param index its index in the file's {@code findings} array, from 0
   * @param fingerprint its {@link Fingerprint}
   * @param rule its rule id, or {@code ""} where the entry does not say
   * @param endpoints its endpoints, as the entry lists them
   * @param status its status code, or 0 where the entry does not say
   * @param file the file it was in when the baseline was written, or {@code ""}
   * @param line its line then, or 0
   */
  public record Entry(
      int index, String fingerprint, String rule, List<String> endpoints, int status, String file, int line) {

    /** Copies the endpoints. */
    public Entry {
      endpoints = List.copyOf(endpoints);
    }

    /**
     * The entry for a message, as in {@code created-without-location on POST /users, status 201
     * (findings[3], fingerprint 3f2a9c0d1b7e4a65)}.
     */
    public String describe() {
      StringBuilder text = new StringBuilder(rule.isEmpty() ? "a finding" : rule);
      if (!endpoints.isEmpty()) {
        text.append(" on ").append(String.join(", ", endpoints));
      }
      if (status != 0) {
        text.append(", status ").append(status);
      }
      if (!file.isEmpty()) {
        text.append(", in ").append(file);
      }
      return text.append(" (findings[").append(index).append("], fingerprint ").append(fingerprint).append(')').toString();
    }
  }

  /**
   * How a build's findings compare with the baseline.
   *
   * @param suppressed the findings the baseline accepts: count them, print none
   * @param fresh the findings it does not: print them as usual
   * @param stale the entries no finding matched, in the file's order
   */
  public record Match(List<ReportedFinding> suppressed, List<ReportedFinding> fresh, List<Entry> stale) {

    /** Copies the lists. */
    public Match {
      suppressed = List.copyOf(suppressed);
      fresh = List.copyOf(fresh);
      stale = List.copyOf(stale);
    }

    /** How many findings the baseline accepted. */
    public int suppressedCount() {
      return suppressed.size();
    }
  }

  private final String name;
  private final List<Entry> entries;

  private Baseline(String name, List<Entry> entries) {
    this.name = name;
    this.entries = List.copyOf(entries);
  }

  /**
   * Reads a baseline. A text that is not JSON, whose root is no object, or whose {@code version}
   * is missing or other than {@value FindingsJson#VERSION}, or whose {@code findings} is no array,
   * gives no baseline and one problem. An entry that cannot be read (not an object, no fingerprint,
   * a known field of the wrong type) is left out, with a problem that names its index and line; the
   * other entries are kept. Fields this version does not know are ignored.
   *
   * @param text the file's content
   * @param name how messages name the file, such as {@code findings-baseline.json}
   */
  public static Result<Baseline> parse(String text, String name) {
    Node root;
    try (JsonParser parser = FACTORY.createParser(text)) {
      root = JsonTree.read(parser);
    } catch (JsonTree.Malformed e) {
      return Result.failed(name + " is not valid JSON: " + e.describe());
    } catch (IOException e) {
      throw new UncheckedIOException("reading a String fails only on malformed content", e);
    }
    if (!(root instanceof Obj object)) {
      return Result.failed(name + " is no baseline: its content is " + JsonTree.kind(root) + ", not an object with \"version\" and \"findings\"");
    }
    Optional<String> versionProblem = versionProblem(object.get("version"));
    if (versionProblem.isPresent()) {
      return Result.failed(name + versionProblem.get());
    }
    Node findings = object.get("findings");
    if (!(findings instanceof Arr array)) {
      return Result.failed(
          name + (findings == null ? " has no \"findings\"" : " has " + JsonTree.kind(findings) + " as \"findings\" (line " + findings.line() + ")")
              + "; a baseline lists its findings in an array, as findings.json does");
    }
    List<Entry> entries = new ArrayList<>();
    List<String> problems = new ArrayList<>();
    for (int i = 0; i < array.items().size(); i++) {
      Node item = array.items().get(i);
      EntryReader reader = new EntryReader(i, item);
      Optional<Entry> entry = reader.read();
      if (entry.isPresent()) {
        entries.add(entry.get());
      } else {
        problems.add(name + ": findings[" + i + "] (line " + item.line() + ") " + reader.problem + "; it is left out of the baseline");
      }
    }
    return Result.of(new Baseline(name, entries), problems);
  }

  private static Optional<String> versionProblem(Node version) {
    if (version == null) {
      return Optional.of(" has no \"version\"; a baseline is a findings.json, which starts with \"version\": " + FindingsJson.VERSION);
    }
    if (version instanceof Scalar scalar && scalar.value() instanceof Number number && isInteger(number)
        && number.longValue() == FindingsJson.VERSION) {
      return Optional.empty();
    }
    String value = version instanceof Scalar scalar && !(scalar.value() instanceof String) ? String.valueOf(scalar.value()) : JsonTree.kind(version);
    return Optional.of(
        " has \"version\" " + value + " (line " + version.line() + "); this status-contract reads version " + FindingsJson.VERSION
            + " only: write the baseline again with this version");
  }

  /** The file's name, as messages give it. */
  public String name() {
    return name;
  }

  /** The entries that could be read, in the file's order. */
  public List<Entry> entries() {
    return entries;
  }

  /**
   * Compares {@code findings} with the baseline. Each entry accepts one finding of its
   * fingerprint; which of several identical findings are accepted does not matter, and the lists
   * are in {@link Fingerprinted#ORDER} whatever the order of {@code findings}.
   */
  public Match match(List<ReportedFinding> findings) {
    Map<String, Deque<Entry>> open = new HashMap<>();
    for (Entry entry : entries) {
      open.computeIfAbsent(entry.fingerprint(), key -> new ArrayDeque<>()).add(entry);
    }
    List<ReportedFinding> suppressed = new ArrayList<>();
    List<ReportedFinding> fresh = new ArrayList<>();
    for (Fingerprinted finding : Fingerprinted.sorted(findings)) {
      Deque<Entry> matching = open.get(finding.fingerprint());
      if (matching != null && !matching.isEmpty()) {
        matching.removeFirst();
        suppressed.add(finding.finding());
      } else {
        fresh.add(finding.finding());
      }
    }
    List<Entry> stale = new ArrayList<>();
    for (Entry entry : entries) {
      if (open.get(entry.fingerprint()).contains(entry)) {
        stale.add(entry);
      }
    }
    return new Match(suppressed, fresh, stale);
  }

  /**
   * A match made one finding at a time, for a build that prints its findings in several batches:
   * each entry accepts one finding of its fingerprint, the first that comes.
   */
  public Tracker tracker() {
    return new Tracker();
  }

  /** The entries not matched yet; see {@link #tracker()}. */
  public final class Tracker {
    private final Map<String, Deque<Entry>> open = new HashMap<>();

    private Tracker() {
      for (Entry entry : entries) {
        open.computeIfAbsent(entry.fingerprint(), key -> new ArrayDeque<>()).add(entry);
      }
    }

    /** Whether the baseline accepts {@code finding}: an entry of its fingerprint is still open, and is now taken. */
    public boolean accept(ReportedFinding finding) {
      Deque<Entry> matching = open.get(Fingerprint.of(finding));
      return matching != null && matching.pollFirst() != null;
    }

    /** The entries that no finding took, in the file's order. */
    public List<Entry> stale() {
      List<Entry> stale = new ArrayList<>();
      for (Entry entry : entries) {
        if (open.get(entry.fingerprint()).contains(entry)) {
          stale.add(entry);
        }
      }
      return stale;
    }
  }

  private static boolean isInteger(Number number) {
    return number instanceof Integer || number instanceof Long || number instanceof BigInteger;
  }

  /** Reads one entry, or says in {@link #problem} why it cannot. */
  private static final class EntryReader {
    private final int index;
    private final Node node;
    private String problem = "";

    EntryReader(int index, Node node) {
      this.index = index;
      this.node = node;
    }

    Optional<Entry> read() {
      if (!(node instanceof Obj object)) {
        problem = "is " + JsonTree.kind(node) + ", not an object";
        return Optional.empty();
      }
      Node fingerprint = object.get("fingerprint");
      if (fingerprint == null) {
        problem = "has no \"fingerprint\"";
        return Optional.empty();
      }
      String print = string(object, "fingerprint");
      if (print != null && !Fingerprint.isWellFormed(print)) {
        problem = "has the fingerprint \"" + print + "\", which is not 16 lower-case hexadecimal digits as findings.json writes them";
        return Optional.empty();
      }
      String rule = string(object, "rule");
      List<String> endpoints = strings(object, "endpoints");
      int status = integer(object, "status");
      String file = string(object, "file");
      int line = integer(object, "line");
      for (String other : List.of("level", "class", "method", "message")) {
        string(object, other);
      }
      if (!problem.isEmpty()) {
        return Optional.empty();
      }
      return Optional.of(new Entry(index, print, orEmpty(rule), endpoints, status, orEmpty(file), line));
    }

    /** The string field {@code key}: {@code null} where absent, or where of another type (a problem). */
    private String string(Obj object, String key) {
      Node value = object.get(key);
      if (value == null) {
        return null;
      }
      if (value instanceof Scalar scalar && scalar.value() instanceof String text) {
        return text;
      }
      wrongType(key, value, "a string");
      return null;
    }

    private List<String> strings(Obj object, String key) {
      Node value = object.get(key);
      if (value == null) {
        return List.of();
      }
      List<String> texts = new ArrayList<>();
      if (value instanceof Arr array) {
        for (Node item : array.items()) {
          if (item instanceof Scalar scalar && scalar.value() instanceof String text) {
            texts.add(text);
          } else {
            wrongType(key, value, "an array of strings");
            return List.of();
          }
        }
        return texts;
      }
      wrongType(key, value, "an array of strings");
      return List.of();
    }

    private int integer(Obj object, String key) {
      Node value = object.get(key);
      if (value == null) {
        return 0;
      }
      if (value instanceof Scalar scalar && scalar.value() instanceof Integer number && number >= 0) {
        return number;
      }
      wrongType(key, value, "a whole number");
      return 0;
    }

    private void wrongType(String key, Node value, String expected) {
      if (problem.isEmpty()) {
        problem = "has " + JsonTree.kind(value) + " as \"" + key + "\", where findings.json writes " + expected;
      }
    }

    private static String orEmpty(String text) {
      return text == null ? "" : text;
    }
  }
}
