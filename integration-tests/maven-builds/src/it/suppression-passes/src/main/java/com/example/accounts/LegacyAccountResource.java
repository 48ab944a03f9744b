package com.example.accounts;

import dev.statuscontract.Returns;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Response;

/** On a class, @SuppressWarnings silences the rule on every endpoint in it. */
@Path("/legacy/accounts")
@SuppressWarnings("statuscontract:created-without-location")
public class LegacyAccountResource {

  @POST
  @Returns(201)
  public Response open(String account) {
    return Response.status(201).build();
  }
}
