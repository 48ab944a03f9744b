package com.example.shop.dto;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

public record OrderDto(
    long id, long customerId, OrderStatus status, List<OrderLine> lines, BigDecimal total, Instant placedAt) {}
