package com.example.books;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

@Provider
public class MissingBookMapper implements ExceptionMapper<MissingBookException> {

  @Override
  @APIResponse(responseCode = "404", description = "No book has this ISBN")
  public Response toResponse(MissingBookException exception) {
    return Response.status(404).build();
  }
}
