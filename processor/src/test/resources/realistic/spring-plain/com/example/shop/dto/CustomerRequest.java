package com.example.shop.dto;

public record CustomerRequest(String name, String email) {}
