package com.acme.orders;

import io.swagger.v3.oas.annotations.responses.ApiResponse;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/orders")
public class OrderController {

	@GetMapping("/{id}")
	@ApiResponse(responseCode = "200", description = "The order")
	public ResponseEntity<String> get(@PathVariable String id) {
		if (id.isEmpty()) {
			return ResponseEntity.notFound().build();
		}
		return ResponseEntity.ok(id);
	}

	@DeleteMapping("/{id}")
	@ApiResponse(responseCode = "200", description = "Deleted")
	@ApiResponse(responseCode = "503", description = "Down for maintenance")
	public ResponseEntity<Void> delete(@PathVariable String id) {
		return ResponseEntity.noContent().build();
	}
}
