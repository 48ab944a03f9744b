package dev.statuscontract.sample.bookstore.spring;

import java.util.Arrays;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/** Checks {@code Authorization: Bearer} tokens against the configured ones (bookstore.tokens). */
@Component
public class BearerTokens {

  static final String REALM = "Bearer realm=\"bookstore\"";

  private final Set<String> tokens;

  public BearerTokens(@Value("${bookstore.tokens:}") String tokens) {
    this.tokens =
        Arrays.stream(tokens.split(",")).map(String::strip).filter(t -> !t.isEmpty()).collect(Collectors.toUnmodifiableSet());
  }

  /**
   * The challenge to send in {@code WWW-Authenticate} when the {@code Authorization} header does
   * not carry a valid bearer token; empty when it does. A request without credentials gets the bare
   * challenge, one with a wrong token also {@code error="invalid_token"} (RFC 6750 §3).
   */
  public Optional<String> challenge(String authorization) {
    if (authorization == null || !authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
      return Optional.of(REALM);
    }
    String token = authorization.substring(7).strip();
    return tokens.contains(token)
        ? Optional.empty()
        : Optional.of(REALM + ", error=\"invalid_token\", error_description=\"The access token is not valid\"");
  }
}
