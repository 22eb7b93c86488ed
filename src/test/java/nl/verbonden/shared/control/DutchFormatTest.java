package nl.verbonden.shared.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** One way to write each kind of value, the same in pages, history, overviews and exports. */
class DutchFormatTest {

  @ParameterizedTest(name = "{0} → {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "1234567.89 | € 1.234.567,89",
        "71839 | € 71.839,00",
        "71839.00 | € 71.839,00",
        "48891.78 | € 48.891,78",
        "0 | € 0,00",
        "0.5 | € 0,50",
        "999.995 | € 1.000,00",
        "-5 | € -5,00",
        "-1234.56 | € -1.234,56",
        "-0.001 | € 0,00",
        "9999999999999.99 | € 9.999.999.999.999,99"
      })
  void moneyHasTheEuroSignGroupedThousandsAndTwoDecimals(BigDecimal amount, String text) {
    assertEquals(text, DutchFormat.money(amount));
  }

  @ParameterizedTest(name = "{0} → {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "1234567.5 | 1.234.567,50",
        "12 | 12",
        "12.00 | 12",
        "33.33 | 33,33",
        "0.5 | 0,50",
        "0.00 | 0",
        "-1234.56 | -1.234,56",
        "1000000 | 1.000.000",
        "82.456 | 82,46",
        "9999999999999.99 | 9.999.999.999.999,99"
      })
  void aNumberHasGroupedThousandsAndTwoDecimalsOrNone(BigDecimal value, String text) {
    assertEquals(text, DutchFormat.number(value));
  }

  @ParameterizedTest(name = "{0} → {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "12.5 | 12,5%",
        "12.50 | 12,5%",
        "100 | 100%",
        "100.00 | 100%",
        "33.333 | 33,33%",
        "0 | 0%",
        "0.05 | 0,05%",
        "-2.5 | -2,5%",
        "1250 | 1.250%"
      })
  void aPercentageHasAtMostTwoDecimalsAndTheSignRightAfterIt(BigDecimal value, String text) {
    assertEquals(text, DutchFormat.percent(value));
  }

  @ParameterizedTest(name = "{0} → {1}")
  @CsvSource({
    "2026-11-29, 29-11-2026",
    "2026-01-05, 5-1-2026",
    "2026-12-31, 31-12-2026",
    "1999-10-01, 1-10-1999"
  })
  void aDateIsDayMonthYear(LocalDate date, String text) {
    assertEquals(text, DutchFormat.date(date));
  }

  @ParameterizedTest(name = "{0} → {1}")
  @CsvSource({
    // winter time: UTC+1
    "2026-11-29T09:15:00Z, 29-11-2026 10:15",
    // summer time: UTC+2
    "2026-07-01T08:05:59Z, 1-7-2026 10:05",
    // the day changes in Amsterdam before it does in UTC
    "2026-12-31T23:30:00Z, 1-1-2027 00:30",
    "2026-03-29T00:59:00Z, 29-3-2026 01:59",
    "2026-03-29T01:00:00Z, 29-3-2026 03:00"
  })
  void aMomentIsItsDateAndTimeInTheNetherlands(Instant moment, String text) {
    assertEquals(text, DutchFormat.dateTime(moment));
  }

  @ParameterizedTest(name = "{0} → {1}")
  @CsvSource({"2026, 2026", "2024, 2024", "999, 999", "10000, 10000"})
  void aYearIsItsDigitsNeverGrouped(int year, String text) {
    assertEquals(text, DutchFormat.year(year));
  }

  @Test
  void noneIsEmpty() {
    assertEquals("", DutchFormat.money(null));
    assertEquals("", DutchFormat.number(null));
    assertEquals("", DutchFormat.percent(null));
    assertEquals("", DutchFormat.date(null));
    assertEquals("", DutchFormat.dateTime(null));
  }

  @Test
  void theSameWhateverTheLanguageOfTheServer() {
    Locale server = Locale.getDefault();
    try {
      for (Locale locale : new Locale[] {Locale.US, Locale.GERMANY, Locale.FRANCE}) {
        Locale.setDefault(locale);
        assertEquals("€ -1.234.567,89", DutchFormat.money(new BigDecimal("-1234567.89")));
        assertEquals("1.234,50", DutchFormat.number(new BigDecimal("1234.5")));
        assertEquals("12,5%", DutchFormat.percent(new BigDecimal("12.5")));
        assertEquals("5-1-2026", DutchFormat.date(LocalDate.of(2026, 1, 5)));
      }
    } finally {
      Locale.setDefault(server);
    }
  }
}
