package dev.statuscontract.processor.adoption;

import static com.google.common.truth.Truth.assertThat;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * -Astatuscontract.fix=true writes fixes.patch; applied with git apply or patch -p1 in the
 * project's directory, the fixed findings are gone and the code still compiles.
 */
class FixesPatchTest {

  @TempDir Path dir;
  private Project project;

  @BeforeEach
  void copyFixture() throws IOException, URISyntaxException {
    project = new Project(dir.resolve("shop"));
    Path fixture = Path.of(FixesPatchTest.class.getResource("/fixes-project").toURI());
    try (Stream<Path> walk = Files.walk(fixture)) {
      for (Path file : walk.filter(Files::isRegularFile).toList()) {
        project.write(fixture.relativize(file).toString().replace('\\', '/'), Files.readString(file));
      }
    }
  }

  private static final String[] FIX = {"-Astatuscontract.fix=true", "-Astatuscontract.docs=sarif"};

  @Test
  void thePatchFixesWhatItCanAndTheCodeStillCompiles() {
    Project.Build before = project.compile(false, FIX);
    assertThat(before.findings())
        .containsExactly(
            "LegacyResource.java:16 undeclared-status",
            "OrderController.java:19 undeclared-status",
            "OrderController.java:26 retry-after-recommended",
            "OrderController.java:28 undeclared-status",
            "UserResource.java:20 created-without-location",
            "UserResource.java:31 undeclared-status",
            "UserResource.java:40 undeclared-status");
    String patch = project.report("fixes.patch").orElseThrow();
    project.write("fixes.patch", patch);

    project.run("git", "apply", "--verbose", "fixes.patch");
    Project.Build after = project.compile(false);

    // What the rules cannot fix mechanically stays: a Retry-After the code does not send, and the
    // file whose fix was left out.
    assertThat(after.findings())
        .containsExactly("LegacyResource.java:16 undeclared-status", "OrderController.java:27 retry-after-recommended");
    assertThat(after.errors()).isEmpty();
    assertThat(project.read("src/main/java/com/acme/users/UserResource.java"))
        .contains("  @Returns(200)\n  @Returns(404)\n  public Response get(");
  }

  @Test
  void patchTakesItAsGitApplyDoes() throws IOException {
    project.compile(false, FIX);
    String patch = project.report("fixes.patch").orElseThrow();
    Project other = new Project(dir.resolve("other"));
    project.sources().forEach(other::write);

    project.write("fixes.patch", patch);
    project.run("git", "apply", "fixes.patch");
    other.write("fixes.patch", patch);
    other.run("patch", "-p1", "--batch", "--input", "fixes.patch");

    assertThat(other.sources()).isEqualTo(project.sources());
  }

  @Test
  void aFileItCannotFixIsLeftAloneAndNamedInOneNote() {
    String legacy = project.read("src/main/java/com/acme/legacy/LegacyResource.java");

    Project.Build build = project.compile(false, FIX);

    assertThat(build.notes())
        .contains(
            "[status-contract] fixes.patch leaves out 1 file, whose findings stay:"
                + " src/main/java/com/acme/legacy/LegacyResource.java: line 3 imports com.acme.legacy.model.Returns, so"
                + " dev.statuscontract.Returns cannot be imported as Returns");
    assertThat(build.notes())
        .contains(
            "[status-contract] fixes.patch: fixes for 5 findings and the contracts of 1 endpoint that had only inferred"
                + " ones, in 2 files; apply it with git apply or patch -p1 in the directory of the project's build file, then"
                + " build again");
    assertThat(project.report("fixes.patch").orElseThrow()).doesNotContain("LegacyResource");
    assertThat(project.read("src/main/java/com/acme/legacy/LegacyResource.java")).isEqualTo(legacy);
  }

  @Test
  void theReportsAreByteIdenticalInAnySourceOrder() {
    project.compile(false, FIX);
    String patch = project.report("fixes.patch").orElseThrow();
    String json = project.report("findings.json").orElseThrow();
    String sarif = project.report("findings.sarif").orElseThrow();

    project.compile(true, FIX);

    assertThat(project.report("fixes.patch").orElseThrow()).isEqualTo(patch);
    assertThat(project.report("findings.json").orElseThrow()).isEqualTo(json);
    assertThat(project.report("findings.sarif").orElseThrow()).isEqualTo(sarif);
    assertThat(json).doesNotContain(dir.toString());
    assertThat(patch).doesNotContain(dir.toString());
  }

  @Test
  void withoutTheOptionThereIsNoPatch() {
    project.compile(false);

    assertThat(project.report("fixes.patch")).isEmpty();
    assertThat(project.report("findings.json")).isPresent();
  }

  @Test
  void aFixValueOtherThanTrueOrFalseIsOneError() {
    Project.Build build = project.compile(false, "-Astatuscontract.fix=yes");

    assertThat(build.errors()).containsExactly("[status-contract] -Astatuscontract.fix=yes is neither true nor false");
  }

  @Test
  void theAdoptionPageShowsThePatchOfTheFixture() throws IOException {
    project.compile(false, FIX);
    String patch = project.report("fixes.patch").orElseThrow();
    String users = patch.substring(patch.indexOf("--- a/src/main/java/com/acme/users/UserResource.java"));

    Path page = root().resolve("docs/adopting.md");

    assertThat(Files.readString(page)).contains("```diff\n" + users + "```");
  }

  private static Path root() {
    Path dir = Path.of(System.getProperty("user.dir")).toAbsolutePath();
    while (!Files.exists(dir.resolve("docs/adopting.md")) && dir.getParent() != null) {
      dir = dir.getParent();
    }
    return dir;
  }
}
