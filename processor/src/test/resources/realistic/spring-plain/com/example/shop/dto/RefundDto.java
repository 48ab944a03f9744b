package com.example.shop.dto;

import java.math.BigDecimal;

public record RefundDto(String id, String paymentId, BigDecimal amount) {}
