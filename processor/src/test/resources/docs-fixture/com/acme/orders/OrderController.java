package com.acme.orders;

import com.acme.Page;
import com.acme.StandardErrors;
import dev.statuscontract.Returns;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.CookieValue;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/orders")
public class OrderController implements OrderApi {

  /**
   * Lists the orders of a tenant.
   *
   * @param tenant the tenant whose orders to list
   * @param page the page, from 1
   * @param status only orders in this status
   * @param session the browser session
   */
  @GetMapping
  @StandardErrors
  @Returns(value = 200, description = "Every order, newest first", body = List.class)
  public ResponseEntity<List<Map<String, Object>>> list(
      @RequestHeader("X-Tenant") String tenant,
      @RequestParam(defaultValue = "1") int page,
      @RequestParam Optional<String> status,
      @CookieValue(name = "session", required = false) String session) {
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
    return id.isEmpty() ? ResponseEntity.status(304).eTag("\"0\"").build() : ResponseEntity.ok(null);
  }

  @Override
  @Returns(value = 308, description = "Archived orders moved", headers = "Location")
  public ResponseEntity<Void> archive(String id) {
    return ResponseEntity.status(308).location(java.net.URI.create("/archived-orders/" + id)).build();
  }

  /**
   * Replaces the note on an order.
   *
   * @param id the order
   * @param note the note, as plain text
   */
  @PutMapping(value = "/{id}/note", consumes = "text/plain")
  @Returns(value = 204, description = "The note was saved")
  public ResponseEntity<Void> note(@PathVariable String id, @RequestBody String note) {
    return ResponseEntity.noContent().build();
  }
}
