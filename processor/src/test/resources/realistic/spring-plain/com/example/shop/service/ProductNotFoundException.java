package com.example.shop.service;

public class ProductNotFoundException extends EntityNotFoundException {
  private static final long serialVersionUID = 1L;

  public ProductNotFoundException(String sku) {
    super("Product " + sku + " not found");
  }
}
