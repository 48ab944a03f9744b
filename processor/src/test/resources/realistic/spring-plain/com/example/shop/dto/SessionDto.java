package com.example.shop.dto;

import java.time.Instant;

public record SessionDto(String token, String username, Instant expiresAt) {}
