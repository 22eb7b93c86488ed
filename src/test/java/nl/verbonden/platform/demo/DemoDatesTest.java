package nl.verbonden.platform.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The notation of relative dates in the demo files (src/main/resources/demo/README.md). */
class DemoDatesTest {

  private static final LocalDate NOV_29_2026 = LocalDate.of(2026, 11, 29);
  private static final LocalDate JAN_15_2027 = LocalDate.of(2027, 1, 15);

  @ParameterizedTest
  @CsvSource({
    "vandaag, 2026-11-29",
    "vandaag-21d, 2026-11-08",
    "vandaag+60d, 2027-01-28",
    "vandaag-2w, 2026-11-15",
    "vandaag-2m, 2026-09-29",
    "vandaag-2m+1d, 2026-09-30",
    "vandaag-4j-2m+1d, 2022-09-30",
    "jaar, 2026",
    "jaar-2, 2024",
    "jaar+1, 2027",
    "kwartaal, 2026-K4",
    "kwartaal-1, 2026-K3",
    "kwartaal-4, 2025-K4",
    "halfjaar-1, 2026-H1",
    "maand-1, 2026-10",
    "begin kwartaal-3, 2026-01-01",
    "eind kwartaal-1, 2026-09-30",
    "begin jaar-1, 2025-01-01",
    "eind jaar+1, 2027-12-31",
    "begin halfjaar-1, 2026-01-01",
    "' Kwartaal-1 ', 2026-K3"
  })
  void resolvesEveryKindOfPlaceholder(String expression, String value) {
    assertEquals(value, DemoDates.value(expression, NOV_29_2026));
  }

  @ParameterizedTest
  @CsvSource({
    "kwartaal-1, 2026-K4",
    "kwartaal-3, 2026-K2",
    "halfjaar-1, 2026-H2",
    "maand-1, 2026-12",
    "jaar-1, 2026",
    "begin kwartaal-1, 2026-10-01",
    "eind halfjaar-1, 2026-12-31"
  })
  void periodsCrossTheYearBoundary(String expression, String value) {
    assertEquals(value, DemoDates.value(expression, JAN_15_2027));
  }

  @Test
  void aLeapDayMovesToTheEndOfTheMonth() {
    assertEquals("2029-02-28", DemoDates.value("vandaag+1j", LocalDate.of(2028, 2, 29)));
  }

  @Test
  void replacesEveryPlaceholderInAText() {
    assertEquals(
        "DVO 2026;2026-01-01;2026-12-31;Rood tot en met 2026-K3",
        DemoDates.resolve(
            "DVO {jaar};{begin kwartaal-3};{eind jaar};Rood tot en met {kwartaal-1}", NOV_29_2026));
    assertEquals("no placeholder", DemoDates.resolve("no placeholder", NOV_29_2026));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "{gisteren}",
        "{vandaag-3x}",
        "{begin vandaag}",
        "{kwartaal-1d}",
        "{jaar-1-1}",
        "{}",
        "open {jaar",
        "dicht jaar}"
      })
  void refusesWhatItDoesNotKnowRatherThanGuess(String text) {
    assertThrows(IllegalArgumentException.class, () -> DemoDates.resolve(text, NOV_29_2026));
  }
}
