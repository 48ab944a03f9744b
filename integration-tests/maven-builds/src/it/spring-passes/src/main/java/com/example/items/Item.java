package com.example.items;

public record Item(long id, String name) {}
