package com.example.mirrors;

import dev.statuscontract.Returns;
import javax.ws.rs.DELETE;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;

@Path("/mirrors")
public class MirrorResource {

  @DELETE
  @Path("/{id}")
  @Returns(204)
  // Not an answer to DELETE: 204, 200 and 202 are.
  @Returns(value = 203, description = "Deleted from a cached copy")
  @Returns(404)
  public void delete(@PathParam("id") String id) {}
}
