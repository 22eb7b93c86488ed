package nl.verbonden.shared.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import nl.verbonden.shared.entity.ImportError;
import org.junit.jupiter.api.Test;

class CsvImportSpecTest {

  private static final CsvImportSpec SPEC =
      new CsvImportSpec(
          1024 * 1024, 3, 2, List.of("a", "b", "c"), List.of("a"), "import.csv.noRows");

  private static List<String> open(String text, boolean readable) {
    List<ImportError> errors = new ArrayList<>();
    Optional<CsvTable> table = SPEC.open(text.getBytes(StandardCharsets.UTF_8), errors);
    assertEquals(readable, table.isPresent(), () -> "readable? errors: " + errors);
    return errors.stream().map(e -> e.row() + ":" + e.column() + ":" + e.messageKey()).toList();
  }

  @Test
  void aGoodFileOpensWithoutErrors() {
    assertEquals(List.of(), open("A;b\n1;2\n", true));
  }

  @Test
  void headerProblemsAreAllReportedAndOnlySomeStopTheRows() {
    assertEquals(
        List.of("1:a:import.column.missing", "0:null:import.csv.noRows"), open("b\n", false));
    assertEquals(List.of("1:A:import.column.duplicate"), open("a;A\n1;2\n", false));
    assertEquals(
        List.of("1:x:import.column.unknown", "1:C:import.column.unnamed"),
        open("a;x;\n1;2;3\n", true));
    assertEquals(List.of(), open("a;;b\n1;;2\n", true));
  }

  @Test
  void aFileThatCannotBeReadGivesOneErrorForTheWholeFile() {
    assertEquals(List.of("0:null:import.csv.empty"), open("", false));
    assertEquals(List.of("0:null:import.csv.tooManyRows"), open("a\n1\n2\n3\n4\n", false));
    List<ImportError> errors = new ArrayList<>();
    assertTrue(SPEC.open(new byte[1024 * 1024 + 1], errors).isEmpty());
    assertEquals(List.of(CsvImportSpec.fileError("import.csv.tooLarge", 1)), errors);
  }

  @Test
  void errorsAreCappedWithANote() {
    ImportError one = ImportError.of(2, "a", "import.cell.required");
    assertEquals(List.of(one, one), SPEC.capped(List.of(one, one)));
    assertEquals(
        List.of(one, one, CsvImportSpec.fileError("import.tooManyErrors", 2)),
        SPEC.capped(List.of(one, one, one)));
  }

  @Test
  void requiredColumnsMustBeKnownColumns() {
    assertThrows(
        IllegalArgumentException.class,
        () -> new CsvImportSpec(1, 1, 1, List.of("a"), List.of("b"), "import.x"));
  }

  @Test
  void theSpreadsheetColumnLetters() {
    assertEquals("A", CsvImportSpec.columnLetter(0));
    assertEquals("Z", CsvImportSpec.columnLetter(25));
    assertEquals("AA", CsvImportSpec.columnLetter(26));
    assertEquals("AZ", CsvImportSpec.columnLetter(51));
    assertEquals("BA", CsvImportSpec.columnLetter(52));
  }
}
