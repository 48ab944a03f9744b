package com.acme.users;

import dev.statuscontract.Creates;
import dev.statuscontract.Returns;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;
import java.net.URI;

/** The users of the shop. */
@Path("/users")
public class UserResource {

  /** Creates a user. */
  @POST
  @Creates
  @Returns(value = 201, description = "The user was created")
  public Response create(String email) {
    return Response.created(URI.create("/users/1")).build();
  }

  /** One user. */
  @GET
  @Path("{id}")
  @Returns(200)
  public Response get(@PathParam("id") String id) {
    if (id.isBlank()) {
      return Response.status(Response.Status.NOT_FOUND).build();
    }
    return Response.ok(id).build();
  }

  @DELETE
  @Path("{id}")
  @Returns(200)
  public Response delete(@PathParam("id") String id) {
    return Response.noContent().build();
  }

  @GET
  @Path("count")
  public Response count() {
    return Response.ok(3).build();
  }
}
