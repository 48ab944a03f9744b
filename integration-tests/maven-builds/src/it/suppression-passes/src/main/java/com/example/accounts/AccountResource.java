package com.example.accounts;

import dev.statuscontract.Returns;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Response;

@Path("/accounts")
public class AccountResource {

  /** An error-level finding, silenced on the method by its rule id. */
  @POST
  @SuppressWarnings("statuscontract:created-without-location")
  @Returns(201)
  public Response open(String account) {
    return Response.status(201).build();
  }

  /** A warning that no @SuppressWarnings names: still reported, and the build still passes. */
  @GET
  @Path("/limits")
  @SuppressWarnings("statuscontract:created-without-location")
  @Returns(200)
  @Returns(429)
  public String limits() {
    return "{}";
  }

  /** "statuscontract" alone silences every rule. */
  @GET
  @Path("/status")
  @SuppressWarnings({"unused", "statuscontract"})
  @Returns(200)
  @Returns(503)
  public String status() {
    return "up";
  }
}
