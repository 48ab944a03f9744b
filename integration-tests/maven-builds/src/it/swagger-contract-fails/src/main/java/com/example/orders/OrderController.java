package com.example.orders;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

@RestController
public class OrderController {

  @PostMapping("/orders")
  @Operation(summary = "Place an order", responses = {
      @ApiResponse(responseCode = "201", description = "The order was placed"),
      @ApiResponse(responseCode = "400", description = "The order is invalid")})
  public ResponseEntity<Void> place(@RequestBody String order) {
    return ResponseEntity.status(201).build();
  }
}
