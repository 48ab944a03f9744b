package dev.statuscontract.processor.adoption;

import static com.google.common.truth.Truth.assertThat;

import com.google.testing.compile.Compilation;
import dev.statuscontract.processor.Compilations;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import javax.tools.Diagnostic;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * docs/adopting.md shows what the builds of its steps print: each line it shows is what the
 * processor prints for the sample project of the tests ({@code fixes-project}, in
 * {@code /home/me/shop}), or for the contract-first fixture.
 */
class AdoptingPageTest {

  private static final String SHOP = "/home/me/shop";

  @TempDir Path dir;
  private Project project;
  private String page;

  @BeforeEach
  void setUp() throws IOException, URISyntaxException {
    project = new Project(dir.resolve("shop"));
    Path fixture = Path.of(AdoptingPageTest.class.getResource("/fixes-project").toURI());
    try (Stream<Path> walk = Files.walk(fixture)) {
      for (Path file : walk.filter(Files::isRegularFile).toList()) {
        project.write(fixture.relativize(file).toString().replace('\\', '/'), Files.readString(file));
      }
    }
    page = Files.readString(root().resolve("docs/adopting.md"));
  }

  /** A message as the page shows it: the project in /home/me/shop. */
  private String onThePage(String message) {
    return message.replace(project.dir.toUri().toString(), "file://" + SHOP + "/").replace(project.dir.toString(), SHOP);
  }

  @Test
  void reportOnlyPrintsTheSummaryThePageShows() {
    Project.Build build = project.compile(false, "-Astatuscontract.errorsAsWarnings=true");

    String summary = build.notes().stream().filter(n -> n.startsWith("[status-contract] checked")).findFirst().orElseThrow();
    assertThat(page).contains("```text\n" + onThePage(summary) + "\n```");
    assertThat(build.success()).isTrue();
  }

  @Test
  void theBaselineNotesAreThoseThePageShows() {
    project.compile(false, "-Astatuscontract.errorsAsWarnings=true");
    project.write("status-contract-baseline.json", project.report("findings.json").orElseThrow());
    String baseline = "-Astatuscontract.baseline=" + project.dir.resolve("status-contract-baseline.json");

    Project.Build accepted = project.compile(false, baseline);
    assertThat(accepted.success()).isTrue();
    for (String note : accepted.notes()) {
      assertThat(page).contains("   " + onThePage(note) + "\n");
    }

    String users = project.read("src/main/java/com/acme/users/UserResource.java");
    project.write(
        "src/main/java/com/acme/users/UserResource.java",
        users.replace("  @Returns(200)\n  public Response get(", "  @Returns(200)\n  @Returns(404)\n  public Response get("));
    Project.Build fixed = project.compile(false, baseline);
    String stale = fixed.notes().stream().filter(n -> n.contains("no finding any more")).findFirst().orElseThrow();
    assertThat(page).contains("   " + onThePage(stale) + "\n");
  }

  @Test
  void theContractFirstMessageIsThePrintedOne() {
    Compilation compilation = Compilations.compile(List.of("-Astatuscontract.docs=none"), ContractFirstTest.service());

    Diagnostic<?> notFound =
        compilation.errors().stream().filter(d -> d.getMessage(Locale.ROOT).contains("showPetById")).findFirst().orElseThrow();
    String printed =
        "PetsController.java:[" + notFound.getLineNumber() + "," + notFound.getColumnNumber() + "] " + notFound.getMessage(Locale.ROOT);
    assertThat(page).contains("```text\n" + printed + "\n```");
  }

  @Test
  void theReadmeAndGettingStartedLinkToThePage() throws IOException {
    assertThat(Files.readString(root().resolve("README.md"))).contains("(docs/adopting.md)");
    String gettingStarted = Files.readString(root().resolve("docs/getting-started.md"));
    assertThat(gettingStarted).contains("(adopting.md)");
    assertThat(gettingStarted).doesNotContain("The next build still passes");
  }

  private static Path root() {
    Path dir = Path.of(System.getProperty("user.dir")).toAbsolutePath();
    while (!Files.exists(dir.resolve("docs/adopting.md")) && dir.getParent() != null) {
      dir = dir.getParent();
    }
    return dir;
  }
}
