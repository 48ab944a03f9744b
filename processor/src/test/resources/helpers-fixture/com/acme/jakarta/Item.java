package com.acme.jakarta;

public record Item(String id, String name) {}
