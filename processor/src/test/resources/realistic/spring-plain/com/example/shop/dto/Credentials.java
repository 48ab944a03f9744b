package com.example.shop.dto;

public record Credentials(String username, String password) {}
