package nl.verbonden.agreements.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import nl.verbonden.shared.entity.DomainException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Reporting periods: how they are written, read, bounded and ordered. */
class PeriodTest {

  @ParameterizedTest
  @CsvSource({
    "2026-03, MAAND, 3, 2026-03-01, 2026-03-31, 2026-03",
    "2026-K1, KWARTAAL, 1, 2026-01-01, 2026-03-31, 2026-K1",
    "2026-q4, KWARTAAL, 4, 2026-10-01, 2026-12-31, 2026-K4",
    "2026-H2, HALFJAAR, 2, 2026-07-01, 2026-12-31, 2026-H2",
    "2026, JAAR, 1, 2026-01-01, 2026-12-31, 2026",
    "2024-02, MAAND, 2, 2024-02-01, 2024-02-29, 2024-02"
  })
  void periodsAreReadWithTheirFirstAndLastDay(
      String text, Frequency frequency, int number, LocalDate start, LocalDate end, String code) {
    Period period = Period.parse(" " + text + " ");
    assertEquals(frequency, period.frequency());
    assertEquals(number, period.number());
    assertEquals(start, period.start());
    assertEquals(end, period.end());
    assertEquals(code, period.code());
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        "2026-13",
        "2026-00",
        "2026-K5",
        "2026-H3",
        "26-01",
        "maart 2026",
        "2026/03",
        "20260"
      })
  void anythingElseIsRefusedAtTheField(String text) {
    DomainException e = assertThrows(DomainException.class, () -> Period.parse(text));
    assertEquals("verbonden.period.format", e.messageKey());
    assertEquals("periode", e.field());
  }

  @Test
  void nextAndPreviousCrossTheYear() {
    assertEquals(Period.parse("2027-01"), Period.parse("2026-12").next());
    assertEquals(Period.parse("2025-K4"), Period.parse("2026-K1").previous());
    assertEquals(Period.parse("2026-H2"), Period.parse("2026-H1").next());
    assertEquals(Period.parse("2027"), Period.parse("2026").next());
  }

  @Test
  void theContainingPeriodOfADay() {
    LocalDate day = LocalDate.of(2026, 11, 23);
    assertEquals("2026-11", Period.containing(Frequency.MAAND, day).code());
    assertEquals("2026-K4", Period.containing(Frequency.KWARTAAL, day).code());
    assertEquals("2026-H2", Period.containing(Frequency.HALFJAAR, day).code());
    assertEquals("2026", Period.containing(Frequency.JAAR, day).code());
  }

  @Test
  void periodsAreOrderedInTime() {
    assertTrue(Period.parse("2025-12").compareTo(Period.parse("2026-01")) < 0);
    assertTrue(Period.parse("2026-K2").compareTo(Period.parse("2026-K1")) > 0);
  }
}
