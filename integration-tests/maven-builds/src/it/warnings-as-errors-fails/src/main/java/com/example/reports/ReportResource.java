package com.example.reports;

import dev.statuscontract.Returns;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;

@Path("/reports")
public class ReportResource {

  @GET
  @Returns(200)
  // Only a warning by default: Retry-After is recommended, not required.
  @Returns(429)
  public String list() {
    return "[]";
  }
}
