package dev.statuscontract.sample.bookstore.spring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class IsbnTest {

  @Test
  void checksIsbn13() {
    assertTrue(Isbn.isIsbn13("9780441013593"));
    assertFalse(Isbn.isIsbn13("9780441013590"));
    assertFalse(Isbn.isIsbn13("0441013597"));
    assertFalse(Isbn.isIsbn13(null));
  }

  @Test
  void convertsIsbn10() {
    assertEquals(Optional.of("9780441013593"), Isbn.isbn13Of("0441013597"));
    assertEquals(Optional.of("9780306406157"), Isbn.isbn13Of("0306406152"));
    assertEquals(Optional.of("9780804429573"), Isbn.isbn13Of("080442957X"));
    assertEquals(Optional.empty(), Isbn.isbn13Of("0441013596"));
    assertEquals(Optional.empty(), Isbn.isbn13Of("9780441013593"));
  }
}
