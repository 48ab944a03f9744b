package com.example.books;

public class MissingBookException extends Exception {
  private static final long serialVersionUID = 1L;
}
