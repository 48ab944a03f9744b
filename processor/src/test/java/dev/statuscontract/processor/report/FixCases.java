package dev.statuscontract.processor.report;

import dev.statuscontract.processor.report.SourceEdit.AddAttribute;
import dev.statuscontract.processor.report.SourceEdit.AddImport;
import dev.statuscontract.processor.report.SourceEdit.InsertAnnotations;
import dev.statuscontract.processor.report.SourceEdit.ReplaceStatus;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Realistic sources to fix, with the edits a build would make and the text expected after them,
 * written by hand: a JAX-RS resource indented with 2 spaces and sorted imports, a Spring controller
 * indented with tabs, with {@code \r\n} line ends and a {@code .*} import, and a JAX-RS resource
 * indented with 4 spaces, without imports (its annotations fully qualified), with an annotation
 * over two lines and no line end at its end.
 */
final class FixCases {

  /**
   * One file to fix.
   *
   * @param path the file's path, relative to the project
   * @param before its text
   * @param edits what to change
   * @param after its text once changed
   */
  record Case(String path, String before, List<SourceEdit> edits, String after) {}

  static final Case JAX_RS =
      new Case(
          "src/main/java/com/acme/users/UserResource.java",
          resource("UserResource.java.txt"),
          List.of(
              new AddAttribute(23, 3, "@Returns(value = 201, description = \"The user was created\")", "headers", "HttpHeaders.LOCATION"),
              new InsertAnnotations(30, "@GET", List.of("@Returns(404)")),
              new ReplaceStatus(40, 3, "@Returns(200)", 200, 204),
              new AddImport("jakarta.ws.rs.core.HttpHeaders"),
              new AddImport("dev.statuscontract.Returns")),
          resource("UserResource.expected.txt"));

  static final Case SPRING_CRLF =
      new Case(
          "src/main/java/com/acme/orders/OrderController.java",
          crlf(resource("OrderController.java.txt")),
          List.of(
              new AddAttribute(19, 2, "@Returns(201)", "headers", "\"Location\""),
              new InsertAnnotations(25, "@DeleteMapping(", List.of("@Returns(204)", "@Returns(404)")),
              new AddImport("dev.statuscontract.Returns"),
              new AddImport("java.net.URI"),
              new AddImport("org.springframework.web.bind.annotation.ResponseStatus")),
          crlf(resource("OrderController.expected.txt")));

  static final Case NO_IMPORTS =
      new Case(
          "src/main/java/org/acme/inventory/InventoryResource.java",
          resource("InventoryResource.java.txt"),
          List.of(
              new InsertAnnotations(6, "@jakarta.ws.rs.GET", List.of("@Returns(200)")),
              new AddAttribute(
                  12,
                  5,
                  "@dev.statuscontract.Returns(value = 201,\n                                description = \"Reserved, see {@code Location}\")",
                  "headers",
                  "\"Location\""),
              new ReplaceStatus(19, 5, "@dev.statuscontract.Returns(value = 200, description = \"Released\")", 200, 204),
              new AddImport("dev.statuscontract.Returns")),
          resource("InventoryResource.expected.txt"));

  static final List<Case> ALL = List.of(JAX_RS, SPRING_CRLF, NO_IMPORTS);

  private FixCases() {}

  static String resource(String name) {
    try (InputStream in = FixCases.class.getResourceAsStream("/report/fixes/" + name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static String crlf(String text) {
    return text.replace("\n", "\r\n");
  }
}
