package com.example.orders;

import dev.statuscontract.Creates;
import dev.statuscontract.Returns;
import java.net.URI;
import java.util.List;
import javax.ws.rs.DELETE;
import javax.ws.rs.GET;
import javax.ws.rs.HEAD;
import javax.ws.rs.HeaderParam;
import javax.ws.rs.POST;
import javax.ws.rs.PUT;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.core.Response;

/** Every endpoint declares a contract that HTTP semantics agree with. */
@Path("/orders")
@StandardErrors
@Returns(value = 400, description = "The request is malformed")
public class OrderResource {

  @GET
  @Returns(value = 200, body = List.class)
  @Returns(value = 206, headers = "Content-Range", body = List.class)
  public Response list(@HeaderParam("Range") String range) {
    List<Order> orders = List.of();
    if (range == null) {
      return Response.ok(orders).build();
    }
    return Response.status(206).header("Content-Range", "items 0-0/0").entity(orders).build();
  }

  @GET
  @Path("/{id}")
  @Returns(value = 200, headers = "ETag", body = Order.class)
  @Returns(304)
  @Returns(404)
  public Response get(@PathParam("id") long id, @HeaderParam("If-None-Match") String etag) {
    if ("\"1\"".equals(etag)) {
      return Response.notModified().tag("1").build();
    }
    return Response.ok(new Order()).tag("1").build();
  }

  @HEAD
  @Path("/{id}")
  @Returns(value = 200, headers = "ETag")
  @Returns(404)
  public Response exists(@PathParam("id") long id) {
    return Response.ok().build();
  }

  @POST
  @Creates
  @Returns(value = 201, description = "Created", headers = {"Location", "ETag"}, body = Order.class)
  @Returns(value = 409, description = "An order with this id exists")
  @Returns(value = 429, headers = "Retry-After")
  public Response create(Order order) {
    return Response.created(URI.create("/orders/1")).tag("1").entity(order).build();
  }

  @POST
  @Path("/{id}/export")
  @Returns(value = 202, headers = "Location")
  public Response export(@PathParam("id") long id) {
    return Response.accepted().location(URI.create("/orders/" + id + "/export/status")).build();
  }

  @PUT
  @Path("/{id}")
  @Returns(200)
  @Returns(value = 201, headers = "location")
  @Returns(412)
  public Response replace(@PathParam("id") long id, Order order) {
    return id > 1000 ? Response.created(URI.create("/orders/" + id)).build() : Response.ok().build();
  }

  @DELETE
  @Path("/{id}")
  @Returns(204)
  @Returns(404)
  @Returns(value = 405, headers = "Allow")
  public void delete(@PathParam("id") long id) {}

  @GET
  @Path("/legacy")
  @Returns(value = 301, headers = "Location")
  public Response legacy() {
    return Response.status(301).location(URI.create("/orders")).build();
  }
}
