package com.example.shop.dto;

public record CustomerDto(long id, String name, String email) {}
