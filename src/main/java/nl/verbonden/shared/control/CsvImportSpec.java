package nl.verbonden.shared.control;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import nl.verbonden.shared.entity.ImportError;

/**
 * What one all-or-nothing CSV import accepts (its limits and columns), and the checks every such
 * import makes before and after it reads its rows: the file's size, whether it can be read as CSV
 * ({@link CsvTable}), its header, whether it has rows, and the cap on the number of errors
 * reported. Shared so that every import refuses a file alike, with the same {@code import.*}
 * message keys. Plain Java.
 *
 * @param maxBytes the largest file accepted, in bytes (a whole number of megabytes, as the message
 *     says)
 * @param maxRows the most data rows one file may hold
 * @param maxErrors the most errors reported; more are cut off with a note
 * @param columns every column the import knows, in lower case, in the order of its template
 * @param required the columns the header must have (and whose cells the import requires)
 * @param noRowsKey the message key for a file with a header but no data rows, naming what the rows
 *     would be
 */
public record CsvImportSpec(
    int maxBytes,
    int maxRows,
    int maxErrors,
    List<String> columns,
    List<String> required,
    String noRowsKey) {

  private static final int MEGABYTE = 1024 * 1024;

  public CsvImportSpec {
    columns = List.copyOf(columns);
    required = List.copyOf(required);
    if (!columns.containsAll(required)) {
      throw new IllegalArgumentException("Required columns must be columns: " + required);
    }
  }

  /**
   * Reads the file and checks its header. Errors go to {@code errors}: a file too large or
   * unreadable as CSV gives one error for the whole file; otherwise every problem of the header
   * (required column missing, column twice, unknown column, data under a column without a name) and
   * a missing data row each give one.
   *
   * @return the table, when its rows can be checked: not when the file cannot be read, a required
   *     column is missing or a column appears twice
   */
  public Optional<CsvTable> open(byte[] content, List<ImportError> errors) {
    if (content != null && content.length > maxBytes) {
      errors.add(fileError("import.csv.tooLarge", maxBytes / MEGABYTE));
      return Optional.empty();
    }
    CsvTable table;
    try {
      table = CsvTable.read(content, maxRows);
    } catch (CsvTable.ReadException e) {
      errors.add(ImportError.of(e.row(), null, e.messageKey(), e.arguments()));
      return Optional.empty();
    }
    boolean rowsReadable = checkHeader(table, errors);
    if (table.rows().isEmpty()) {
      errors.add(fileError(noRowsKey));
    }
    return rowsReadable ? Optional.of(table) : Optional.empty();
  }

  /** The errors as reported: at most {@link #maxErrors()}, and then a note that there are more. */
  public List<ImportError> capped(List<ImportError> errors) {
    if (errors.size() <= maxErrors) {
      return List.copyOf(errors);
    }
    List<ImportError> first = new ArrayList<>(errors.subList(0, maxErrors));
    first.add(fileError("import.tooManyErrors", maxErrors));
    return List.copyOf(first);
  }

  /** An error about the file as a whole. */
  public static ImportError fileError(String key, Object... arguments) {
    return ImportError.of(ImportError.WHOLE_FILE, null, key, arguments);
  }

  /**
   * Reports required columns that are missing, unknown and duplicate columns and columns without a
   * name that hold data. Returns whether the rows can be read: not when a required column is
   * missing or a column appears twice.
   */
  private boolean checkHeader(CsvTable table, List<ImportError> errors) {
    boolean readable = true;
    for (String column : required) {
      if (!table.hasColumn(column)) {
        errors.add(ImportError.of(CsvTable.HEADER_ROW, column, "import.column.missing", column));
        readable = false;
      }
    }
    Set<String> seen = new LinkedHashSet<>();
    List<String> names = table.columns();
    for (int i = 0; i < names.size(); i++) {
      String name = names.get(i);
      String key = name.toLowerCase(Locale.ROOT);
      if (name.isEmpty()) {
        int index = i;
        if (table.rows().stream().anyMatch(row -> !row.cell(index).isEmpty())) {
          String letter = columnLetter(i);
          errors.add(ImportError.of(CsvTable.HEADER_ROW, letter, "import.column.unnamed", letter));
        }
      } else if (!seen.add(key)) {
        errors.add(ImportError.of(CsvTable.HEADER_ROW, name, "import.column.duplicate", name));
        readable = false;
      } else if (!columns.contains(key)) {
        errors.add(ImportError.of(CsvTable.HEADER_ROW, name, "import.column.unknown", name));
      }
    }
    return readable;
  }

  /** The column as a spreadsheet names it: A for the first, Z for the 26th, AA for the 27th. */
  static String columnLetter(int index) {
    StringBuilder letters = new StringBuilder();
    for (int i = index + 1; i > 0; i = (i - 1) / 26) {
      letters.insert(0, (char) ('A' + (i - 1) % 26));
    }
    return letters.toString();
  }
}
