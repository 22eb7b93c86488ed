package nl.verbonden.register.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class KvkNumberTest {

  @ParameterizedTest
  @ValueSource(strings = {"12345678", "69599084", "01234567", "00000001"})
  void eightDigitsAreValid(String kvk) {
    assertTrue(KvkNumber.isValid(kvk));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "1234567",
        "123456789",
        "0",
        "1234567A",
        "A2345678",
        "KVK12345678",
        "1234-5678",
        "１２３４５６７８"
      })
  void anythingButEightDigitsFails(String kvk) {
    assertFalse(KvkNumber.isValid(kvk));
  }

  @ParameterizedTest
  @NullAndEmptySource
  @ValueSource(strings = {"   "})
  void nothingFails(String kvk) {
    assertFalse(KvkNumber.isValid(kvk));
  }

  @ParameterizedTest
  @ValueSource(strings = {" 12345678 ", "1234 5678", "12 34 56 78", "1234\t5678"})
  void spacesAreIgnored(String kvk) {
    assertTrue(KvkNumber.isValid(kvk));
    assertEquals("12345678", KvkNumber.normalise(kvk));
  }

  @Test
  void spacesDoNotMakeUpForAMissingDigit() {
    assertFalse(KvkNumber.isValid("1234 567"));
    assertFalse(KvkNumber.isValid("1234 5678 9"));
  }

  @Test
  void normaliseKeepsNull() {
    assertNull(KvkNumber.normalise(null));
  }
}
