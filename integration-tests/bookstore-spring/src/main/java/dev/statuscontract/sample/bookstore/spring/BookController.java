package dev.statuscontract.sample.bookstore.spring;

import dev.statuscontract.Creates;
import dev.statuscontract.Returns;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * The catalogue. Reading is open to everyone; changing it needs a bearer token ({@link
 * BearerAuth}). Every response is built through the generated {@code BookControllerResponses}, so
 * it can only be one the contract declares.
 */
@RestController
@RequestMapping("/books")
@Returns(value = 503, description = "The store is closed for maintenance; try again after Retry-After", headers = "Retry-After")
public class BookController {

  /** What an archived (read-only) book still allows. */
  private static final Set<String> READ_ONLY = Set.of("GET", "HEAD");

  private final Catalogue catalogue;
  private final BearerTokens tokens;
  private final Maintenance maintenance;
  private final SearchRateLimiter searchLimiter;

  public BookController(Catalogue catalogue, BearerTokens tokens, Maintenance maintenance, SearchRateLimiter searchLimiter) {
    this.catalogue = catalogue;
    this.tokens = tokens;
    this.maintenance = maintenance;
    this.searchLimiter = searchLimiter;
  }

  @GetMapping
  @Returns(value = 200, description = "Every book of the catalogue, by ISBN", body = List.class)
  public ResponseEntity<List<Book>> list() {
    Optional<Duration> closed = maintenance.retryAfter();
    if (closed.isPresent()) {
      return BookControllerResponses.List.serviceUnavailable(closed.get());
    }
    return BookControllerResponses.List.ok(catalogue.all());
  }

  @GetMapping("/search")
  @Returns(value = 200, description = "The books whose title or author contains q, ignoring case", body = List.class)
  @Returns(value = 400, description = "The query q is missing or blank")
  @Returns(value = 429, description = "This client searched too often; it may search again after Retry-After", headers = "Retry-After")
  public ResponseEntity<List<Book>> search(@RequestParam(name = "q", required = false) String q, HttpServletRequest request) {
    Optional<Duration> closed = maintenance.retryAfter();
    if (closed.isPresent()) {
      return BookControllerResponses.Search.serviceUnavailable(closed.get());
    }
    if (q == null || q.isBlank()) {
      return BookControllerResponses.Search.badRequest();
    }
    Optional<Duration> limited = searchLimiter.acquire(request.getRemoteAddr());
    if (limited.isPresent()) {
      return BookControllerResponses.Search.tooManyRequests(limited.get());
    }
    return BookControllerResponses.Search.ok(catalogue.search(q.strip()));
  }

  @GetMapping("/{isbn}")
  @Returns(value = 200, description = "The book", body = Book.class)
  @Returns(value = 301, description = "isbn is the ISBN-10 of a book, which lives at its ISBN-13", headers = "Location")
  @Returns(value = 404, description = "No book has this ISBN")
  public ResponseEntity<Book> get(@PathVariable("isbn") String isbn) {
    Optional<Duration> closed = maintenance.retryAfter();
    if (closed.isPresent()) {
      return BookControllerResponses.Get.serviceUnavailable(closed.get());
    }
    Optional<Book> book = catalogue.find(isbn);
    if (book.isPresent()) {
      return BookControllerResponses.Get.ok(book.get());
    }
    Optional<String> isbn13 = Isbn.isbn13Of(isbn).filter(i -> catalogue.find(i).isPresent());
    if (isbn13.isPresent()) {
      return BookControllerResponses.Get.movedPermanently(bookUri(isbn13.get()));
    }
    return BookControllerResponses.Get.notFound();
  }

  @PostMapping
  @Creates
  @BearerAuth
  @Returns(value = 201, description = "The book was added", headers = "Location", body = Book.class)
  @Returns(value = 409, description = "A book with this ISBN exists", body = ProblemDetail.class)
  @Returns(value = 422, description = "The ISBN is not a valid ISBN-13, or the title or author is blank", body = ProblemDetail.class)
  public ResponseEntity<?> create(
      @RequestHeader(name = HttpHeaders.AUTHORIZATION, required = false) String authorization, @RequestBody Book book) {
    Optional<Duration> closed = maintenance.retryAfter();
    if (closed.isPresent()) {
      return BookControllerResponses.Create.serviceUnavailable(closed.get());
    }
    Optional<String> challenge = tokens.challenge(authorization);
    if (challenge.isPresent()) {
      return BookControllerResponses.Create.unauthorized(challenge.get());
    }
    Optional<String> invalid = invalid(book);
    if (invalid.isPresent()) {
      return BookControllerResponses.Create.unprocessableContent(
          ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_ENTITY, invalid.get()));
    }
    if (!catalogue.add(book)) {
      return BookControllerResponses.Create.conflict(
          ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, "A book with ISBN " + book.isbn() + " exists"));
    }
    return BookControllerResponses.Create.created(book, bookUri(book.isbn()));
  }

  @PutMapping("/{isbn}")
  @BearerAuth
  @Returns(value = 200, description = "The book was replaced", body = Book.class)
  @Returns(value = 404, description = "No book has this ISBN-13")
  @Returns(value = 405, description = "The book is archived, and so read-only", headers = "Allow")
  @Returns(value = 422, description = "The book's ISBN is not the one in the path, or its title or author is blank")
  public ResponseEntity<Book> replace(
      @RequestHeader(name = HttpHeaders.AUTHORIZATION, required = false) String authorization,
      @PathVariable("isbn") String isbn,
      @RequestBody Book book) {
    Optional<Duration> closed = maintenance.retryAfter();
    if (closed.isPresent()) {
      return BookControllerResponses.Replace.serviceUnavailable(closed.get());
    }
    Optional<String> challenge = tokens.challenge(authorization);
    if (challenge.isPresent()) {
      return BookControllerResponses.Replace.unauthorized(challenge.get());
    }
    if (catalogue.find(isbn).isEmpty()) {
      return BookControllerResponses.Replace.notFound();
    }
    if (catalogue.isArchived(isbn)) {
      return BookControllerResponses.Replace.methodNotAllowed(READ_ONLY);
    }
    if (!isbn.equals(book.isbn()) || invalid(book).isPresent()) {
      return BookControllerResponses.Replace.unprocessableContent();
    }
    catalogue.replace(book);
    return BookControllerResponses.Replace.ok(book);
  }

  @DeleteMapping("/{isbn}")
  @BearerAuth
  @Returns(value = 204, description = "The book is gone")
  @Returns(value = 404, description = "No book has this ISBN-13")
  @Returns(value = 405, description = "The book is archived, and so read-only", headers = "Allow")
  public ResponseEntity<Void> delete(
      @RequestHeader(name = HttpHeaders.AUTHORIZATION, required = false) String authorization,
      @PathVariable("isbn") String isbn) {
    Optional<Duration> closed = maintenance.retryAfter();
    if (closed.isPresent()) {
      return BookControllerResponses.Delete.serviceUnavailable(closed.get());
    }
    Optional<String> challenge = tokens.challenge(authorization);
    if (challenge.isPresent()) {
      return BookControllerResponses.Delete.unauthorized(challenge.get());
    }
    if (catalogue.find(isbn).isEmpty()) {
      return BookControllerResponses.Delete.notFound();
    }
    if (catalogue.isArchived(isbn)) {
      return BookControllerResponses.Delete.methodNotAllowed(READ_ONLY);
    }
    catalogue.remove(isbn);
    return BookControllerResponses.Delete.noContent();
  }

  private static URI bookUri(String isbn) {
    return ServletUriComponentsBuilder.fromCurrentContextPath().path("/books/{isbn}").buildAndExpand(isbn).toUri();
  }

  private static Optional<String> invalid(Book book) {
    if (!Isbn.isIsbn13(book.isbn())) {
      return Optional.of("'" + book.isbn() + "' is not a valid ISBN-13");
    }
    if (book.title() == null || book.title().isBlank()) {
      return Optional.of("The title is blank");
    }
    if (book.author() == null || book.author().isBlank()) {
      return Optional.of("The author is blank");
    }
    return Optional.empty();
  }
}
