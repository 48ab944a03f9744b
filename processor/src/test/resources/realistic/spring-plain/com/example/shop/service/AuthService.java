package com.example.shop.service;

import com.example.shop.dto.Credentials;
import com.example.shop.dto.SessionDto;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

public class AuthService {

  private final Map<String, SessionDto> sessions = new ConcurrentHashMap<>();

  public Optional<SessionDto> login(Credentials credentials) {
    if (!"secret".equals(credentials.password())) {
      return Optional.empty();
    }
    SessionDto session = new SessionDto(UUID.randomUUID().toString(), credentials.username(), Instant.now().plus(Duration.ofHours(8)));
    sessions.put(session.token(), session);
    return Optional.of(session);
  }

  public Optional<SessionDto> session(String token) {
    return Optional.ofNullable(sessions.get(token));
  }

  public void logout(String token) {
    sessions.remove(token);
  }
}
