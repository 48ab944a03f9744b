package com.example.books;

import dev.statuscontract.Returns;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;
import java.util.Map;

@Path("/books")
public class BookResource {

  private final Map<String, String> titles = Map.of("9780441013593", "Dune");

  @GET
  @Path("{isbn}")
  @Returns(value = 200, description = "The book's title", body = String.class)
  public Response title(@PathParam("isbn") String isbn) {
    String title = titles.get(isbn);
    if (title == null) {
      throw new NotFoundException("No book has ISBN " + isbn);
    }
    return Response.ok(title).build();
  }
}
