package dev.statuscontract.sample.bookstore;

/** The body of an error response: what went wrong, for a person to read. */
public record Problem(String title, String detail) {}
