package dev.statuscontract.processor.diagnostics;

import java.nio.charset.Charset;

/**
 * Messages as the build's console can print them. The rules cite RFC sections with {@code §};
 * where the console's encoding cannot print it (a build under {@code LC_ALL=C}), javac would print
 * {@code ?}, so the citation reads {@code Sec.} instead.
 */
public final class PlatformText {

  private static final Charset CONSOLE = consoleCharset();

  private PlatformText() {}

  /** {@code message} as the console of this JVM can print it. */
  public static String printable(String message) {
    return printable(message, CONSOLE);
  }

  /** {@code message} as a console in {@code charset} can print it. */
  static String printable(String message, Charset charset) {
    if (message.indexOf('§') < 0 || charset.newEncoder().canEncode('§')) {
      return message;
    }
    return message.replace("§", "Sec. ");
  }

  /** What javac and Maven print with: the console's encoding, else the platform's. */
  private static Charset consoleCharset() {
    for (String property : new String[] {"stderr.encoding", "stdout.encoding", "native.encoding"}) {
      String name = System.getProperty(property);
      if (name != null) {
        try {
          return Charset.forName(name);
        } catch (IllegalArgumentException unknown) {
          // try the next
        }
      }
    }
    return Charset.defaultCharset();
  }
}
