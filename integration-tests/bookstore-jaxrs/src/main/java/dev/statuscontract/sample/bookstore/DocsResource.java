package dev.statuscontract.sample.bookstore;

import dev.statuscontract.Returns;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Response;

/** The API's documentation, as status-contract generated it from the resources' contracts. */
@Path("/docs")
@Returns(value = 500, description = "Something went wrong on our side")
public class DocsResource {

  private final ApiDocs docs;

  @Inject
  public DocsResource(ApiDocs docs) {
    this.docs = docs;
  }

  @GET
  @Produces("text/html; charset=UTF-8")
  @Returns(value = 200, description = "Every endpoint of this API and its status codes, as one HTML page", body = String.class)
  @Returns(value = 406, description = "The request's Accept header rules out HTML")
  public Response index() {
    return DocsResourceResponses.Index.ok(docs.html());
  }
}
