package dev.statuscontract.sample.bookstore;

import dev.statuscontract.Creates;
import dev.statuscontract.Returns;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** The books of the store. */
@Path("/books")
@StandardErrors
public class BookResource {

  private final Map<String, Book> books = new ConcurrentHashMap<>();

  @GET
  @Returns(value = 200, description = "Every book", body = List.class)
  @Returns(value = 429, description = "Too many requests from this client")
  public Response list() {
    return Response.ok(List.copyOf(books.values())).build();
  }

  @GET
  @Path("{isbn}")
  @Returns(value = 200, description = "The book", body = Book.class)
  @Returns(value = 404, description = "No book has this ISBN")
  public Response get(@PathParam("isbn") String isbn) {
    Book book = books.get(isbn);
    return book == null ? Response.status(404).build() : Response.ok(book).build();
  }

  @POST
  @Creates
  @Returns(value = 201, description = "The book was added", headers = "Location", body = Book.class)
  @Returns(value = 409, description = "A book with this ISBN exists")
  public Response add(Book book) {
    if (books.putIfAbsent(book.isbn(), book) != null) {
      return Response.status(409).build();
    }
    return Response.created(URI.create("/books/" + book.isbn())).entity(book).build();
  }

  @PUT
  @Path("{isbn}")
  @Returns(value = 200, description = "The book was replaced", body = Book.class)
  @Returns(value = 404, description = "No book has this ISBN")
  public Response replace(@PathParam("isbn") String isbn, Book book) {
    return books.replace(isbn, book) == null ? Response.status(404).build() : Response.ok(book).build();
  }

  @DELETE
  @Path("{isbn}")
  @Returns(value = 204, description = "The book is gone")
  @Returns(value = 404, description = "No book has this ISBN")
  public Response remove(@PathParam("isbn") String isbn) {
    return books.remove(isbn) == null ? Response.status(404).build() : Response.noContent().build();
  }
}
