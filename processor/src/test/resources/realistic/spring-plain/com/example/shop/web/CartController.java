package com.example.shop.web;

import com.example.shop.dto.CartDto;
import com.example.shop.dto.CartItem;
import com.example.shop.dto.OrderDto;
import com.example.shop.dto.PlaceOrderRequest;
import com.example.shop.service.CartEmptyException;
import com.example.shop.service.CartService;
import com.example.shop.service.OrderService;
import java.net.URI;
import java.util.List;
import java.util.Optional;
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
@RequestMapping("/api/carts")
public class CartController {

  private final CartService carts;
  private final OrderService orders;

  public CartController(CartService carts, OrderService orders) {
    this.carts = carts;
    this.orders = orders;
  }

  @PostMapping
  public ResponseEntity<CartDto> create(@RequestParam(required = false) Long customerId) {
    return created(carts.create(customerId));
  }

  @GetMapping("/{cartId}")
  public ResponseEntity<CartDto> get(@PathVariable String cartId) {
    return carts.find(cartId).map(ResponseEntity::ok).orElseGet(() -> ResponseEntity.notFound().build());
  }

  @PostMapping("/{cartId}/items")
  @ResponseStatus(HttpStatus.CREATED)
  public void addItem(@PathVariable String cartId, @RequestBody CartItem item) {
    requireCart(cartId);
    carts.addItem(cartId, item);
  }

  @DeleteMapping("/{cartId}/items/{sku}")
  public ResponseEntity<Void> removeItem(@PathVariable String cartId, @PathVariable String sku) {
    requireCart(cartId);
    if (!carts.removeItem(cartId, sku)) {
      return ResponseEntity.notFound().build();
    }
    return ResponseEntity.noContent().build();
  }

  /** Turns the cart into an order and sends the client to it. */
  @PostMapping("/{cartId}/checkout")
  public ResponseEntity<Void> checkout(@PathVariable String cartId) {
    CartDto cart = requireCart(cartId);
    if (cart.items().isEmpty()) {
      throw new CartEmptyException(cartId);
    }
    OrderDto order = orders.place(new PlaceOrderRequest(cart.customerId(), cartId, List.of()));
    carts.clear(cartId);
    return ResponseEntity.status(HttpStatus.SEE_OTHER).location(URI.create("/api/orders/" + order.id())).build();
  }

  private CartDto requireCart(String cartId) {
    Optional<CartDto> cart = carts.find(cartId);
    if (cart.isEmpty()) {
      throw new ResponseStatusException(HttpStatus.NOT_FOUND, "Cart " + cartId + " not found");
    }
    return cart.get();
  }

  private static ResponseEntity<CartDto> created(CartDto cart) {
    URI location = UriComponentsBuilder.fromPath("/api/carts/{id}").buildAndExpand(cart.id()).toUri();
    return ResponseEntity.created(location).body(cart);
  }
}
