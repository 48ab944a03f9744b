package dev.statuscontract.processor.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.statuscontract.processor.report.SourceEdit.AddAttribute;
import dev.statuscontract.processor.report.SourceEdit.AddImport;
import dev.statuscontract.processor.report.SourceEdit.InsertAnnotations;
import dev.statuscontract.processor.report.SourceEdit.ReplaceStatus;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Edits change exactly what they name, in the file's own indentation and line ends; an edit that
 * does not find the text it expects refuses the whole file.
 */
class FixesTest {

  @Test
  void fixesAJaxRsResourceWithTwoSpacesAndSortedImports() {
    assertFixed(FixCases.JAX_RS);
  }

  @Test
  void fixesASpringControllerWithTabsAndCrlf() {
    String fixed = assertFixed(FixCases.SPRING_CRLF);

    assertEquals(fixed.split("\n", -1).length - 1, fixed.split("\r\n", -1).length - 1, "every line ends in \\r\\n");
  }

  @Test
  void fixesAResourceWithoutImportsNorFinalLineEnd() {
    assertFixed(FixCases.NO_IMPORTS);
  }

  @Test
  void editsGivenInAnyOrderGiveTheSameText() {
    List<SourceEdit> reversed = new java.util.ArrayList<>(FixCases.JAX_RS.edits());
    java.util.Collections.reverse(reversed);

    assertEquals(FixCases.JAX_RS.after(), Fixes.apply(FixCases.JAX_RS.before(), reversed).value().orElseThrow());
  }

  @Test
  void addsToAnnotationsOfEveryShape() {
    assertEquals("@Returns(headers = \"Location\")", attribute("@Returns", "headers", "\"Location\""));
    assertEquals("@Returns(headers = \"Location\")", attribute("@Returns()", "headers", "\"Location\""));
    assertEquals("@Returns(value = 201, headers = \"Location\")", attribute("@Returns( 201 )", "headers", "\"Location\""));
    assertEquals(
        "@Returns(value = 201, description = \"a, (b)\", headers = {\"Location\", \"ETag\"})",
        attribute("@Returns(value = 201, description = \"a, (b)\")", "headers", "{\"Location\", \"ETag\"}"));
    assertEquals(
        "@Returns(value = 201, headers = {\"ETag\", \"Vary\"}, description = \"x\")",
        attribute("@Returns(value = 201, headers = {\"ETag\", \"Vary\"})", "description", "\"x\""));
    assertEquals("@Returns(value = 200, description = \"it's \\\"ok\\\"\", body = User.class)",
        attribute("@Returns(value = 200, description = \"it's \\\"ok\\\"\")", "body", "User.class"));
  }

  @Test
  void replacesAStatusWrittenAsANumber() {
    assertEquals("@Returns(204)", status("@Returns(200)", 200, 204));
    assertEquals("@Returns( value=204 , description = \"200 or 201\")", status("@Returns( value=200 , description = \"200 or 201\")", 200, 204));
    assertEquals("@Returns(description = \"x\", value = 204)", status("@Returns(description = \"x\", value = 200)", 200, 204));
  }

  @Test
  void refusesAnEditThatDoesNotFindItsText() {
    String source = FixCases.JAX_RS.before();

    assertRefused(source, new ReplaceStatus(40, 3, "@Returns(201)", 201, 204), "line 40, column 3: expected @Returns(201) but found @Returns(200)");
    assertRefused(source, new ReplaceStatus(40, 4, "@Returns(200)", 200, 204), "line 40, column 4: expected @Returns(200) but found Returns(200)");
    assertRefused(source, new InsertAnnotations(31, "@GET", List.of("@Returns(404)")), "line 31: expected a line starting with @GET but found @Path(\"{id}\")");
    assertRefused(source, new InsertAnnotations(99, "@GET", List.of("@Returns(404)")), "line 99: the file has 45 lines");
    assertRefused(source, new AddAttribute(40, 30, "@Returns(200)", "headers", "\"X\""), "line 40, column 30: the line has 15 columns");
  }

  @Test
  void refusesWhatCannotBeDoneToTheAnnotation() {
    String source = "class A {\n  @ResponseStatus(HttpStatus.OK)\n  @Returns(value = 201, headers = \"Location\")\n  void a() {}\n}\n";

    assertRefused(source, new ReplaceStatus(2, 3, "@ResponseStatus(HttpStatus.OK)", 200, 204),
        "line 2, column 3: @ResponseStatus(HttpStatus.OK) does not declare 200 as a number");
    assertRefused(source, new AddAttribute(3, 3, "@Returns(value = 201, headers = \"Location\")", "headers", "\"Location\""),
        "line 3, column 3: @Returns(value = 201, headers = \"Location\") sets headers already, or cannot have it added");
    assertRefused(source, new AddAttribute(3, 3, "@Returns(value = 201, headers", "headers", "\"Location\""),
        "line 3, column 3: @Returns(value = 201, headers is not one whole annotation");
  }

  @Test
  void refusesOverlappingEditsAndAClashingImport() {
    String source = FixCases.JAX_RS.before();
    List<SourceEdit> overlapping =
        List.of(new ReplaceStatus(40, 3, "@Returns(200)", 200, 204), new AddAttribute(40, 3, "@Returns(200)", "headers", "\"ETag\""));

    Result<String> result = Fixes.apply(source, overlapping);
    assertTrue(result.value().isEmpty());
    assertEquals(List.of("the edit at line 40, column 3 overlaps the edit at line 40, column 3"), result.problems());

    assertRefused("package a;\n\nimport com.other.Returns;\n\nclass A {}\n", new AddImport("dev.statuscontract.Returns"),
        "line 3 imports com.other.Returns, so dev.statuscontract.Returns cannot be imported as Returns");
  }

  @Test
  void reportsEveryRefusedEditAndChangesNothing() {
    List<SourceEdit> edits =
        List.of(
            new ReplaceStatus(40, 3, "@Returns(201)", 201, 204),
            new InsertAnnotations(30, "@GET", List.of("@Returns(404)")),
            new InsertAnnotations(31, "@GET", List.of("@Returns(404)")));

    Result<String> result = Fixes.apply(FixCases.JAX_RS.before(), edits);

    assertTrue(result.value().isEmpty());
    assertEquals(2, result.problems().size(), result.problems().toString());
  }

  @Test
  void importsGoWhereTheFileHasRoomForThem() {
    assertEquals("package a;\n\nimport b.C;\n\nclass A {}\n", imports("package a;\n\nclass A {}\n", "b.C"));
    assertEquals("package a;\n\nimport b.C;\n\nclass A {}\n", imports("package a;\nclass A {}\n", "b.C"));
    assertEquals("import b.C;\n\nclass A {}\n", imports("class A {}\n", "b.C"));
    assertEquals("// A.\nimport b.C;\n\nclass A {}\n", imports("// A.\nclass A {}\n", "b.C"));
    assertEquals(
        "package a;\n\nimport static b.D.d;\n\nimport b.C;\n\nclass A {}\n",
        imports("package a;\n\nimport static b.D.d;\n\nclass A {}\n", "b.C"));
    assertEquals("package a;\n\nimport a.b.C;\nimport b.C2;\nimport z.Z;\n\nclass A {}\n",
        imports("package a;\n\nimport z.Z;\n\nclass A {}\n", "a.b.C", "b.C2"));
    // Nothing to add: the same package, java.lang, an existing or a .* import.
    String source = "package a;\n\nimport b.*;\nimport c.D;\n\nclass A {}\n";
    assertEquals(source, imports(source, "a.B", "java.lang.Override", "b.E", "c.D"));
  }

  private static String assertFixed(FixCases.Case fix) {
    Result<String> result = Fixes.apply(fix.before(), fix.edits());
    assertTrue(result.clean(), result.problems().toString());
    assertEquals(fix.after(), result.value().orElseThrow());
    return result.value().orElseThrow();
  }

  private static String attribute(String annotation, String name, String value) {
    String source = "class A {\n  " + annotation + "\n  void a() {}\n}\n";
    String fixed = Fixes.apply(source, List.of(new AddAttribute(2, 3, annotation, name, value))).value().orElseThrow();
    return fixed.lines().toList().get(1).strip();
  }

  private static String status(String annotation, int from, int to) {
    String source = "class A {\n  " + annotation + "\n  void a() {}\n}\n";
    String fixed = Fixes.apply(source, List.of(new ReplaceStatus(2, 3, annotation, from, to))).value().orElseThrow();
    return fixed.lines().toList().get(1).strip();
  }

  private static String imports(String source, String... types) {
    List<SourceEdit> edits = java.util.Arrays.stream(types).<SourceEdit>map(AddImport::new).toList();
    Result<String> result = Fixes.apply(source, edits);
    assertTrue(result.clean(), result.problems().toString());
    return result.value().orElseThrow();
  }

  private static void assertRefused(String source, SourceEdit edit, String problem) {
    Result<String> result = Fixes.apply(source, List.of(edit));
    assertTrue(result.value().isEmpty());
    assertEquals(List.of(problem), result.problems());
  }
}
