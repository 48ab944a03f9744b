package com.example.shop.service;

/** Base of the "no such thing" exceptions; GlobalExceptionHandler answers them with 404. */
public abstract class EntityNotFoundException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  protected EntityNotFoundException(String message) {
    super(message);
  }
}
