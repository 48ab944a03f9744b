package com.acme.users;

import com.acme.Page;
import com.acme.StandardErrors;
import dev.statuscontract.Creates;
import dev.statuscontract.Returns;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import java.util.List;

/**
 * The users of the shop, and their <em>orders</em> ({@link com.acme.orders.OrderController}). Kept
 * in one store.
 */
@Path("/users")
@StandardErrors
@Returns(value = 503, description = "Down for maintenance", headers = "Retry-After")
public class UserResource {

  @GET
  @Produces({"application/json", "text/csv"})
  @Returns(value = 200, description = "A page of users", body = Page.class)
  public Response list(@QueryParam("cursor") String cursor) {
    return Response.ok().build();
  }

  @GET
  @Path("{id: [0-9a-f]+}")
  @Returns(value = 200, description = "The user", body = User.class)
  @Returns(value = 404, description = "No user | has this id <yet> & \"never\" will — désolé")
  public Response get(@PathParam("id") String id) {
    return Response.ok().build();
  }

  @POST
  @Creates
  @Returns(value = 201, description = "The user was created", headers = "Location", body = User.class)
  @Returns(value = 409, description = "<script>alert('taken')</script> The e-mail address is taken")
  public Response create(User user) {
    return Response.status(201).build();
  }

  @POST
  @Path("batch")
  @SuppressWarnings("statuscontract:post-create-returns-200") // imports many, returns a summary
  @Returns(value = 200, description = "Every user was imported", body = User[].class)
  @Returns(value = 400, description = "A line could not be read")
  public Response create(List<User> users) {
    return Response.ok().build();
  }

  @DELETE
  @Path("{id}")
  @Returns(value = 204, description = "The user is gone")
  @Returns(value = 500, description = "The user could not be deleted, try again")
  public void delete(@PathParam("id") String id) {}
}
