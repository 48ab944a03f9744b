package dev.statuscontract.sample.bookstore;

/** A book in the store. */
public record Book(String isbn, String title, String author) {}
