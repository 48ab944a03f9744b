package com.example.shop.service;

public class CartEmptyException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public CartEmptyException(String cartId) {
    super("Cart " + cartId + " is empty");
  }
}
