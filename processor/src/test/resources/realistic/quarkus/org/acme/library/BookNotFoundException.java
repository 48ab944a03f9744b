package org.acme.library;

public class BookNotFoundException extends Exception {
  private static final long serialVersionUID = 1L;
}
