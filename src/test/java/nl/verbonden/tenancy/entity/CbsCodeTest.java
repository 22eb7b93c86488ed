package nl.verbonden.tenancy.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class CbsCodeTest {

  @ParameterizedTest
  @ValueSource(strings = {"GM0351", "GM0355", "GM1581", " gm0344 "})
  void acceptsGmAndFourDigits(String text) {
    assertTrue(CbsCode.isValid(text));
    assertEquals(text.strip().toUpperCase(), CbsCode.of(text).value());
  }

  @ParameterizedTest
  @NullAndEmptySource
  @ValueSource(strings = {"GM12", "GM12345", "PV0351", "0351", "GMABCD", "GM0000", "G M0351"})
  void refusesAnythingElse(String text) {
    assertFalse(CbsCode.isValid(text));
    assertThrows(IllegalArgumentException.class, () -> CbsCode.of(text));
  }

  @Test
  void isAValue() {
    assertEquals(CbsCode.of("GM0351"), CbsCode.of("gm0351"));
  }
}
