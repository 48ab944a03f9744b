package com.example.shop.dto;

import java.math.BigDecimal;

public record PaymentRequest(long orderId, BigDecimal amount, String cardToken) {}
