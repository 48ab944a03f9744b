package dev.statuscontract.processor.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.difflib.UnifiedDiffUtils;
import com.github.difflib.patch.Patch;
import com.github.difflib.patch.PatchFailedException;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * fixes.patch: the diffs of several fixed files, concatenated, applied by the real {@code git
 * apply} and {@code patch -p1} to copies of the files, give exactly the texts expected. Where
 * {@code patch} is not installed, java-diff-utils applies the patch instead, and says so.
 */
class UnifiedDiffTest {

  private static final long TIMEOUT_SECONDS = 60;

  @TempDir Path temp;

  @Test
  void writesHunksWithThreeLinesOfContext() {
    String before = "a\nb\nc\nd\ne\nf\ng\nh\ni\nj\nk\nl\nm\nn\n";
    String after = "a\nb\nc\nd\nE\nf\ng\nh\ni\nj\nk\nl\nm\nn\nO\n";

    assertEquals(
        """
        --- a/src/x.txt
        +++ b/src/x.txt
        @@ -2,7 +2,7 @@
         b
         c
         d
        -e
        +E
         f
         g
         h
        @@ -12,3 +12,4 @@
         l
         m
         n
        +O
        """,
        UnifiedDiff.of("src/x.txt", before, after));
  }

  @Test
  void joinsChangesWhoseContextsMeetAndMarksAMissingLastLineEnd() {
    assertEquals(
        """
        --- a/x
        +++ b/x
        @@ -1,8 +1,8 @@
        -a
        +A
         b
         c
         d
         e
         f
         g
        -h
        \\ No newline at end of file
        +H
        \\ No newline at end of file
        """,
        UnifiedDiff.of("x", "a\nb\nc\nd\ne\nf\ng\nh", "A\nb\nc\nd\ne\nf\ng\nH"));
    assertEquals("--- a/x\n+++ b/x\n@@ -0,0 +1,1 @@\n+new\n", UnifiedDiff.of("x", "", "new\n"));
    assertEquals("", UnifiedDiff.of("x", "same\n", "same\n"));
  }

  @Test
  void gitApplyGivesTheExpectedFiles() throws Exception {
    Path project = copyOfTheProject();
    Files.writeString(temp.resolve("fixes.patch"), patch(), StandardCharsets.UTF_8);

    Run run = run(project, "git", "apply", "--verbose", temp.resolve("fixes.patch").toString());

    assertEquals(0, run.exitCode(), run.output());
    assertFixed(project);
  }

  @Test
  void patchMinusP1GivesTheExpectedFiles() throws Exception {
    Path project = copyOfTheProject();
    Files.writeString(temp.resolve("fixes.patch"), patch(), StandardCharsets.UTF_8);

    if (onPath("patch")) {
      Run run = run(project, "patch", "-p1", "--batch", "--input", temp.resolve("fixes.patch").toString());
      assertEquals(0, run.exitCode(), run.output());
    } else {
      System.out.println("[UnifiedDiffTest] no patch on the PATH: java-diff-utils applies fixes.patch instead");
      applyWithDiffUtils(project, patch());
    }
    assertFixed(project);
  }

  @Test
  void javaDiffUtilsGivesTheExpectedFilesToo() throws Exception {
    Path project = copyOfTheProject();

    applyWithDiffUtils(project, patch());

    assertFixed(project);
  }

  @Test
  void theSameFixesGiveTheSamePatch() {
    assertEquals(patch(), patch());
    assertTrue(patch().contains("\r\n"), "the Spring controller's lines keep their \\r\\n");
  }

  /** The diffs of every case, concatenated in the order of their paths. */
  private static String patch() {
    StringBuilder patch = new StringBuilder();
    for (FixCases.Case fix : FixCases.ALL.stream().sorted(java.util.Comparator.comparing(FixCases.Case::path)).toList()) {
      String after = Fixes.apply(fix.before(), fix.edits()).value().orElseThrow();
      patch.append(UnifiedDiff.of(fix.path(), fix.before(), after));
    }
    return patch.toString();
  }

  private Path copyOfTheProject() throws IOException {
    Path project = temp.resolve("project");
    for (FixCases.Case fix : FixCases.ALL) {
      Path file = project.resolve(fix.path());
      Files.createDirectories(file.getParent());
      Files.writeString(file, fix.before(), StandardCharsets.UTF_8);
    }
    return project;
  }

  private static void assertFixed(Path project) throws IOException {
    for (FixCases.Case fix : FixCases.ALL) {
      assertEquals(fix.after(), Files.readString(project.resolve(fix.path()), StandardCharsets.UTF_8), fix.path());
    }
  }

  /**
   * Applies {@code patch} file by file with java-diff-utils, as {@code patch -p1} would. Lines are
   * cut at {@code \n} only, so that a {@code \r} before it stays part of the line, in the files as
   * in the patch; whether a patched file ends in a line end follows the patch's {@code \ No
   * newline at end of file} markers.
   */
  private static void applyWithDiffUtils(Path project, String patch) throws IOException, PatchFailedException {
    List<String> lines = List.of(patch.split("\n", -1));
    List<Integer> starts = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      if (lines.get(i).startsWith("--- a/")) {
        starts.add(i);
      }
    }
    starts.add(lines.size() - 1);
    for (int f = 0; f + 1 < starts.size(); f++) {
      List<String> diff = lines.subList(starts.get(f), starts.get(f + 1));
      Path file = project.resolve(diff.get(0).substring("--- a/".length()));
      String text = Files.readString(file, StandardCharsets.UTF_8);
      boolean endsInLineEnd = text.endsWith("\n");
      List<String> original = new ArrayList<>(List.of(text.split("\n", -1)));
      if (endsInLineEnd) {
        original.remove(original.size() - 1);
      }
      for (int i = 1; i < diff.size(); i++) {
        if (diff.get(i).startsWith("\\")) {
          char marked = diff.get(i - 1).charAt(0);
          endsInLineEnd = marked == '-';
        }
      }
      Patch<String> parsed = UnifiedDiffUtils.parseUnifiedDiff(diff.stream().filter(line -> !line.startsWith("\\")).toList());
      List<String> patched = parsed.applyTo(original);
      Files.writeString(file, String.join("\n", patched) + (endsInLineEnd ? "\n" : ""), StandardCharsets.UTF_8);
    }
  }

  private record Run(int exitCode, String output) {}

  private static Run run(Path directory, String... command) throws IOException, InterruptedException {
    Process process = new ProcessBuilder(command).directory(directory.toFile()).redirectErrorStream(true).start();
    process.getOutputStream().close();
    if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
      process.destroyForcibly();
      throw new AssertionError(String.join(" ", command) + " did not finish in " + TIMEOUT_SECONDS + " s");
    }
    return new Run(process.exitValue(), new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8));
  }

  private static boolean onPath(String program) {
    for (String directory : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
      if (Files.isExecutable(Path.of(directory, program))) {
        return true;
      }
    }
    return false;
  }
}
