package dev.statuscontract.sample.bookstore;

import dev.statuscontract.Returns;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** The signed-in account: who a bearer token belongs to. */
@Path("/account")
@Produces(MediaType.APPLICATION_JSON)
@Returns(value = 500, description = "Something went wrong on our side")
public class AccountResource {

  private final Tokens tokens;

  @Inject
  public AccountResource(Tokens tokens) {
    this.tokens = tokens;
  }

  @GET
  @TokenRequired
  @Returns(value = 200, description = "The account the bearer token belongs to", body = Account.class)
  public Response get(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization) {
    Tokens.Check check = tokens.check(authorization);
    if (check instanceof Tokens.Invalid invalid) {
      return AccountResourceResponses.Get.unauthorized(invalid.problem(), invalid.challenge());
    }
    return AccountResourceResponses.Get.ok(((Tokens.Valid) check).account());
  }
}
