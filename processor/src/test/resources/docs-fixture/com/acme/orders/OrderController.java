package com.acme.orders;

import com.acme.Page;
import com.acme.StandardErrors;
import dev.statuscontract.Returns;
import java.util.List;
import java.util.Map;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/orders")
public class OrderController {

  @GetMapping
  @StandardErrors
  @Returns(value = 200, description = "Every order, newest first", body = List.class)
  public ResponseEntity<List<Map<String, Object>>> list() {
    return ResponseEntity.ok(List.of());
  }

  @GetMapping("/search")
  @Returns(value = 200, description = "The orders that match", body = Page.class)
  public ResponseEntity<Page<Order>> search() {
    return ResponseEntity.ok(new Page<>(List.of(), null));
  }

  @GetMapping(value = "/{id}", produces = "application/json")
  @Returns(value = 200, body = Order.class)
  @Returns(value = 304, description = "Unchanged since If-None-Match", headers = "ETag")
  @Returns(value = 404)
  public ResponseEntity<Order> get(@PathVariable String id) {
    return ResponseEntity.ok(null);
  }

  @PutMapping("/{id}/archive")
  @Returns(value = 308, description = "Archived orders moved", headers = "Location")
  public ResponseEntity<Void> archive(@PathVariable String id) {
    return ResponseEntity.status(308).build();
  }
}
