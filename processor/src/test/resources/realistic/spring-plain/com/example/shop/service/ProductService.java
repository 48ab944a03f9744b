package com.example.shop.service;

import com.example.shop.dto.ProductDto;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

public class ProductService {

  private final Map<String, ProductDto> products = new ConcurrentHashMap<>();

  public List<ProductDto> search(String query) {
    if (query == null || query.isBlank()) {
      return List.copyOf(products.values());
    }
    String q = query.toLowerCase(Locale.ROOT);
    return products.values().stream().filter(p -> p.name().toLowerCase(Locale.ROOT).contains(q)).toList();
  }

  public Optional<ProductDto> bySku(String sku) {
    return Optional.ofNullable(products.get(sku));
  }

  public boolean exists(String sku) {
    return products.containsKey(sku);
  }

  public ProductDto save(ProductDto product) {
    if (product.price().signum() < 0) {
      throw new IllegalArgumentException("price must not be negative");
    }
    products.put(product.sku(), product);
    return product;
  }

  public void storeImage(String sku, byte[] image) {
    if (!products.containsKey(sku)) {
      throw new ProductNotFoundException(sku);
    }
  }

  public boolean delete(String sku) {
    return products.remove(sku) != null;
  }

  public void reserve(String sku, int quantity) throws OutOfStockException {
    ProductDto product = bySku(sku).orElseThrow(() -> new ProductNotFoundException(sku));
    if (product.stock() < quantity) {
      throw new OutOfStockException(sku, quantity, product.stock());
    }
    products.put(sku, new ProductDto(sku, product.name(), product.price(), product.stock() - quantity));
  }

  public int reindex() {
    return products.size();
  }
}
