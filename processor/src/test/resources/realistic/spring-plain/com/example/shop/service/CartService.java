package com.example.shop.service;

import com.example.shop.dto.CartDto;
import com.example.shop.dto.CartItem;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

public class CartService {

  private final Map<String, CartDto> carts = new ConcurrentHashMap<>();

  public CartDto create(Long customerId) {
    CartDto cart = new CartDto(UUID.randomUUID().toString(), customerId, List.of());
    carts.put(cart.id(), cart);
    return cart;
  }

  public Optional<CartDto> find(String id) {
    return Optional.ofNullable(carts.get(id));
  }

  public void addItem(String cartId, CartItem item) {
    CartDto cart = carts.get(cartId);
    List<CartItem> items = new ArrayList<>(cart.items());
    items.add(item);
    carts.put(cartId, new CartDto(cartId, cart.customerId(), items));
  }

  /** False when the cart holds no such item. */
  public boolean removeItem(String cartId, String sku) {
    CartDto cart = carts.get(cartId);
    List<CartItem> items = new ArrayList<>(cart.items());
    boolean removed = items.removeIf(i -> i.sku().equals(sku));
    carts.put(cartId, new CartDto(cartId, cart.customerId(), items));
    return removed;
  }

  public void clear(String cartId) {
    carts.remove(cartId);
  }
}
