package dev.statuscontract.sample.bookstore;

import dev.statuscontract.Returns;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

/** Where books used to live: {@code /catalog/{isbn}} moved to {@code /books/{isbn}}. */
@Path("/catalog")
@Produces(MediaType.APPLICATION_JSON)
@Returns(value = 500, description = "Something went wrong on our side")
public class CatalogResource {

  private final Catalog catalog;

  @Inject
  public CatalogResource(Catalog catalog) {
    this.catalog = catalog;
  }

  @GET
  @Path("{isbn}")
  @Returns(value = 301, description = "The book moved for good: Location is its URI under /books", headers = "Location")
  @Returns(value = 404, description = "No book has this ISBN", body = Problem.class)
  public Response moved(@PathParam("isbn") String isbn, @Context UriInfo uriInfo) {
    return catalog.get(isbn).isPresent()
        ? CatalogResourceResponses.Moved.movedPermanently(BookResource.location(uriInfo, isbn))
        : CatalogResourceResponses.Moved.notFound(BookResource.noSuchBook(isbn));
  }
}
