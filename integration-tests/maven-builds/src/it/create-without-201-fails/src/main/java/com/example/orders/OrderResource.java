package com.example.orders;

import dev.statuscontract.Creates;
import dev.statuscontract.Returns;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Response;

@Path("/orders")
public class OrderResource {

  @POST
  // Promises a 201 Created that the contract below does not declare.
  @Creates
  @Returns(value = 200, description = "The order was placed")
  @Returns(value = 422, description = "The order has no items")
  public Response place(String order) {
    return Response.ok().build();
  }
}
