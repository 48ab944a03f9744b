package com.example.shop.dto;

public record ReindexResult(int indexed, long millis) {}
