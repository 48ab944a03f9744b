package com.example.books;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;

@Path("/books")
@Produces("application/json")
public class BookResource {

  public record Book(String isbn, String title) {}

  @GET
  @Path("{isbn}")
  @APIResponseSchema(value = Book.class, responseDescription = "The book")
  public Book get(@PathParam("isbn") String isbn) throws MissingBookException {
    if (!isbn.equals("9780441013593")) {
      throw new MissingBookException();
    }
    return new Book(isbn, "Dune");
  }

  @GET
  @APIResponse(
      responseCode = "200",
      description = "Every book",
      content = @Content(schema = @Schema(implementation = Book[].class)))
  @APIResponse(responseCode = "default", description = "Anything else")
  public Book[] list() {
    return new Book[0];
  }
}
