package com.example.shop.web;

import com.example.shop.dto.PaymentDto;
import com.example.shop.dto.PaymentRequest;
import com.example.shop.dto.RefundDto;
import com.example.shop.service.PaymentService;
import com.example.shop.service.PaymentService.WebhookOutcome;
import java.math.BigDecimal;
import java.net.URI;
import java.util.Map;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/payments")
public class PaymentController {

  private final PaymentService payments;

  public PaymentController(PaymentService payments) {
    this.payments = payments;
  }

  /** The provider confirms asynchronously; the client polls the payment. */
  @PostMapping
  public ResponseEntity<PaymentDto> authorize(@RequestBody PaymentRequest request) {
    PaymentDto payment = payments.authorize(request);
    return ResponseEntity.accepted().location(URI.create("/api/payments/" + payment.id())).body(payment);
  }

  @GetMapping("/{id}")
  public ResponseEntity<PaymentDto> get(@PathVariable String id) {
    return ResponseEntity.of(payments.find(id));
  }

  @PostMapping("/{id}/refunds")
  public ResponseEntity<RefundDto> refund(@PathVariable String id, @RequestParam BigDecimal amount) {
    RefundDto refund = payments.refund(id, amount);
    HttpHeaders headers = new HttpHeaders();
    headers.setLocation(URI.create("/api/payments/" + id + "/refunds/" + refund.id()));
    return new ResponseEntity<>(refund, headers, HttpStatus.CREATED);
  }

  /** Called by the payment provider; it retries on anything but what its documentation asks for. */
  @PostMapping("/webhook")
  public ResponseEntity<String> webhook(
      @RequestHeader(name = "X-Signature", required = false) String signature, @RequestBody String payload) {
    WebhookOutcome outcome = payments.handleWebhook(signature, payload);
    return ResponseEntity.status(outcome.status()).body(outcome.message());
  }

  /** Where the provider's checkout page sends the shopper back; the single-page app follows redirectUrl. */
  @GetMapping("/{id}/return")
  public ResponseEntity<Map<String, String>> returnFromProvider(
      @PathVariable String id, @RequestParam String state) {
    String target = payments.completeCheckout(id, state);
    return ResponseEntity.status(HttpStatus.SEE_OTHER).body(Map.of("redirectUrl", target));
  }
}
