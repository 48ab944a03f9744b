package dev.statuscontract.sample.bookstore;

/** The account a bearer token belongs to. */
public record Account(String name) {}
