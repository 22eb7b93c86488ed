package nl.verbonden.shared.control;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * The one way Verbonden writes a CSV file for people to open in a spreadsheet: as the imports read
 * it and Dutch Excel opens it in columns. Semicolons between cells, lines ending in CR LF, UTF-8
 * with a byte-order mark (so Excel reads é and €), cells quoted where they need it (Apache Commons
 * CSV), and a cell that a spreadsheet would run as a formula (starting with {@code =}, {@code +},
 * {@code -}, {@code @}, a tab or a carriage return) prefixed with an apostrophe, so it shows as
 * text. Plain Java.
 */
public final class SpreadsheetCsv {

  /** The byte-order mark that tells Excel the file is UTF-8. */
  public static final char BOM = '\uFEFF';

  private static final CSVFormat FORMAT =
      CSVFormat.DEFAULT.builder().setDelimiter(';').setRecordSeparator("\r\n").get();

  private SpreadsheetCsv() {}

  /** The file: a header line, then a line per row. */
  public static byte[] write(List<String> header, List<List<String>> rows) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (Writer writer = new OutputStreamWriter(bytes, StandardCharsets.UTF_8);
        CSVPrinter printer = new CSVPrinter(writer, FORMAT)) {
      writer.write(BOM);
      printer.printRecord(header.stream().map(SpreadsheetCsv::cell).toList());
      for (List<String> row : rows) {
        printer.printRecord(row.stream().map(SpreadsheetCsv::cell).toList());
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return bytes.toByteArray();
  }

  /** A cell as written: empty for none; an apostrophe before what a spreadsheet would run. */
  static String cell(String value) {
    if (value == null || value.isEmpty()) {
      return "";
    }
    char first = value.charAt(0);
    boolean formula =
        first == '='
            || first == '+'
            || first == '-'
            || first == '@'
            || first == '\t'
            || first == '\r';
    return formula ? "'" + value : value;
  }
}
