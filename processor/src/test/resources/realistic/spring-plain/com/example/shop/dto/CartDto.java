package com.example.shop.dto;

import java.util.List;

public record CartDto(String id, Long customerId, List<CartItem> items) {}
