package com.acme.javax;

import dev.statuscontract.Creates;
import dev.statuscontract.Returns;
import java.util.List;
import java.util.Map;
import javax.ws.rs.DELETE;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.core.Response;

@Path("/reports")
public class ReportResource {

  @GET
  @Returns(value = 200, body = Map.class)
  @Returns(value = 401, headers = "WWW-Authenticate")
  public Response summary() {
    return ReportResourceResponses.Summary.unauthorized("Bearer realm=\"reports\"");
  }

  @POST
  @Creates
  @Returns(value = 201, headers = "Location", body = Report.class)
  @Returns(value = 202, description = "Queued; poll the Location", headers = {"Location", "Retry-After"})
  public Response create(Report report) {
    return ReportResourceResponses.Create.accepted(
        java.net.URI.create("/jobs/1"), java.time.Duration.ofSeconds(5));
  }

  @GET
  @Path("{id}")
  @Returns(value = 200, body = Report.class, headers = {"Content-Location", "Last-Modified", "Expires"})
  @Returns(value = 404)
  public Response get(@PathParam("id") String id) {
    return ReportResourceResponses.GetString.notFound();
  }

  @GET
  @Path("{id}/pages")
  @Returns(value = 200, body = List.class)
  public Response get(@PathParam("id") String id, List<String> sections) {
    return ReportResourceResponses.GetStringList.ok(sections);
  }

  @DELETE
  @Path("{id}")
  @Returns(204)
  @Returns(value = 405, description = "Published reports stay", headers = "Allow")
  public Response delete(@PathParam("id") String id) {
    return ReportResourceResponses.Delete.methodNotAllowed(java.util.Set.of("GET"));
  }
}
