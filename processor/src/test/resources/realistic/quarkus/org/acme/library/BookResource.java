package org.acme.library;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.core.Context;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** A Quarkus REST resource documented the SmallRye way. */
@Path("/books")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "books")
public class BookResource {

  private final Map<String, Book> books = new ConcurrentHashMap<>();

  @GET
  @Operation(summary = "All books")
  @APIResponse(responseCode = "200", description = "Every book",
      content = @Content(schema = @Schema(implementation = Book.class, type = SchemaType.ARRAY)))
  public List<Book> all() {
    return List.copyOf(books.values());
  }

  @GET
  @Path("{isbn}")
  @APIResponseSchema(value = Book.class, responseDescription = "The book")
  public Book get(@PathParam("isbn") String isbn) throws BookNotFoundException {
    Book book = books.get(isbn);
    if (book == null) {
      throw new BookNotFoundException();
    }
    return book;
  }

  @POST
  @Operation(summary = "Add a book")
  @APIResponse(responseCode = "201", description = "Added")
  @APIResponse(responseCode = "400", description = "Invalid book")
  public Response add(Book book, @Context UriInfo uri) {
    books.put(book.isbn(), book);
    return Response.created(uri.getAbsolutePathBuilder().path(book.isbn()).build()).entity(book).build();
  }

  @PUT
  @Path("{isbn}")
  @APIResponse(responseCode = "204", description = "Replaced")
  public void replace(@PathParam("isbn") String isbn, Book book) {
    books.put(isbn, book);
  }

  @DELETE
  @Path("{isbn}")
  @APIResponse(responseCode = "200", description = "Removed",
      content = @Content(schema = @Schema(implementation = Book.class)))
  @APIResponse(responseCode = "404", description = "No such book")
  public Book remove(@PathParam("isbn") String isbn) throws BookNotFoundException {
    Book removed = books.remove(isbn);
    if (removed == null) {
      throw new BookNotFoundException();
    }
    return removed;
  }
}
