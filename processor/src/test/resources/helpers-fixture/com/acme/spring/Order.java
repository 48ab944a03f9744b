package com.acme.spring;

public record Order(String id) {}
