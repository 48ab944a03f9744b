package com.acme.javax;

import dev.statuscontract.Creates;
import dev.statuscontract.Returns;
import java.util.Map;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.core.Response;

// The JAX-RS (javax) resource of the processor's helper tests, with one endpoint more that sends
// the typed headers the others do not: HelpersRuntimeJavaxTest calls the helpers generated for it.
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
  @Returns(value = 405, description = "Reports are being archived", headers = "Allow")
  public Response get(@PathParam("id") String id) {
    return ReportResourceResponses.Get.methodNotAllowed(java.util.Set.of());
  }
}
