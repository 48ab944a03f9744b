package dev.statuscontract.sample.bookstore;

import dev.statuscontract.Returns;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * The API's documentation, as status-contract generated it from the resources' contracts: the page
 * at {@code /docs}, and next to it the two files it links to, {@code /openapi.json} and {@code
 * /contract.json} (the page's links are relative, and resolve against {@code /docs} to these).
 */
@Path("/")
@Returns(value = 500, description = "Something went wrong on our side")
public class DocsResource {

  private final ApiDocs docs;

  @Inject
  public DocsResource(ApiDocs docs) {
    this.docs = docs;
  }

  @GET
  @Path("docs")
  @Produces("text/html; charset=UTF-8")
  @Returns(value = 200, description = "Every endpoint of this API and its status codes, as one HTML page", body = String.class)
  @Returns(value = 406, description = "The request's Accept header rules out HTML")
  public Response index() {
    return DocsResourceResponses.Index.ok(docs.html());
  }

  @GET
  @Path("openapi.json")
  @Produces(MediaType.APPLICATION_JSON)
  @Returns(value = 200, description = "This API as an OpenAPI 3.1 document, with every declared response", body = String.class)
  @Returns(value = 406, description = "The request's Accept header rules out JSON")
  public Response openApi() {
    return DocsResourceResponses.OpenApi.ok(docs.openApi());
  }

  @GET
  @Path("contract.json")
  @Produces(MediaType.APPLICATION_JSON)
  @Returns(value = 200, description = "Every endpoint's status-code contract, for tools", body = String.class)
  @Returns(value = 406, description = "The request's Accept header rules out JSON")
  public Response contract() {
    return DocsResourceResponses.Contract.ok(docs.contract());
  }
}
