package nl.verbonden.shared.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Locale;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A year passed to a message as a number is written as its digits (2024), never grouped as a number
 * (2.024 or 2,024), in Dutch and in English.
 */
class YearsInMessagesTest {

  @ParameterizedTest(name = "{0} {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "nl | quadrants.recorded | 12 posities vastgelegd voor 2024.",
        "en | quadrants.recorded | 12 positions recorded for 2024.",
        "nl | overview.published | Het overzicht 2024 is gepubliceerd als versie 12.",
        "en | overview.published | The overview 2024 has been published as version 12.",
        "nl | overview.check.match | Dit is versie 12 van het overzicht 2024, gepubliceerd door"
            + " regisseur.woudenberg, en het bestand is ongewijzigd.",
        "en | overview.check.match | This is version 12 of the overview 2024, published by"
            + " regisseur.woudenberg, and the file is unaltered."
      })
  void aYearIsWrittenAsItsDigits(String language, String key, String text) {
    Object[] arguments =
        switch (key) {
          case "quadrants.recorded" -> new Object[] {12, 2024};
          case "overview.published" -> new Object[] {2024, 12};
          default -> new Object[] {12, 2024, "regisseur.woudenberg"};
        };
    assertEquals(text, MessageBundle.text(Locale.forLanguageTag(language), key, arguments));
  }
}
