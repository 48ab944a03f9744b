package com.example.shop.dto;

import java.util.List;

public record PlaceOrderRequest(long customerId, String cartId, List<OrderLine> lines) {}
