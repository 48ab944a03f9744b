package dev.statuscontract.processor.docs;

import static com.google.common.truth.Truth.assertThat;
import static com.google.common.truth.Truth.assertWithMessage;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The excerpts in docs/generated-docs.md are exactly what the processor writes: each one must stand
 * in the golden file (or fixture) it names, which GoldenDocsTest keeps equal to the real output.
 */
class GeneratedDocsPageTest {

  private static final Pattern EXCERPT =
      Pattern.compile("<!-- excerpt of (\\S+) -->\\n```\\w*\\n(.*?)```", Pattern.DOTALL);

  @Test
  void everyExcerptIsWhatTheProcessorWrites() throws IOException {
    Path root = root();
    String page = Files.readString(root.resolve("docs/generated-docs.md"));
    Matcher excerpts = EXCERPT.matcher(page);
    int count = 0;
    while (excerpts.find()) {
      count++;
      String source = Files.readString(root.resolve(excerpts.group(1)));
      assertWithMessage("excerpt of %s", excerpts.group(1)).that(source).contains(excerpts.group(2));
    }
    assertThat(count).isEqualTo(14);
  }

  @Test
  void thePageNamesEveryFormatOfTheOption() throws IOException {
    String page = Files.readString(root().resolve("docs/generated-docs.md"));
    for (DocsFormat format : DocsFormat.values()) {
      assertThat(page).contains(format.name().toLowerCase(java.util.Locale.ROOT));
    }
    assertThat(page).contains("-Astatuscontract.docs=none");
  }

  private static Path root() {
    Path dir = Path.of(System.getProperty("user.dir")).toAbsolutePath();
    while (!Files.exists(dir.resolve("docs/generated-docs.md"))) {
      dir = dir.getParent();
    }
    return dir;
  }
}
