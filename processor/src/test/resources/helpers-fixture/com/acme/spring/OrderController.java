package com.acme.spring;

import dev.statuscontract.Creates;
import dev.statuscontract.Returns;
import java.util.List;
import java.util.Map;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/orders")
public class OrderController {

  @GetMapping
  @Returns(value = 200, body = List.class)
  @Returns(value = 429, headers = "Retry-After")
  public ResponseEntity<List<Order>> list() {
    return OrderControllerResponses.List.ok(List.of());
  }

  @GetMapping("/{id}")
  @Returns(value = 200, body = Order.class, headers = "ETag")
  @Returns(value = 404, body = Map.class)
  @Returns(value = 405, headers = "Allow")
  public ResponseEntity<?> get(@PathVariable String id) {
    return OrderControllerResponses.Get.notFound(Map.of("id", id));
  }

  @PostMapping
  @Creates
  @Returns(value = 201, headers = "Location", body = Order.class)
  @Returns(value = 409)
  public ResponseEntity<Order> place(@RequestBody Order order) {
    return OrderControllerResponses.Place.created(order, java.net.URI.create("/orders/" + order.id()));
  }

  @DeleteMapping("/{id}")
  @Returns(204)
  @Returns(value = 410, description = "Already gone", headers = "Expires")
  public ResponseEntity<Void> cancel(@PathVariable String id) {
    return OrderControllerResponses.Cancel.noContent();
  }

  @GetMapping("/{id}/raw")
  @Returns(value = 200, body = String.class)
  public Object raw(@PathVariable String id) {
    return OrderControllerResponses.Raw.ok(id);
  }

  @GetMapping("/count")
  @Returns(value = 200, body = Integer.class)
  public int count() {
    return 0;
  }
}
