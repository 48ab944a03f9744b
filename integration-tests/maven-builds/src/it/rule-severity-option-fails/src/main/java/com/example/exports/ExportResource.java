package com.example.exports;

import dev.statuscontract.Returns;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Response;

@Path("/exports")
public class ExportResource {

  @POST
  // A warning by default; -Astatuscontract.rules=accepted-without-location:error makes it an error.
  @Returns(value = 202, description = "The export was queued")
  // Also a warning by default, and the option leaves it one.
  @Returns(429)
  public Response start(String query) {
    return Response.accepted().build();
  }
}
