package dev.statuscontract.sample.bookstore.spring;

/** A book of the catalogue, identified by its ISBN-13. */
public record Book(String isbn, String title, String author) {}
