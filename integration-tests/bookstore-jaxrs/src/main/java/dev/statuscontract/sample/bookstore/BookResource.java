package dev.statuscontract.sample.bookstore;

import dev.statuscontract.Creates;
import dev.statuscontract.Returns;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/** The books of the store: anyone can read them; changing them takes a bearer token. */
@Path("/books")
@Produces(MediaType.APPLICATION_JSON)
@Returns(value = 500, description = "Something went wrong on our side")
public class BookResource {

  static final int MAX_LIMIT = 100;

  private final Catalog catalog;
  private final Tokens tokens;
  private final RateLimiter searches;

  @Inject
  public BookResource(Catalog catalog, Tokens tokens, RateLimiter searches) {
    this.catalog = catalog;
    this.tokens = tokens;
    this.searches = searches;
  }

  @GET
  @Returns(value = 200, description = "The first books by ISBN, at most limit (default 20)", body = List.class)
  @Returns(value = 400, description = "limit is not a number from 1 to 100", body = Problem.class)
  public Response list(@QueryParam("limit") @DefaultValue("20") String limit) {
    int max;
    try {
      max = Integer.parseInt(limit);
    } catch (NumberFormatException e) {
      max = 0;
    }
    if (max < 1 || max > MAX_LIMIT) {
      return BookResourceResponses.List.badRequest(
          new Problem("Invalid limit", "limit must be a number from 1 to " + MAX_LIMIT + ", not " + limit));
    }
    return BookResourceResponses.List.ok(catalog.list(max));
  }

  @GET
  @Path("search")
  @Returns(value = 200, description = "The books whose title or author contains q", body = List.class)
  @Returns(value = 400, description = "q is missing or blank", body = Problem.class)
  @Returns(
      value = 429,
      description = "The store answers only so many searches a minute; try again after Retry-After seconds",
      headers = "Retry-After",
      body = Problem.class)
  public Response search(@QueryParam("q") String q) {
    Optional<Duration> wait = searches.acquire();
    if (wait.isPresent()) {
      return BookResourceResponses.Search.tooManyRequests(
          new Problem("Too many searches", "Try again in " + wait.get().toSeconds() + " s"), wait.get());
    }
    if (q == null || q.isBlank()) {
      return BookResourceResponses.Search.badRequest(new Problem("Missing query", "Send ?q=<text to look for>"));
    }
    return BookResourceResponses.Search.ok(catalog.search(q.strip()));
  }

  @GET
  @Path("{isbn}")
  @Returns(value = 200, description = "The book", body = Book.class)
  @Returns(value = 404, description = "No book has this ISBN", body = Problem.class)
  public Response get(@PathParam("isbn") String isbn) {
    return catalog
        .get(isbn)
        .map(BookResourceResponses.Get::ok)
        .orElseGet(() -> BookResourceResponses.Get.notFound(noSuchBook(isbn)));
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Creates
  @TokenRequired
  @Returns(value = 201, description = "The book was added; Location is its URI", headers = "Location", body = Book.class)
  @Returns(value = 400, description = "The body is not a book, or misses a field", body = Problem.class)
  @Returns(value = 409, description = "A book with this ISBN exists", body = Problem.class)
  public Response add(
      @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization, Book book, @Context UriInfo uriInfo) {
    if (tokens.check(authorization) instanceof Tokens.Invalid invalid) {
      return BookResourceResponses.Add.unauthorized(invalid.problem(), invalid.challenge());
    }
    Optional<Problem> malformed = malformed(book);
    if (malformed.isPresent()) {
      return BookResourceResponses.Add.badRequest(malformed.get());
    }
    if (!catalog.add(book)) {
      return BookResourceResponses.Add.conflict(
          new Problem("Duplicate ISBN", "A book with ISBN " + book.isbn() + " exists; replace it with PUT"));
    }
    return BookResourceResponses.Add.created(book, location(uriInfo, book.isbn()));
  }

  @PUT
  @Path("{isbn}")
  @Consumes(MediaType.APPLICATION_JSON)
  @TokenRequired
  @Returns(value = 200, description = "The book was replaced", body = Book.class)
  @Returns(
      value = 400,
      description = "The body is not a book, misses a field, or has another ISBN than the path",
      body = Problem.class)
  @Returns(value = 404, description = "No book has this ISBN", body = Problem.class)
  public Response replace(
      @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization, @PathParam("isbn") String isbn, Book book) {
    if (tokens.check(authorization) instanceof Tokens.Invalid invalid) {
      return BookResourceResponses.Replace.unauthorized(invalid.problem(), invalid.challenge());
    }
    Optional<Problem> malformed = malformed(book);
    if (malformed.isPresent()) {
      return BookResourceResponses.Replace.badRequest(malformed.get());
    }
    if (!book.isbn().equals(isbn)) {
      return BookResourceResponses.Replace.badRequest(
          new Problem("ISBN mismatch", "The body's isbn " + book.isbn() + " is not the path's " + isbn));
    }
    return catalog.replace(book)
        ? BookResourceResponses.Replace.ok(book)
        : BookResourceResponses.Replace.notFound(noSuchBook(isbn));
  }

  @DELETE
  @Path("{isbn}")
  @TokenRequired
  @Returns(value = 204, description = "The book is gone")
  @Returns(value = 404, description = "No book has this ISBN", body = Problem.class)
  public Response remove(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization, @PathParam("isbn") String isbn) {
    if (tokens.check(authorization) instanceof Tokens.Invalid invalid) {
      return BookResourceResponses.Remove.unauthorized(invalid.problem(), invalid.challenge());
    }
    return catalog.remove(isbn)
        ? BookResourceResponses.Remove.noContent()
        : BookResourceResponses.Remove.notFound(noSuchBook(isbn));
  }

  /** Where a book lives: {@code /books/{isbn}}, absolute. */
  static URI location(UriInfo uriInfo, String isbn) {
    return uriInfo.getBaseUriBuilder().path(BookResource.class).path("{isbn}").build(isbn);
  }

  static Problem noSuchBook(String isbn) {
    return new Problem("No such book", "No book has ISBN " + isbn);
  }

  private static Optional<Problem> malformed(Book book) {
    if (book == null) {
      return Optional.of(new Problem("Missing book", "Send the book as JSON: {\"isbn\", \"title\", \"author\"}"));
    }
    List<String> problems = book.problems();
    return problems.isEmpty() ? Optional.empty() : Optional.of(new Problem("Invalid book", String.join("; ", problems)));
  }
}
