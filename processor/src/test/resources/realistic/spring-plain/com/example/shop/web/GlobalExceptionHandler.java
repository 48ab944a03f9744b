package com.example.shop.web;

import com.example.shop.dto.ProblemDto;
import com.example.shop.service.CartEmptyException;
import com.example.shop.service.EntityNotFoundException;
import com.example.shop.service.PaymentDeclinedException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestControllerAdvice;

@RestControllerAdvice
public class GlobalExceptionHandler {

  @ExceptionHandler(EntityNotFoundException.class)
  public ResponseEntity<ProblemDto> notFound(EntityNotFoundException e) {
    return ResponseEntity.status(HttpStatus.NOT_FOUND).body(ProblemDto.of(404, "Not Found", e.getMessage()));
  }

  @ExceptionHandler(CartEmptyException.class)
  @ResponseStatus(HttpStatus.UNPROCESSABLE_ENTITY)
  public ProblemDto cartEmpty(CartEmptyException e) {
    return ProblemDto.of(422, "Unprocessable Entity", e.getMessage());
  }

  @ExceptionHandler(PaymentDeclinedException.class)
  public ResponseEntity<ProblemDto> paymentDeclined(PaymentDeclinedException e) {
    return new ResponseEntity<>(ProblemDto.of(402, "Payment Required", e.reason()), HttpStatus.PAYMENT_REQUIRED);
  }

  @ExceptionHandler(IllegalArgumentException.class)
  public ResponseEntity<ProblemDto> badRequest(IllegalArgumentException e) {
    return ResponseEntity.badRequest().body(ProblemDto.of(400, "Bad Request", e.getMessage()));
  }
}
