package nl.verbonden.shared.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SpreadsheetCsvTest {

  @Test
  void semicolonsCrLfAndAByteOrderMarkSoThatDutchExcelOpensItInColumns() {
    byte[] file =
        SpreadsheetCsv.write(
            List.of("Naam", "Plaats"),
            List.of(
                List.of("Stichting Welzijn Woudenberg", "Woudenberg"),
                List.of("Vitens N.V.", "Zwolle")));
    assertEquals((byte) 0xEF, file[0]);
    assertEquals((byte) 0xBB, file[1]);
    assertEquals((byte) 0xBF, file[2]);
    String text = new String(file, StandardCharsets.UTF_8);
    assertEquals(
        "\uFEFFNaam;Plaats\r\nStichting Welzijn Woudenberg;Woudenberg\r\nVitens N.V.;Zwolle\r\n",
        text);
  }

  @Test
  void cellsWithSemicolonsQuotesOrLinesAreQuoted() {
    String text =
        new String(
            SpreadsheetCsv.write(
                List.of("a"),
                List.of(List.of("x;y"), List.of("zeg \"ja\""), List.of("regel\nregel"))),
            StandardCharsets.UTF_8);
    assertEquals("\uFEFFa\r\n\"x;y\"\r\n\"zeg \"\"ja\"\"\"\r\n\"regel\nregel\"\r\n", text);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '`',
      value = {
        "=HYPERLINK(\"http://x\") | true",
        "+31 30 123 | true",
        "-5 | true",
        "@SUM(A1) | true",
        "Gewoon | false",
        "a=b | false",
      })
  void whatASpreadsheetWouldRunIsPrefixed(String value, boolean prefixed) {
    assertEquals(prefixed ? "'" + value : value, SpreadsheetCsv.cell(value));
  }

  @Test
  void tabAndCarriageReturnAtTheStartArePrefixedToo() {
    assertEquals("'\tx", SpreadsheetCsv.cell("\tx"));
    assertEquals("'\rx", SpreadsheetCsv.cell("\rx"));
    assertEquals("", SpreadsheetCsv.cell(null));
  }
}
