package com.example.shop;

import dev.statuscontract.Creates;
import dev.statuscontract.Returns;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;
import java.net.URI;

@Path("/orders")
public class OrderResource {

  @POST
  @Creates
  @Returns(201)
  public Response create(String order) {
    return Response.created(URI.create("/orders/1")).build();
  }

  @GET
  @Path("{id}")
  @Returns(200)
  public Response get(@PathParam("id") String id) {
    if (id.isBlank()) {
      return Response.status(404).build();
    }
    return Response.ok(id).build();
  }
}
