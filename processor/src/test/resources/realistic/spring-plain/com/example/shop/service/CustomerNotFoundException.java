package com.example.shop.service;

public class CustomerNotFoundException extends EntityNotFoundException {
  private static final long serialVersionUID = 1L;

  public CustomerNotFoundException(long id) {
    super("Customer " + id + " not found");
  }
}
