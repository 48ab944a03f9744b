package com.example.shop.web;

import com.example.shop.dto.CustomerDto;
import com.example.shop.dto.CustomerRequest;
import com.example.shop.dto.ProblemDto;
import com.example.shop.service.CustomerService;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.UriComponentsBuilder;

@RestController
@RequestMapping("/api/customers")
public class CustomerController {

  private final CustomerService customers;

  public CustomerController(CustomerService customers) {
    this.customers = customers;
  }

  @GetMapping
  public List<CustomerDto> list(
      @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size) {
    return customers.findAll(page, size);
  }

  @GetMapping("/{id}")
  public ResponseEntity<CustomerDto> get(@PathVariable long id) {
    return customers.find(id).map(ResponseEntity::ok).orElse(ResponseEntity.notFound().build());
  }

  @PostMapping
  public ResponseEntity<CustomerDto> register(
      @RequestBody CustomerRequest request, UriComponentsBuilder uriBuilder) {
    CustomerDto customer = customers.register(request);
    return ResponseEntity.created(uriBuilder.path("/api/customers/{id}").buildAndExpand(customer.id()).toUri())
        .body(customer);
  }

  @PutMapping("/{id}")
  public ResponseEntity<CustomerDto> update(@PathVariable long id, @RequestBody CustomerRequest request) {
    return ResponseEntity.ok(customers.update(id, request));
  }

  @PatchMapping("/{id}/email")
  public ResponseEntity<?> changeEmail(@PathVariable long id, @RequestBody Map<String, String> patch) {
    String email = patch.get("email");
    if (email == null || !email.contains("@")) {
      return ResponseEntity.badRequest().body(ProblemDto.of(400, "Bad Request", "A valid email is required"));
    }
    return new ResponseEntity<>(customers.changeEmail(id, email), HttpStatus.OK);
  }

  @DeleteMapping("/{id}")
  public ResponseEntity<Void> delete(@PathVariable long id) {
    customers.delete(id);
    return ResponseEntity.noContent().build();
  }
}
