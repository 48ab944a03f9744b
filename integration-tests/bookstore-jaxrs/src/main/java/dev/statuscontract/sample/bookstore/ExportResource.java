package dev.statuscontract.sample.bookstore;

import dev.statuscontract.Returns;
import jakarta.inject.Inject;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import java.util.Optional;
import java.util.Set;

/**
 * Exports of the catalog as CSV, an asynchronous job (RFC 9110 §15.3.3): POST queues one and
 * answers 202 with its status monitor in Location; the monitor answers 200 while the export runs
 * and 303 See Other to the file when it is done.
 */
@Path("/exports")
@Produces(MediaType.APPLICATION_JSON)
@Returns(value = 500, description = "Something went wrong on our side")
public class ExportResource {

  private final Catalog catalog;
  private final Exports exports;
  private final Tokens tokens;

  @Inject
  public ExportResource(Catalog catalog, Exports exports, Tokens tokens) {
    this.catalog = catalog;
    this.exports = exports;
    this.tokens = tokens;
  }

  @POST
  @TokenRequired
  @Returns(
      value = 202,
      description = "The export was queued: poll its status monitor at Location, first after Retry-After seconds",
      headers = {"Location", "Retry-After"},
      body = ExportStatus.class)
  public Response start(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization, @Context UriInfo uriInfo) {
    if (tokens.check(authorization) instanceof Tokens.Invalid invalid) {
      return ExportResourceResponses.Start.unauthorized(invalid.problem(), invalid.challenge());
    }
    Exports.Export export = exports.start(catalog.all());
    return ExportResourceResponses.Start.accepted(
        exports.status(export),
        monitor(uriInfo, export.id()),
        RateLimiter.wholeSecondsUntil(exports.now(), export.readyAt()));
  }

  @GET
  @Path("{id}")
  @Returns(
      value = 200,
      description = "The export is still running: poll again after Retry-After seconds",
      headers = "Retry-After",
      body = ExportStatus.class)
  @Returns(value = 303, description = "The export is done: the CSV is at Location", headers = "Location")
  @Returns(value = 404, description = "No export has this id, or it was cancelled", body = Problem.class)
  public Response monitor(@PathParam("id") String id, @Context UriInfo uriInfo) {
    Optional<Exports.Export> found = exports.get(id);
    if (found.isEmpty()) {
      return ExportResourceResponses.Monitor.notFound(noSuchExport(id));
    }
    Exports.Export export = found.get();
    if (export.done(exports.now())) {
      return ExportResourceResponses.Monitor.seeOther(
          uriInfo.getBaseUriBuilder().path(ExportResource.class).path("{id}/file").build(id));
    }
    return ExportResourceResponses.Monitor.ok(
        exports.status(export), RateLimiter.wholeSecondsUntil(exports.now(), export.readyAt()));
  }

  @DELETE
  @Path("{id}")
  @TokenRequired
  @Returns(value = 204, description = "The running export was cancelled")
  @Returns(value = 404, description = "No export has this id", body = Problem.class)
  @Returns(
      value = 405,
      description = "The export is done, so there is nothing to cancel: its monitor only answers GET and HEAD now",
      headers = "Allow",
      body = Problem.class)
  public Response cancel(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization, @PathParam("id") String id) {
    if (tokens.check(authorization) instanceof Tokens.Invalid invalid) {
      return ExportResourceResponses.Cancel.unauthorized(invalid.problem(), invalid.challenge());
    }
    if (exports.cancel(id)) {
      return ExportResourceResponses.Cancel.noContent();
    }
    if (exports.get(id).isPresent()) {
      return ExportResourceResponses.Cancel.methodNotAllowed(
          new Problem("Export done", "Export " + id + " is done and cannot be cancelled"), Set.of("GET", "HEAD"));
    }
    return ExportResourceResponses.Cancel.notFound(noSuchExport(id));
  }

  @GET
  @Path("{id}/file")
  @Produces("text/csv; charset=UTF-8")
  @Returns(value = 200, description = "The exported books, as CSV", body = String.class)
  @Returns(value = 404, description = "No export with this id is done")
  public Response file(@PathParam("id") String id) {
    return exports
        .get(id)
        .filter(export -> export.done(exports.now()))
        .map(export -> ExportResourceResponses.File.ok(export.csv()))
        .orElseGet(ExportResourceResponses.File::notFound);
  }

  private static URI monitor(UriInfo uriInfo, String id) {
    return uriInfo.getBaseUriBuilder().path(ExportResource.class).path("{id}").build(id);
  }

  private static Problem noSuchExport(String id) {
    return new Problem("No such export", "No export has id " + id);
  }
}
