package com.example.shop.dto;

public record CartItem(String sku, int quantity) {}
