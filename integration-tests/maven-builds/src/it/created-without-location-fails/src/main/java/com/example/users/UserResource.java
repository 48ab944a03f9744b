package com.example.users;

import dev.statuscontract.Creates;
import dev.statuscontract.Returns;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Response;

@Path("/users")
public class UserResource {

  @POST
  @Creates
  @Returns(201)
  @Returns(409)
  public Response create(String user) {
    return Response.status(201).build();
  }
}
