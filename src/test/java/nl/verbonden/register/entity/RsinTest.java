package nl.verbonden.register.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The eleven-test: 9×d1 + 8×d2 + 7×d3 + 6×d4 + 5×d5 + 4×d6 + 3×d7 + 2×d8 − 1×d9 must be divisible
 * by 11. The valid numbers below are worked out by hand:
 *
 * <ul>
 *   <li>123456782: 9·1 + 8·2 + 7·3 + 6·4 + 5·5 + 4·6 + 3·7 + 2·8 = 9+16+21+24+25+24+21+16 = 156;
 *       156 − 2 = 154 = 14 × 11.
 *   <li>111222333: 9+8+7 + 12+10+8 + 9+6 = 69; 69 − 3 = 66 = 6 × 11.
 *   <li>999999990: 9 × (9+8+7+6+5+4+3+2) = 9 × 44 = 396 = 36 × 11; minus 0.
 *   <li>100000009: 9·1 = 9; 9 − 9 = 0, and 0 is divisible by 11 (the sum may be exactly zero).
 *   <li>002400005: 7·2 + 6·4 = 38; 38 − 5 = 33 = 3 × 11 (leading zeros are part of the number).
 * </ul>
 *
 * A change of one digit at weight w by δ (1 ≤ |δ| ≤ 9) changes the sum by w·δ, and no weight (9..2,
 * −1) is a multiple of 11: every one-digit change is caught. Swapping two different adjacent digits
 * changes the sum by their difference (or by three times it, for the last pair): also never a
 * multiple of 11.
 */
class RsinTest {

  private static final String[] VALID = {
    "123456782", "111222333", "999999990", "100000009", "002400005"
  };

  @ParameterizedTest
  @ValueSource(strings = {"123456782", "111222333", "999999990", "100000009", "002400005"})
  void aNumberThatPassesTheElevenTestIsValid(String rsin) {
    assertTrue(Rsin.isValid(rsin));
  }

  @Test
  void theWorkedOutSumOf123456782IsAMultipleOfEleven() {
    int sum = 9 * 1 + 8 * 2 + 7 * 3 + 6 * 4 + 5 * 5 + 4 * 6 + 3 * 7 + 2 * 8 - 2;
    assertEquals(154, sum);
    assertEquals(0, sum % 11);
    assertTrue(Rsin.isValid("123456782"));
    assertFalse(Rsin.isValid("123456783"), "last digit one off: 153 is not a multiple of 11");
  }

  @Test
  void everyChangeOfOneDigitOfAValidNumberFails() {
    for (String valid : VALID) {
      for (int position = 0; position < 9; position++) {
        for (char digit = '0'; digit <= '9'; digit++) {
          if (digit != valid.charAt(position)) {
            String changed = valid.substring(0, position) + digit + valid.substring(position + 1);
            assertFalse(Rsin.isValid(changed), changed + " (from " + valid + ")");
          }
        }
      }
    }
  }

  @Test
  void everySwapOfTwoDifferentAdjacentDigitsOfAValidNumberFails() {
    int swaps = 0;
    for (String valid : VALID) {
      for (int position = 0; position < 8; position++) {
        char left = valid.charAt(position);
        char right = valid.charAt(position + 1);
        if (left != right) {
          String swapped =
              valid.substring(0, position) + right + left + valid.substring(position + 2);
          assertFalse(Rsin.isValid(swapped), swapped + " (from " + valid + ")");
          swaps++;
        }
      }
    }
    // 123456782: 8, 111222333: 2, 999999990: 1, 100000009: 2, 002400005: 4 (the last pair of
    // weights 2 and −1 too)
    assertEquals(17, swaps, "swaps tried");
  }

  @ParameterizedTest
  @ValueSource(strings = {"12345678", "1234567820", "0123456782", "02400005", "2400005"})
  void eightOrTenDigitsFailEvenWhenTheyComeFromAValidNumber(String rsin) {
    // 02400005 is the valid 002400005 without its leading zero: an RSIN is not padded, unlike some
    // BSN checks.
    assertFalse(Rsin.isValid(rsin));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "12345678A",
        "I23456782",
        "l23456782",
        "12345678x",
        "RSIN12345",
        "123-456-782",
        "123,456,782"
      })
  void lettersAndOtherSeparatorsFail(String rsin) {
    assertFalse(Rsin.isValid(rsin));
  }

  @ParameterizedTest
  @ValueSource(strings = {"１２３４５６７８２", "١٢٣٤٥٦٧٨٢"})
  void onlyAsciiDigitsCount(String rsin) {
    assertFalse(Rsin.isValid(rsin));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        " 123456782 ",
        "123 456 782",
        "123.456.782",
        "1234.5678.2",
        "12345\t6782",
        "1 2 3 4 5 6 7 8 2"
      })
  void spacesAndDotsAreIgnored(String rsin) {
    assertEquals("123456782", Rsin.normalise(rsin));
    assertTrue(Rsin.isValid(rsin));
  }

  @ParameterizedTest
  @ValueSource(strings = {"000000000", "000.000.000", " 000 000 000 "})
  void allZerosFailAlthoughTheirSumIsZero(String rsin) {
    assertFalse(Rsin.isValid(rsin));
  }

  @ParameterizedTest
  @NullAndEmptySource
  @ValueSource(strings = {"   ", " . . "})
  void nothingFails(String rsin) {
    assertFalse(Rsin.isValid(rsin));
  }

  @Test
  void normaliseKeepsNull() {
    assertNull(Rsin.normalise(null));
  }
}
