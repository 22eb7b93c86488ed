package nl.verbonden.shared.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import jakarta.faces.convert.ConverterException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import nl.verbonden.shared.control.DutchDate;
import nl.verbonden.shared.control.TextRules;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The one reading of what people type: every value accepted exactly as typed, every refusal with
 * the message that says how to write it (issue "Nothing silently wrong": "12.5" was stored as
 * 125,00, "150" as 15, "-5" as 5, "31-02-2012" as 29-2-2012).
 */
class InputReadingTest {

  private static final Map<String, NumberConverter> KINDS =
      Map.of(
          "amount", new NumberConverter.Amount(),
          "notNegative", new NumberConverter.AmountNotNegative(),
          "percentage", new NumberConverter.Percentage(),
          "decimal", new NumberConverter.Decimal(),
          "score", new NumberConverter.Score(),
          "year", new NumberConverter.YearNumber(),
          "periods", new NumberConverter.Periods(),
          "days", new NumberConverter.Days());

  @ParameterizedTest(name = "{0} \"{1}\" reads as {2}")
  @CsvSource(
      delimiter = '|',
      value = {
        "amount      | 12,5           | 12.50",
        "amount      | 1.250          | 1250.00",
        "amount      | 1.250,00       | 1250.00",
        "amount      | € 1.250,00     | 1250.00",
        "amount      | €1.250,5       | 1250.50",
        "amount      | -5             | -5.00",
        "amount      | -€ 5,00        | -5.00",
        "amount      | 1.234.567,89   | 1234567.89",
        "amount      | 1234567,89     | 1234567.89",
        "amount      | '  12,50  '    | 12.50",
        "amount      | 0              | 0.00",
        "notNegative | 0              | 0.00",
        "notNegative | 7.112.771,90   | 7112771.90",
        "percentage  | 12,5           | 12.50",
        "percentage  | 12,5 %         | 12.50",
        "percentage  | 100            | 100.00",
        "percentage  | 0              | 0.00",
        "decimal     | -0,5           | -0.50",
        "decimal     | 86,5           | 86.50",
        "score       | 0              | 0",
        "score       | 100            | 100",
        "score       | 55             | 55",
        "year        | 2026           | 2026",
        "periods     | 12             | 12",
        "days        | 365            | 365",
      })
  void accepted(String kind, String typed, String expected) {
    Number read = KINDS.get(kind).read(typed);
    if (read instanceof BigDecimal decimal) {
      assertEquals(new BigDecimal(expected), decimal);
      assertEquals(new BigDecimal(expected).scale(), decimal.scale());
    } else {
      assertEquals(Integer.valueOf(expected), read);
    }
  }

  @ParameterizedTest(name = "{0} \"{1}\" is refused: {2}")
  @CsvSource(
      delimiter = '|',
      value = {
        "amount      | 12.5          | Gebruik een komma voor decimalen: 12,5",
        "amount      | 12.50         | Gebruik een komma voor decimalen: 12,50",
        "amount      | -12.5         | Gebruik een komma voor decimalen: -12,5",
        "amount      | 1234.5678     | Gebruik een komma voor decimalen: 1234,5678",
        "amount      | 1.25,0        | Dit is geen getal. Schrijf bijvoorbeeld 1.250,50",
        "amount      | 12,5,0        | Dit is geen getal. Schrijf bijvoorbeeld 1.250,50",
        "amount      | twaalf        | Dit is geen getal. Schrijf bijvoorbeeld 1.250,50",
        "amount      | 12,555        | Gebruik hoogstens 2 cijfers achter de komma.",
        "amount      | 12a           | Dit is geen getal.",
        "amount      | 1e5           | Dit is geen getal.",
        "amount      | 12345678901234 | Dit getal is te groot: hoogstens 13 cijfers voor de komma.",
        "notNegative | -5            | Een negatief getal kan hier niet.",
        "percentage  | 150           | Vul een getal in van 0 tot en met 100.",
        "percentage  | 100,01        | Vul een getal in van 0 tot en met 100.",
        "percentage  | -1            | Een negatief getal kan hier niet.",
        "percentage  | 12.5          | Gebruik een komma voor decimalen: 12,5",
        "score       | 150           | Vul een getal in van 0 tot en met 100.",
        "score       | 12,5          | Vul een heel getal in, zonder decimalen.",
        "score       | 1000          | Dit getal is te groot: hoogstens 3 cijfers voor de komma.",
        "year        | 1899          | Vul een getal in van 1900 tot en met 2100.",
        "periods     | 0             | Vul een getal in van 1 tot en met 12.",
        "periods     | 13            | Vul een getal in van 1 tot en met 12.",
        "days        | 366           | Vul een getal in van 1 tot en met 365.",
      })
  void refused(String kind, String typed, String message) {
    ConverterException refused =
        assertThrows(ConverterException.class, () -> KINDS.get(kind).read(typed));
    String shown = refused.getFacesMessage().getSummary();
    assertEquals(true, shown.startsWith(message), shown);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {"amount | ''", "amount | '   '", "score | ''"})
  void nothingTypedIsNothing(String kind, String typed) {
    assertNull(KINDS.get(kind).read(typed));
  }

  @ParameterizedTest(name = "{0} shows \"{1}\"")
  @CsvSource(
      delimiter = '|',
      value = {
        "amount     | 1250.5   | € 1.250,50",
        "amount     | -5       | € -5,00",
        "percentage | 12.5     | 12,5%",
        "year       | 2026     | 2026",
        "score      | 55       | 55",
        "decimal    | 86.5     | 86,50",
        "decimal    | 1234     | 1.234",
      })
  void shownAsTheFieldReadsIt(String kind, String value, String shown) {
    NumberConverter converter = KINDS.get(kind);
    Number number =
        java.util.List.of("year", "score").contains(kind)
            ? Integer.valueOf(value)
            : (Number) new BigDecimal(value);
    assertEquals(shown, converter.show(number));
    // and what is shown reads back as the same number
    assertEquals(
        0, new BigDecimal(converter.read(shown).toString()).compareTo(new BigDecimal(value)));
  }

  @ParameterizedTest(name = "\"{0}\" is {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "31-12-2026 | 2026-12-31",
        "1-2-2027   | 2027-02-01",
        "29-02-2028 | 2028-02-29",
        "' 01-01-2026 ' | 2026-01-01",
      })
  void datesAccepted(String typed, LocalDate expected) {
    assertEquals(new DutchDate.Read.Date(expected), DutchDate.read(typed));
  }

  @ParameterizedTest(name = "\"{0}\" is refused")
  @CsvSource(
      delimiter = '|',
      value = {
        "31-02-2012 | date.notExisting",
        "29-02-2027 | date.notExisting",
        "31-04-2026 | date.notExisting",
        "0-1-2026   | date.notExisting",
        "12-13-2026 | date.notExisting",
        "2026-12-31 | date.malformed",
        "31/12/2026 | date.malformed",
        "morgen     | date.malformed",
        "1-1-26     | date.malformed",
      })
  void datesRefused(String typed, String key) {
    DutchDate.Read read = DutchDate.read(typed);
    assertEquals(key, ((DutchDate.Read.Refused) read).messageKey());
  }

  @ParameterizedTest(name = "text of {0} characters with limit {1}: {2}")
  @CsvSource(
      delimiter = '|',
      value = {"2000 | 2000 | ok", "2001 | 2000 | text.tooLong", "5000 | 2000 | text.tooLong"})
  void textLength(int length, int limit, String outcome) {
    var refusal = TextRules.check("x".repeat(length), limit);
    assertEquals(outcome, refusal.map(TextRules.Refusal::messageKey).orElse("ok"));
    refusal.ifPresent(
        r -> assertEquals(java.util.List.of(limit, length), java.util.List.of(r.arguments())));
  }

  @ParameterizedTest(name = "U+{0} is refused")
  @CsvSource({
    "0000", "0007", "001B", "007F", "0085", "FFFF", "FFFE", "FDD0", "202E", "2066", "D800"
  })
  void controlCharactersAreRefused(String hex) {
    String text = "Partij" + (char) Integer.parseInt(hex, 16) + "naam";
    assertEquals(
        "text.control", TextRules.check(text, 0).map(TextRules.Refusal::messageKey).orElse("ok"));
  }

  @ParameterizedTest(name = "\"{0}\" is fine")
  @CsvSource(
      delimiter = '|',
      value = {
        "Stichting Welzijn Woudenberg",
        "Zeist & Co \"<b>\"",
        "regel\teen\nregel twee\r\n",
        "😀 emoji",
        "Ærø – ‘quote’"
      })
  void ordinaryTextIsFine(String text) {
    assertEquals(java.util.Optional.empty(), TextRules.check(text, 200));
  }
}
