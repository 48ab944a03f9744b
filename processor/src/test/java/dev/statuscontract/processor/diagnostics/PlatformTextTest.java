package dev.statuscontract.processor.diagnostics;

import static com.google.common.truth.Truth.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class PlatformTextTest {

  private static final String MESSAGE = "add headers = \"Location\" (RFC 9110 §15.3.2, §10.2.2)";

  @Test
  void anAsciiConsoleReadsSecInsteadOfAQuestionMark() {
    assertThat(PlatformText.printable(MESSAGE, StandardCharsets.US_ASCII))
        .isEqualTo("add headers = \"Location\" (RFC 9110 Sec. 15.3.2, Sec. 10.2.2)");
  }

  @Test
  void aConsoleThatCanPrintTheSignKeepsIt() {
    assertThat(PlatformText.printable(MESSAGE, StandardCharsets.UTF_8)).isEqualTo(MESSAGE);
    assertThat(PlatformText.printable(MESSAGE, StandardCharsets.ISO_8859_1)).isEqualTo(MESSAGE);
  }
}
