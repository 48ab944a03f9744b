package org.acme.library;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

@Provider
public class BookNotFoundMapper implements ExceptionMapper<BookNotFoundException> {

  @Override
  @APIResponse(responseCode = "404", description = "No book has this ISBN")
  public Response toResponse(BookNotFoundException exception) {
    return Response.status(Response.Status.NOT_FOUND).build();
  }
}
