package dev.statuscontract.sample.bookstore.spring;

import dev.statuscontract.Returns;
import java.net.URI;
import java.time.Duration;
import java.util.Optional;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * Exports of the catalogue as CSV: an asynchronous job (RFC 9110 §15.3.3). POST starts one and
 * answers 202 with the status monitor in Location; the monitor answers 200 while the export runs
 * and 303 See Other to the file once it is done. All of it needs a bearer token.
 */
@RestController
@RequestMapping("/exports")
@BearerAuth
@Returns(value = 503, description = "The store is closed for maintenance; try again after Retry-After", headers = "Retry-After")
public class ExportController {

  private final Exports exports;
  private final Catalogue catalogue;
  private final BearerTokens tokens;
  private final Maintenance maintenance;

  public ExportController(Exports exports, Catalogue catalogue, BearerTokens tokens, Maintenance maintenance) {
    this.exports = exports;
    this.catalogue = catalogue;
    this.tokens = tokens;
    this.maintenance = maintenance;
  }

  @PostMapping
  @Returns(
      value = 202,
      description = "The export started; poll its status monitor at Location after Retry-After",
      headers = {"Location", "Retry-After"},
      body = ExportJob.class)
  public ResponseEntity<ExportJob> start(@RequestHeader(name = HttpHeaders.AUTHORIZATION, required = false) String authorization) {
    Optional<Duration> closed = maintenance.retryAfter();
    if (closed.isPresent()) {
      return ExportControllerResponses.Start.serviceUnavailable(closed.get());
    }
    Optional<String> challenge = tokens.challenge(authorization);
    if (challenge.isPresent()) {
      return ExportControllerResponses.Start.unauthorized(challenge.get());
    }
    ExportJob job = exports.start(catalogue.all());
    return ExportControllerResponses.Start.accepted(job, uri("/exports/{id}", job.id()), exports.remaining(job));
  }

  @GetMapping("/{id}")
  @Returns(value = 200, description = "The export is still running; poll again after Retry-After", headers = "Retry-After", body = ExportJob.class)
  @Returns(value = 303, description = "The export is done; its file is at Location", headers = "Location")
  @Returns(value = 404, description = "No export has this id")
  public ResponseEntity<ExportJob> status(
      @RequestHeader(name = HttpHeaders.AUTHORIZATION, required = false) String authorization, @PathVariable("id") String id) {
    Optional<Duration> closed = maintenance.retryAfter();
    if (closed.isPresent()) {
      return ExportControllerResponses.Status.serviceUnavailable(closed.get());
    }
    Optional<String> challenge = tokens.challenge(authorization);
    if (challenge.isPresent()) {
      return ExportControllerResponses.Status.unauthorized(challenge.get());
    }
    Optional<ExportJob> job = exports.find(id);
    if (job.isEmpty()) {
      return ExportControllerResponses.Status.notFound();
    }
    if (job.get().state() == ExportJob.State.DONE) {
      return ExportControllerResponses.Status.seeOther(uri("/exports/{id}/file", id));
    }
    return ExportControllerResponses.Status.ok(job.get(), exports.remaining(job.get()));
  }

  @GetMapping(path = "/{id}/file", produces = "text/csv")
  @Returns(value = 200, description = "The catalogue as it was when the export was requested, as CSV (RFC 4180)", body = String.class)
  @Returns(value = 404, description = "No finished export has this id")
  public ResponseEntity<String> file(
      @RequestHeader(name = HttpHeaders.AUTHORIZATION, required = false) String authorization, @PathVariable("id") String id) {
    Optional<Duration> closed = maintenance.retryAfter();
    if (closed.isPresent()) {
      return ExportControllerResponses.File.serviceUnavailable(closed.get());
    }
    Optional<String> challenge = tokens.challenge(authorization);
    if (challenge.isPresent()) {
      return ExportControllerResponses.File.unauthorized(challenge.get());
    }
    Optional<String> csv = exports.file(id);
    return csv.isPresent() ? ExportControllerResponses.File.ok(csv.get()) : ExportControllerResponses.File.notFound();
  }

  private static URI uri(String path, String id) {
    return ServletUriComponentsBuilder.fromCurrentContextPath().path(path).buildAndExpand(id).toUri();
  }
}
