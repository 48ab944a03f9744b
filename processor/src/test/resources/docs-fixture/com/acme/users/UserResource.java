package com.acme.users;

import com.acme.Page;
import com.acme.StandardErrors;
import dev.statuscontract.Creates;
import dev.statuscontract.Returns;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.CookieParam;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
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

  /**
   * Lists the users, a page at a time.
   *
   * <p>Pages follow the order of sign-up; pass the {@code next} of one page as the {@code cursor}
   * of the next.
   *
   * @param filter which users to list
   * @param cursor where the page starts; the first page without it
   * @param limit how many users a page holds, at most
   * @return a page of users
   */
  @GET
  @Produces({"application/json", "text/csv"})
  @Returns(value = 200, description = "A page of users", body = Page.class)
  public Response list(
      @BeanParam UserFilter filter,
      @QueryParam("cursor") String cursor,
      @QueryParam("limit") @DefaultValue("20") int limit) {
    return Response.ok().build();
  }

  /**
   * Reads one user. The {@code id} is the one {@link UserResource#create(User) create} returned in
   * {@code Location}.
   *
   * @param id the user's id
   * @param etag the {@code ETag} of the copy the client holds
   * @param session the session of a signed-in browser, which the {@code Authorization} header
   *     replaces
   */
  @GET
  @Path("{id: [0-9a-f]+}")
  @Returns(value = 200, description = "The user", body = User.class)
  @Returns(value = 404, description = "No user | has this id <yet> & \"never\" will — désolé")
  public Response get(
      @PathParam("id") String id,
      @HeaderParam("If-None-Match") String etag,
      @CookieParam("session") @Deprecated String session) {
    return Response.ok().build();
  }

  /**
   * Creates a user.
   *
   * @param user the new user; its {@code id} is ignored
   */
  @POST
  @Consumes({"application/json", "application/xml"})
  @Creates
  @Returns(value = 201, description = "The user was created", headers = "Location", body = User.class)
  @Returns(value = 409, description = "<script>alert('taken')</script> The e-mail address is taken")
  public Response create(User user) {
    return Response.created(java.net.URI.create("/users/1")).build();
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
