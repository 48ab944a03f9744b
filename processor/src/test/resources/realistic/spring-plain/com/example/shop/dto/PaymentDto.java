package com.example.shop.dto;

import java.math.BigDecimal;

public record PaymentDto(String id, long orderId, BigDecimal amount, String state) {}
