package com.acme.legacy;

import com.acme.legacy.model.Returns;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;

@Path("/legacy")
public class LegacyResource {

  @GET
  @dev.statuscontract.Returns(200)
  public Response search(@QueryParam("q") String q) {
    if (q == null) {
      return Response.status(400).build();
    }
    return Response.ok(new Returns(1)).build();
  }
}
