package nl.verbonden.shared.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class CsvTableTest {

  private static byte[] utf8(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  @Test
  void readsASemicolonFileWithHeaderAsRowOne() throws Exception {
    CsvTable table =
        CsvTable.read(utf8("naam;vestigingsplaats\nAVU;Soest\nGGD regio Utrecht;Zeist\n"), 10);
    assertEquals(';', table.separator());
    assertEquals(List.of("naam", "vestigingsplaats"), table.columns());
    assertEquals(2, table.rows().size());
    CsvTable.Row first = table.rows().get(0);
    assertEquals(2, first.number());
    assertEquals("AVU", first.get("naam"));
    assertEquals("Soest", first.get("vestigingsplaats"));
    assertEquals(3, table.rows().get(1).number());
  }

  @Test
  void sniffsTheCommaFromTheHeaderLine() throws Exception {
    CsvTable table =
        CsvTable.read(utf8("naam,toelichting\r\n\"Stichting A; B\",\"met, komma\"\r\n"), 10);
    assertEquals(',', table.separator());
    assertEquals("Stichting A; B", table.rows().get(0).get("naam"));
    assertEquals("met, komma", table.rows().get(0).get("toelichting"));
  }

  @Test
  void aSemicolonHeaderKeepsCommasInCells() throws Exception {
    CsvTable table = CsvTable.read(utf8("naam;bedrag\nA;1.234,56\n"), 10);
    assertEquals(';', table.separator());
    assertEquals("1.234,56", table.rows().get(0).get("bedrag"));
  }

  @Test
  void stripsTheByteOrderMark() throws Exception {
    CsvTable table =
        CsvTable.read(utf8("\uFEFFnaam;rechtsvorm\nCoöperatie ParkeerService;COOPERATIE\n"), 10);
    assertEquals(List.of("naam", "rechtsvorm"), table.columns());
    assertTrue(table.hasColumn("naam"));
    assertEquals("Coöperatie ParkeerService", table.rows().get(0).get("naam"));
  }

  @Test
  void trimsCellsAndColumnNamesAndFindsColumnsRegardlessOfCase() throws Exception {
    CsvTable table = CsvTable.read(utf8(" Naam ; Vestigingsplaats \n  AVU  ;  Soest \n"), 10);
    assertEquals(List.of("Naam", "Vestigingsplaats"), table.columns());
    assertEquals("AVU", table.rows().get(0).get("naam"));
    assertEquals("Soest", table.rows().get(0).get("VESTIGINGSPLAATS"));
  }

  @Test
  void emptyLinesAndEmptyRowsAreSkippedButKeepTheirNumber() throws Exception {
    CsvTable table = CsvTable.read(utf8("naam;plaats\n\nA;X\n;\n\"B\nmet regel\";Y\nC;Z\n\n"), 10);
    assertEquals(3, table.rows().size());
    assertEquals(3, table.rows().get(0).number());
    assertEquals("B\nmet regel", table.rows().get(1).get("naam"));
    assertEquals(5, table.rows().get(1).number(), "a quoted line break stays within the row");
    assertEquals(6, table.rows().get(2).number());
  }

  @Test
  void shortRowsGiveEmptyCellsAndLongRowsAreNoticed() throws Exception {
    CsvTable table = CsvTable.read(utf8("a;b;c\n1\n1;2;3;4\n1;2;3;;\n"), 10);
    assertEquals("", table.rows().get(0).get("c"));
    assertEquals("", table.rows().get(0).get("onbekend"));
    assertFalse(table.rows().get(0).hasCellsBeyondHeader());
    assertTrue(table.rows().get(1).hasCellsBeyondHeader());
    assertEquals("4", table.rows().get(1).cell(3));
    assertFalse(table.rows().get(2).hasCellsBeyondHeader(), "empty trailing cells are no data");
  }

  @Test
  void anEmptyFileIsRefused() {
    for (String text : List.of("", "\uFEFF", "  \n\n", ";;\n")) {
      CsvTable.ReadException e =
          assertThrows(CsvTable.ReadException.class, () -> CsvTable.read(utf8(text), 10));
      assertEquals("import.csv.empty", e.messageKey(), "for '" + text + "'");
      assertEquals(0, e.row());
    }
    assertThrows(CsvTable.ReadException.class, () -> CsvTable.read(new byte[0], 10));
    assertThrows(CsvTable.ReadException.class, () -> CsvTable.read(null, 10));
  }

  @Test
  void aHeaderWithoutRowsGivesNoRows() throws Exception {
    assertTrue(CsvTable.read(utf8("naam;rechtsvorm\n"), 10).rows().isEmpty());
  }

  @Test
  void moreRowsThanAllowedAreRefused() throws Exception {
    assertEquals(3, CsvTable.read(utf8("naam\nA\nB\n\nC\n"), 3).rows().size());
    CsvTable.ReadException e =
        assertThrows(
            CsvTable.ReadException.class, () -> CsvTable.read(utf8("naam\nA\nB\nC\nD\n"), 3));
    assertEquals("import.csv.tooManyRows", e.messageKey());
    assertEquals(3, e.arguments()[0]);
  }

  @Test
  void textThatIsNotUtf8IsRefused() {
    byte[] windows1252 =
        "naam\nCoöperatie\n".getBytes(java.nio.charset.Charset.forName("windows-1252"));
    CsvTable.ReadException e =
        assertThrows(CsvTable.ReadException.class, () -> CsvTable.read(windows1252, 10));
    assertEquals("import.csv.notUtf8", e.messageKey());
  }

  @Test
  void anExcelWorkbookIsRefused() {
    byte[] xlsx = {0x50, 0x4B, 0x03, 0x04, 0x14, 0x00};
    CsvTable.ReadException e =
        assertThrows(CsvTable.ReadException.class, () -> CsvTable.read(xlsx, 10));
    assertEquals("import.csv.spreadsheet", e.messageKey());
  }

  @Test
  void anUnclosedQuoteIsReportedAtItsRow() {
    CsvTable.ReadException e =
        assertThrows(
            CsvTable.ReadException.class,
            () -> CsvTable.read(utf8("naam;plaats\nA;X\n\"B;Y\nC;Z\n"), 10));
    assertEquals("import.csv.malformed", e.messageKey());
    assertEquals(3, e.row());
  }

  @Test
  void aQuoteInsideACellIsText() throws Exception {
    CsvTable table =
        CsvTable.read(
            utf8(
                "naam;plaats\nStichting \"De Brug\";Zeist\n\"Stichting \"\"Het Anker\"\"\";Doorn\n"),
            10);
    assertEquals("Stichting \"De Brug\"", table.rows().get(0).get("naam"));
    assertEquals("Stichting \"Het Anker\"", table.rows().get(1).get("naam"));
  }
}
