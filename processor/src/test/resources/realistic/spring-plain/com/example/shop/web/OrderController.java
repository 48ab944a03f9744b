package com.example.shop.web;

import com.example.shop.dto.OrderDto;
import com.example.shop.dto.OrderStatus;
import com.example.shop.dto.PlaceOrderRequest;
import com.example.shop.service.OrderService;
import java.net.URI;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.util.UriComponentsBuilder;

@RestController
@RequestMapping("/api/orders")
public class OrderController {

  private static final String INVOICE_STORE = "https://invoices.example.com/shop";

  private final OrderService orders;

  public OrderController(OrderService orders) {
    this.orders = orders;
  }

  @GetMapping
  public List<OrderDto> list(@RequestParam(required = false) OrderStatus status) {
    return orders.findAll(status);
  }

  @GetMapping("/{id}")
  public ResponseEntity<OrderDto> get(@PathVariable long id) {
    return ResponseEntity.of(orders.find(id));
  }

  @PostMapping
  public ResponseEntity<OrderDto> place(@RequestBody PlaceOrderRequest request) {
    OrderDto order = orders.place(request);
    URI location = UriComponentsBuilder.fromPath("/api/orders/{id}").buildAndExpand(order.id()).toUri();
    return ResponseEntity.created(location).body(order);
  }

  @PostMapping("/{id}/cancel")
  public ResponseEntity<Void> cancel(@PathVariable long id) {
    if (!orders.cancel(id)) {
      throw new ResponseStatusException(HttpStatus.CONFLICT, "Order " + id + " has already shipped");
    }
    return ResponseEntity.noContent().build();
  }

  @DeleteMapping("/{id}")
  @ResponseStatus(HttpStatus.NO_CONTENT)
  public void delete(@PathVariable long id) {
    requireOrder(id);
    orders.delete(id);
  }

  @GetMapping("/{id}/invoice")
  public ResponseEntity<Void> invoice(@PathVariable long id) {
    OrderDto order = requireOrder(id);
    return ResponseEntity.status(HttpStatus.FOUND)
        .location(URI.create(INVOICE_STORE + "/" + order.id() + ".pdf"))
        .build();
  }

  private OrderDto requireOrder(long id) {
    return orders.find(id)
        .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "Order " + id + " not found"));
  }
}
