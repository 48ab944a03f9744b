package com.example.shop.dto;

import java.math.BigDecimal;

public record ProductDto(String sku, String name, BigDecimal price, int stock) {}
