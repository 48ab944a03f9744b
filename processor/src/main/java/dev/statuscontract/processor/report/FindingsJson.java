package dev.statuscontract.processor.report;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.statuscontract.processor.docs.Json;
import java.io.IOException;
import java.util.List;

/**
 * {@code findings.json}: every finding of a build, for tools and as a {@link Baseline}.
 *
 * <pre>{@code
 * {
 *   "version": 1,
 *   "findings": [
 *     {
 *       "fingerprint": "3f2a9c0d1b7e4a65",
 *       "rule": "created-without-location",
 *       "level": "error",
 *       "endpoints": ["POST /users"],
 *       "status": 201,
 *       "class": "com.acme.UserResource",
 *       "method": "create",
 *       "file": "com/acme/UserResource.java",
 *       "line": 17,
 *       "message": "POST /users declares 201 Created without a Location header; ..."
 *     }
 *   ]
 * }
 * }</pre>
 *
 * <p>{@code status} is left out for a finding about no status code, {@code method} for one on no
 * Java method, {@code file} and {@code line} for one on no file ({@code line} too where the line is
 * not known). {@code file} is relative to the file's source root, so the text holds no path of the
 * machine that wrote it. Findings are in {@link Fingerprinted#ORDER}, so the same findings give
 * byte-identical text in whatever order they come; the text is pretty-printed as the generated
 * documentation is, with {@code \n} line ends.
 */
public final class FindingsJson {

  /** The name of the file, where it is written. */
  public static final String FILE_NAME = "findings.json";

  /** The version of this format; {@link Baseline} reads this version only. */
  public static final int VERSION = 1;

  private FindingsJson() {}

  /** The text of {@code findings.json} for {@code findings}. */
  public static String render(List<ReportedFinding> findings) {
    List<Fingerprinted> sorted = Fingerprinted.sorted(findings);
    return Json.write(
        json -> {
          json.writeStartObject();
          json.writeNumberField("version", VERSION);
          json.writeArrayFieldStart("findings");
          for (Fingerprinted finding : sorted) {
            write(json, finding);
          }
          json.writeEndArray();
          json.writeEndObject();
        });
  }

  private static void write(JsonGenerator json, Fingerprinted fingerprinted) throws IOException {
    ReportedFinding finding = fingerprinted.finding();
    json.writeStartObject();
    json.writeStringField("fingerprint", fingerprinted.fingerprint());
    json.writeStringField("rule", finding.ruleId());
    json.writeStringField("level", finding.level().id());
    json.writeArrayFieldStart("endpoints");
    for (String endpoint : finding.endpoints()) {
      json.writeString(endpoint);
    }
    json.writeEndArray();
    if (finding.code() != 0) {
      json.writeNumberField("status", finding.code());
    }
    json.writeStringField("class", finding.declaringType());
    if (!finding.javaMethod().isEmpty()) {
      json.writeStringField("method", finding.javaMethod());
    }
    if (finding.location() != null) {
      json.writeStringField("file", finding.location().path());
      if (finding.location().line() > 0) {
        json.writeNumberField("line", finding.location().line());
      }
    }
    json.writeStringField("message", finding.message());
    json.writeEndObject();
  }
}
