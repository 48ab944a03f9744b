package com.example.shop.service;

public class PaymentDeclinedException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final String reason;

  public PaymentDeclinedException(String reason) {
    super("Payment declined: " + reason);
    this.reason = reason;
  }

  public String reason() {
    return reason;
  }
}
