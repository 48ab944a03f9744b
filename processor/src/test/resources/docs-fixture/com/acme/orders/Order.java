package com.acme.orders;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** An order, and the order it replaces, if any. */
public record Order(
    UUID id,
    Status status,
    Customer customer,
    List<Line> lines,
    BigDecimal total,
    Instant placedAt,
    Optional<String> note,
    Map<String, String> tags,
    Order replaces) {

  public enum Status {
    OPEN,
    PAID,
    SHIPPED
  }

  public record Line(String sku, int quantity, BigDecimal price) {}
}
