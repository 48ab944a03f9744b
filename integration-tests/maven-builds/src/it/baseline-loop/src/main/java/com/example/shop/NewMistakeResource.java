package com.example.shop;

import dev.statuscontract.Returns;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;

@Path("/carts")
public class NewMistakeResource {

  @DELETE
  @Path("{id}")
  @Returns(value = 204, body = String.class)
  public Response delete(@PathParam("id") String id) {
    return Response.noContent().build();
  }
}
