package com.acme.users;

public record User(String id, String email) {}
