package com.shop;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RestController;

@RestController
public class OrderController implements OrderApi {

  @Override
  public ResponseEntity<String> getOrder(String id) {
    return ResponseEntity.ok("{\"id\":\"" + id + "\"}");
  }
}
