package com.example.accounts;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/accounts")
public class AccountController {

  public record Account(String id, String email) {}

  private final Map<String, Account> accounts = new ConcurrentHashMap<>();

  @GetMapping("/{id}")
  public ResponseEntity<Account> get(@PathVariable String id) {
    return ResponseEntity.of(Optional.ofNullable(accounts.get(id)));
  }

  @PostMapping
  public ResponseEntity<Account> registerAccount(@RequestBody Account account) {
    accounts.put(account.id(), account);
    return ResponseEntity.status(HttpStatus.CREATED).body(account);
  }
}
