package com.example.shop.web;

import com.example.shop.dto.Credentials;
import com.example.shop.dto.ProblemDto;
import com.example.shop.dto.SessionDto;
import com.example.shop.service.AuthService;
import java.util.Optional;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/session")
public class SessionController {

  private static final String BEARER = "Bearer ";

  private final AuthService auth;

  public SessionController(AuthService auth) {
    this.auth = auth;
  }

  @PostMapping
  public ResponseEntity<?> login(@RequestBody Credentials credentials) {
    Optional<SessionDto> session = auth.login(credentials);
    if (session.isEmpty()) {
      return ResponseEntity.status(HttpStatus.UNAUTHORIZED)
          .body(ProblemDto.of(401, "Unauthorized", "Bad username or password"));
    }
    return ResponseEntity.ok(session.get());
  }

  @GetMapping
  public ResponseEntity<SessionDto> current(
      @RequestHeader(name = HttpHeaders.AUTHORIZATION, required = false) String authorization) {
    if (authorization == null || !authorization.startsWith(BEARER)) {
      return unauthorized();
    }
    Optional<SessionDto> session = auth.session(authorization.substring(BEARER.length()));
    if (session.isEmpty()) {
      return unauthorized();
    }
    return ResponseEntity.ok(session.get());
  }

  @DeleteMapping
  public ResponseEntity<Void> logout(@RequestHeader(HttpHeaders.AUTHORIZATION) String authorization) {
    auth.logout(authorization.substring(BEARER.length()));
    return ResponseEntity.noContent().build();
  }

  private static <T> ResponseEntity<T> unauthorized() {
    return ResponseEntity.status(HttpStatus.UNAUTHORIZED)
        .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"shop\"")
        .build();
  }
}
