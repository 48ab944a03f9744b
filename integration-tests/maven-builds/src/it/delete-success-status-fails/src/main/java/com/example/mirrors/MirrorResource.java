package com.example.mirrors;

import dev.statuscontract.Returns;
import javax.ws.rs.DELETE;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.core.Response;

@Path("/mirrors")
public class MirrorResource {

  @DELETE
  @Path("/{id}")
  @Returns(204)
  // Not an answer to DELETE: 204, 200 and 202 are.
  @Returns(value = 203, description = "Deleted from a cached copy")
  @Returns(404)
  public Response delete(@PathParam("id") String id) {
    return id.startsWith("cached-") ? Response.status(203).build() : Response.noContent().build();
  }
}
