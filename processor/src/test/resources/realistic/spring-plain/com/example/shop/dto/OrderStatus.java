package com.example.shop.dto;

public enum OrderStatus {
  PLACED,
  PAID,
  SHIPPED,
  CANCELLED
}
