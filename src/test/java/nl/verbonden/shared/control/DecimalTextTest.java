package nl.verbonden.shared.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.math.BigDecimal;
import nl.verbonden.shared.control.DecimalText.Notation;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class DecimalTextTest {

  private static final DecimalText DUTCH = new DecimalText(Notation.DUTCH, false, 13, 2);
  private static final DecimalText EITHER = new DecimalText(Notation.COMMA_OR_POINT, true, 13, 2);

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "0 | 0.00",
        "1.234 | 1234.00",
        "1.234.567,89 | 1234567.89",
        "1 234 567,8 | 1234567.80",
        "9999999999999,99 | 9999999999999.99",
      })
  void dutchReadsPointsAsThousands(String text, String expected) {
    assertEquals(new BigDecimal(expected), DUTCH.parse(text));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        "1234.56",
        "1,234.56",
        "12.34,50",
        "1,234",
        "12345678901234",
        "-1",
        "1e3",
        "€1"
      })
  void dutchRefusesWhatItCannotReadExactly(String text) {
    assertNull(DUTCH.parse(text));
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "12,5 | 12.50",
        "12.5 | 12.50",
        "0.05 | 0.05",
        "-3,25 | -3.25",
        "1.234,5 | 1234.50",
        "1234567 | 1234567.00",
        "'1\u00A0234,56' | 1234.56",
        "-9999999999999.99 | -9999999999999.99",
      })
  void commaOrPointReadsEither(String text, String expected) {
    assertEquals(new BigDecimal(expected), EITHER.parse(text));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "1.234",
        "1,234",
        "12,345",
        "1.234.567",
        "1,234.5",
        "--1",
        "+1",
        ",5",
        "5,",
        "x",
        "10000000000000"
      })
  void commaOrPointRefusesTheAmbiguousAndTheTooPrecise(String text) {
    assertNull(EITHER.parse(text));
  }
}
