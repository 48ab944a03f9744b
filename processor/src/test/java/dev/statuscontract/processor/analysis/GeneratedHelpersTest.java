package dev.statuscontract.processor.analysis;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.statuscontract.processor.analysis.Harness.expected;
import static dev.statuscontract.processor.analysis.Harness.source;

import dev.statuscontract.processor.StatusContractProcessor;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Calls of the helpers that the status-contract processor really generates, in the same compilation. */
class GeneratedHelpersTest {

  private static final String[] BOOKS = {
    "package com.example.after;",
    "import dev.statuscontract.Creates;",
    "import dev.statuscontract.Returns;",
    "import jakarta.ws.rs.POST;",
    "import jakarta.ws.rs.Path;",
    "import jakarta.ws.rs.core.Response;",
    "import java.net.URI;",
    "import java.util.HashSet;",
    "import java.util.Set;",
    "@Path(\"/books\")",
    "public class BookResource {",
    "  public record Book(String isbn, String title) {}",
    "  private final Set<String> isbns = new HashSet<>();",
    "  @POST",
    "  @Creates",
    "  @Returns(value = 201, description = \"The book was added\", headers = \"Location\", body = Book.class)",
    "  @Returns(value = 409, description = \"A book with this ISBN exists\")",
    "  public Response add(Book book) {",
    "    if (!isbns.add(book.isbn())) {",
    "      return BookResourceResponses.Add.conflict();",
    "    }",
    "    return BookResourceResponses.Add.created(book, URI.create(\"/books/\" + book.isbn()));",
    "  }",
    "}",
  };

  @Test
  void theFactoriesOfTheGeneratedHelpersTellTheirCodeBodyAndHeaders() {
    Harness h = Harness.create();
    h.skip = type -> type.getSimpleName().toString().endsWith("Responses");
    h.compilation =
        com.google.testing.compile.Compiler.javac()
            .withProcessors(new StatusContractProcessor(), h)
            .compile(source("com.example.after.BookResource", BOOKS));

    assertThat(h.compilation).succeeded();
    assertThat(h.produced("com.example.after.BookResource", "add"))
        .containsExactlyElementsIn(
            expected(
                BOOKS,
                "409 @{Add.conflict()} through BookResourceResponses.Add.conflict()",
                "201 [Location] body @{Add.created(} through BookResourceResponses.Add.created()"));
    assertThat(h.notAnalysed).isEqualTo(List.of());
  }
}
