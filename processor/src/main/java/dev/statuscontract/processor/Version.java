package dev.statuscontract.processor;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/** The processor's version, as the build that made its jar wrote it. */
final class Version {

  /** Such as {@code 0.1.0}; {@code unknown} where the jar does not say. */
  static final String VALUE = read();

  private Version() {}

  private static String read() {
    try (InputStream in = Version.class.getResourceAsStream("version.txt")) {
      if (in == null) {
        return "unknown";
      }
      String text = new String(in.readAllBytes(), StandardCharsets.UTF_8).strip();
      return text.isEmpty() || text.startsWith("$") ? "unknown" : text;
    } catch (IOException e) {
      return "unknown";
    }
  }
}
