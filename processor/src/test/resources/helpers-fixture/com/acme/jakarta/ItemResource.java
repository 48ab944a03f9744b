package com.acme.jakarta;

import dev.statuscontract.Creates;
import dev.statuscontract.Returns;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HEAD;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;
import java.util.List;

@Path("/items")
@Returns(value = 503, description = "Down for maintenance", headers = "Retry-After")
public class ItemResource {

  @GET
  @Returns(value = 200, description = "Every item", body = List.class, headers = {"Last-Modified", "Expires"})
  @Returns(value = 304, description = "Unchanged", headers = {"ETag", "Last-Modified"})
  public Response list() {
    return ItemResourceResponses.List.ok(List.of(), java.time.Instant.EPOCH, java.time.Instant.EPOCH);
  }

  @GET
  @Path("{id}")
  @Returns(value = 200, body = Item.class, headers = "Content-Location")
  @Returns(value = 404, description = "No such item")
  public Response get(@PathParam("id") String id) {
    return ItemResourceResponses.Get.notFound();
  }

  @POST
  @Creates
  @Returns(value = 201, description = "Created", headers = "Location", body = Item.class)
  @Returns(value = 405, description = "Items are read-only today", headers = "Allow")
  @Returns(value = 429, headers = {"Retry-After", "X-RateLimit-Remaining"})
  public Response create(Item item) {
    return ItemResourceResponses.CreateItem.created(item, java.net.URI.create("/items/" + item.id()));
  }

  @POST
  @Path("bulk")
  @Creates
  @Returns(value = 201, headers = "Location")
  public Response create(List<Item> items) {
    return ItemResourceResponses.CreateList.created(java.net.URI.create("/items"));
  }

  @DELETE
  @Path("{id}")
  @Returns(204)
  @Returns(value = 202, description = "Deletion queued", headers = "Location")
  public Response delete(@PathParam("id") String id) {
    return ItemResourceResponses.Delete.noContent();
  }

  @HEAD
  @Path("{id}")
  @Returns(204)
  public void exists(@PathParam("id") String id) {}

  @PUT
  @Path("{id}")
  @Returns(value = 200, body = Item.class)
  public Item replace(@PathParam("id") String id, Item item) {
    return item;
  }
}
