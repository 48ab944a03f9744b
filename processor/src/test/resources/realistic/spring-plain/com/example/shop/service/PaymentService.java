package com.example.shop.service;

import com.example.shop.dto.PaymentDto;
import com.example.shop.dto.PaymentRequest;
import com.example.shop.dto.RefundDto;
import java.math.BigDecimal;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.http.HttpStatus;

public class PaymentService {

  /** What the provider's webhook call is answered with, as the provider's documentation asks. */
  public record WebhookOutcome(HttpStatus status, String message) {}

  private final Map<String, PaymentDto> payments = new ConcurrentHashMap<>();

  public PaymentDto authorize(PaymentRequest request) throws PaymentDeclinedException {
    if (request.cardToken() == null || request.cardToken().startsWith("tok_declined")) {
      throw new PaymentDeclinedException("card_declined");
    }
    PaymentDto payment = new PaymentDto(UUID.randomUUID().toString(), request.orderId(), request.amount(), "PENDING");
    payments.put(payment.id(), payment);
    return payment;
  }

  public Optional<PaymentDto> find(String id) {
    return Optional.ofNullable(payments.get(id));
  }

  public RefundDto refund(String paymentId, BigDecimal amount) {
    PaymentDto payment = payments.get(paymentId);
    if (payment == null || amount.compareTo(payment.amount()) > 0) {
      throw new IllegalArgumentException("Cannot refund " + amount);
    }
    return new RefundDto(UUID.randomUUID().toString(), paymentId, amount);
  }

  public WebhookOutcome handleWebhook(String signature, String payload) {
    if (signature == null || signature.isBlank()) {
      return new WebhookOutcome(HttpStatus.BAD_REQUEST, "missing signature");
    }
    return new WebhookOutcome(HttpStatus.OK, "processed");
  }

  /** The front-end page the shopper lands on after the provider's checkout page. */
  public String completeCheckout(String paymentId, String providerState) {
    return "https://shop.example.com/checkout/" + paymentId + "?state=" + providerState;
  }
}
