package nl.verbonden.platform.demo;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import nl.verbonden.shared.control.CsvTable;
import nl.verbonden.shared.control.DecimalText;
import nl.verbonden.shared.entity.ImportError;

/**
 * One file of the demo data under {@code src/main/resources/demo/}, with its relative dates
 * resolved for a day ({@link DemoDates}). The files are CSV, read by the project's one CSV reader
 * ({@link CsvTable}); those in an import format are handed to that import's own checks. A file that
 * does not read is an error: the demo is never loaded half.
 */
final class DemoFile {

  private static final String ROOT = "/demo/";
  private static final int MAX_ROWS = 5_000;
  private static final DecimalText AMOUNT =
      new DecimalText(DecimalText.Notation.COMMA_OR_POINT, true, 13, 2);

  private final String path;
  private final String text;

  private DemoFile(String path, String text) {
    this.path = path;
    this.text = text;
  }

  /**
   * Reads a file and resolves its dates.
   *
   * @param path relative to {@code demo/}, e.g. {@code woudenberg/partijen.csv}
   * @throws IllegalStateException when the file is missing
   * @throws IllegalArgumentException when it holds an unknown date placeholder
   */
  static DemoFile read(String path, LocalDate today) {
    try (InputStream in = DemoFile.class.getResourceAsStream(ROOT + path)) {
      if (in == null) {
        throw new IllegalStateException("Demo file missing: " + ROOT + path);
      }
      String raw = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      try {
        return new DemoFile(path, DemoDates.resolve(raw, today));
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException(path + ": " + e.getMessage(), e);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The content as an upload would bring it, for an import's own reader. */
  byte[] bytes() {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  /** The rows, for a file that has no import of its own. */
  List<CsvTable.Row> rows() {
    try {
      return CsvTable.read(bytes(), MAX_ROWS).rows();
    } catch (CsvTable.ReadException e) {
      throw new IllegalStateException(path + ": " + e.messageKey() + " at row " + e.row());
    }
  }

  /** Refuses the file when an import found errors in it. */
  void requireNoErrors(List<ImportError> errors) {
    if (!errors.isEmpty()) {
      throw new IllegalStateException("Demo file " + path + " does not import: " + errors);
    }
  }

  /**
   * A cell that must be filled.
   *
   * @throws IllegalStateException when it is empty
   */
  String required(CsvTable.Row row, String column) {
    String value = row.get(column);
    if (value.isEmpty()) {
      throw new IllegalStateException(path + " row " + row.number() + ": " + column + " is empty");
    }
    return value;
  }

  /** A cell, null when empty. */
  static String optional(CsvTable.Row row, String column) {
    String value = row.get(column);
    return value.isEmpty() ? null : value;
  }

  String required(CsvTable.Row row, String column, Function<String, ?> check) {
    String value = required(row, column);
    try {
      check.apply(value);
    } catch (RuntimeException e) {
      throw new IllegalStateException(
          path + " row " + row.number() + ": " + column + " '" + value + "' " + e.getMessage(), e);
    }
    return value;
  }

  LocalDate date(CsvTable.Row row, String column) {
    return LocalDate.parse(required(row, column, LocalDate::parse));
  }

  LocalDate optionalDate(CsvTable.Row row, String column) {
    return row.get(column).isEmpty() ? null : date(row, column);
  }

  int number(CsvTable.Row row, String column) {
    return Integer.parseInt(required(row, column, Integer::parseInt));
  }

  /**
   * An amount in euros, with a decimal point ({@code -184220.75}) or in Dutch notation ({@code
   * -184.220,75}), read as the imports read numbers.
   */
  BigDecimal amount(CsvTable.Row row, String column) {
    String value = required(row, column);
    BigDecimal amount = AMOUNT.parse(value);
    if (amount == null) {
      throw new IllegalStateException(
          path + " row " + row.number() + ": " + column + " '" + value + "' is no amount");
    }
    return amount;
  }

  <E extends Enum<E>> E code(CsvTable.Row row, String column, Class<E> type) {
    String value = required(row, column);
    try {
      return Enum.valueOf(type, value.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new IllegalStateException(
          path + " row " + row.number() + ": " + column + " '" + value + "' is no " + type, e);
    }
  }

  /**
   * Yes or no, as the imports write it.
   *
   * @throws IllegalStateException on anything else
   */
  boolean yes(CsvTable.Row row, String column) {
    String value = required(row, column).toLowerCase(Locale.ROOT);
    if (!value.equals("ja") && !value.equals("nee")) {
      throw new IllegalStateException(path + " row " + row.number() + ": " + column + " ja/nee");
    }
    return value.equals("ja");
  }

  String path() {
    return path;
  }
}
