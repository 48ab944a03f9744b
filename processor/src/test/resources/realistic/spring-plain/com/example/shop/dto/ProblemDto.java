package com.example.shop.dto;

import java.time.Instant;

public record ProblemDto(int status, String error, String message, Instant timestamp) {

  public static ProblemDto of(int status, String error, String message) {
    return new ProblemDto(status, error, message, Instant.now());
  }
}
