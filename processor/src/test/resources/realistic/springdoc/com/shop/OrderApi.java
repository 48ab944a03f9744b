package com.shop;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;

/** As openapi-generator writes it with interfaceOnly=true. */
@RequestMapping("${openapi.shop.base-path:/api}")
public interface OrderApi {

  @Operation(operationId = "placeOrder", summary = "Place an order", responses = {
      @ApiResponse(responseCode = "201", description = "Placed"),
      @ApiResponse(responseCode = "default", description = "unexpected error")})
  @PostMapping(value = "/orders", produces = "application/json", consumes = "application/json")
  default ResponseEntity<String> placeOrder(@RequestBody String order) {
    return new ResponseEntity<>(HttpStatus.NOT_IMPLEMENTED);
  }

  @Operation(operationId = "getOrder", summary = "Find an order", responses = {
      @ApiResponse(responseCode = "200", description = "The order"),
      @ApiResponse(responseCode = "404", description = "No such order")})
  @GetMapping(value = "/orders/{id}", produces = "application/json")
  default ResponseEntity<String> getOrder(@PathVariable("id") String id) {
    return new ResponseEntity<>(HttpStatus.NOT_IMPLEMENTED);
  }
}
