package com.example.shop.service;

import com.example.shop.dto.OrderDto;
import com.example.shop.dto.OrderLine;
import com.example.shop.dto.OrderStatus;
import com.example.shop.dto.PlaceOrderRequest;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

public class OrderService {

  private final Map<Long, OrderDto> orders = new ConcurrentHashMap<>();
  private final AtomicLong ids = new AtomicLong();
  private final ProductService products;

  public OrderService(ProductService products) {
    this.products = products;
  }

  public List<OrderDto> findAll(OrderStatus status) {
    return orders.values().stream().filter(o -> status == null || o.status() == status).toList();
  }

  public List<OrderDto> findByCustomer(long customerId) {
    return orders.values().stream().filter(o -> o.customerId() == customerId).toList();
  }

  public Optional<OrderDto> find(long id) {
    return Optional.ofNullable(orders.get(id));
  }

  /** Reserves the stock of every line, then records the order. */
  public OrderDto place(PlaceOrderRequest request) throws OutOfStockException {
    BigDecimal total = BigDecimal.ZERO;
    for (OrderLine line : request.lines()) {
      products.reserve(line.sku(), line.quantity());
      total = total.add(line.unitPrice().multiply(BigDecimal.valueOf(line.quantity())));
    }
    long id = ids.incrementAndGet();
    OrderDto order = new OrderDto(id, request.customerId(), OrderStatus.PLACED, request.lines(), total, Instant.now());
    orders.put(id, order);
    return order;
  }

  /** False when the order has shipped already. */
  public boolean cancel(long id) {
    OrderDto order = orders.get(id);
    if (order == null) {
      throw new IllegalArgumentException("Unknown order " + id);
    }
    if (order.status() == OrderStatus.SHIPPED) {
      return false;
    }
    orders.put(id, new OrderDto(id, order.customerId(), OrderStatus.CANCELLED, order.lines(), order.total(), order.placedAt()));
    return true;
  }

  public void delete(long id) {
    orders.remove(id);
  }
}
