package dev.statuscontract.sample.bookstore;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** Bearer tokens (RFC 6750) and the accounts they belong to. */
public final class Tokens {

  /** The authentication realm named in every challenge. */
  public static final String REALM = "bookstore";

  private final Map<String, String> accounts;

  /** @param accounts the account name of each valid token */
  public Tokens(Map<String, String> accounts) {
    this.accounts = Map.copyOf(accounts);
  }

  /** The outcome of checking an {@code Authorization} header. */
  public sealed interface Check {}

  /** The token is valid. */
  public record Valid(Account account) implements Check {}

  /**
   * The header is missing, not a bearer token, or an unknown token.
   *
   * @param challenge the {@code WWW-Authenticate} value to answer with (RFC 6750 §3)
   */
  public record Invalid(Problem problem, String challenge) implements Check {}

  /** Checks the value of an {@code Authorization} header, which may be null. */
  public Check check(String authorization) {
    if (authorization == null || authorization.isBlank()) {
      // RFC 6750 §3.1: no error code when the request carries no credentials at all.
      return new Invalid(
          new Problem("Authentication required", "Send Authorization: Bearer <token>"),
          "Bearer realm=\"" + REALM + "\"");
    }
    String[] parts = authorization.strip().split("\\s+", 2);
    Optional<String> account =
        parts.length == 2 && parts[0].toLowerCase(Locale.ROOT).equals("bearer")
            ? Optional.ofNullable(accounts.get(parts[1]))
            : Optional.empty();
    return account.<Check>map(name -> new Valid(new Account(name)))
        .orElseGet(
            () ->
                new Invalid(
                    new Problem("Invalid token", "The bearer token is unknown or malformed"),
                    "Bearer realm=\"" + REALM + "\", error=\"invalid_token\""));
  }
}
