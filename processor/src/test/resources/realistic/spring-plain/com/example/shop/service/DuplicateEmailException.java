package com.example.shop.service;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

@ResponseStatus(code = HttpStatus.CONFLICT, reason = "E-mail address already registered")
public class DuplicateEmailException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public DuplicateEmailException(String email) {
    super(email);
  }
}
