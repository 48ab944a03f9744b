package com.example.shop.web;

import com.example.shop.dto.ProductDto;
import com.example.shop.service.ProductNotFoundException;
import com.example.shop.service.ProductService;
import java.net.URI;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/products")
public class ProductController {

  private final ProductService products;

  public ProductController(ProductService products) {
    this.products = products;
  }

  @GetMapping
  public List<ProductDto> search(@RequestParam(name = "q", required = false) String query) {
    return products.search(query);
  }

  @GetMapping("/{sku}")
  public ProductDto get(@PathVariable String sku) {
    return products.bySku(sku).orElseThrow(() -> new ProductNotFoundException(sku));
  }

  @PostMapping
  public ResponseEntity<ProductDto> create(@RequestBody ProductDto product) {
    if (products.exists(product.sku())) {
      return ResponseEntity.status(HttpStatus.CONFLICT).build();
    }
    ProductDto saved = products.save(product);
    return ResponseEntity.status(HttpStatus.CREATED).body(saved);
  }

  @PutMapping("/{sku}")
  public ResponseEntity<ProductDto> replace(@PathVariable String sku, @RequestBody ProductDto product) {
    boolean existed = products.exists(sku);
    ProductDto saved = products.save(product);
    if (existed) {
      return ResponseEntity.ok(saved);
    }
    return ResponseEntity.created(URI.create("/api/products/" + sku)).body(saved);
  }

  @DeleteMapping("/{sku}")
  public ResponseEntity<Void> delete(@PathVariable String sku) {
    return products.delete(sku)
        ? new ResponseEntity<>(HttpStatus.NO_CONTENT)
        : new ResponseEntity<>(HttpStatus.NOT_FOUND);
  }
}
