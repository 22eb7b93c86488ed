package nl.verbonden.shared.control;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * A CSV file read as a table: the first line names the columns, every further line is a row. The
 * project's one CSV reader (Apache Commons CSV underneath), for every import. Plain Java.
 *
 * <ul>
 *   <li>The file is UTF-8, with or without a byte order mark (Excel's "CSV UTF-8" writes one).
 *   <li>The separator is {@code ;} (what Dutch Excel writes) or {@code ,}: whichever occurs more
 *       often in the header line, outside quotes; {@code ;} when they are equal. Cells may be
 *       quoted with {@code "}, as in RFC 4180.
 *   <li>Column names and cells are trimmed. Columns are looked up by name regardless of case.
 *   <li>Rows are numbered as a spreadsheet shows them: the header is row 1, the first data row row
 *       2. A line break inside a quoted cell does not start a new row. Empty lines and rows of
 *       empty cells are skipped, but they keep their number, so that the numbers still match the
 *       spreadsheet.
 * </ul>
 */
public final class CsvTable {

  /** The number of the header row. */
  public static final int HEADER_ROW = 1;

  private static final char SEMICOLON = ';';
  private static final char COMMA = ',';
  private static final char QUOTE = '"';
  private static final char BYTE_ORDER_MARK = '\uFEFF';

  private final char separator;
  private final List<String> columns;
  private final Map<String, Integer> indexByName;
  private final List<Row> rows;

  private CsvTable(
      char separator, List<String> columns, List<List<String>> cells, List<Integer> numbers) {
    this.separator = separator;
    this.columns = List.copyOf(columns);
    Map<String, Integer> index = new HashMap<>();
    for (int i = 0; i < columns.size(); i++) {
      index.putIfAbsent(key(columns.get(i)), i);
    }
    this.indexByName = Collections.unmodifiableMap(index);
    List<Row> list = new ArrayList<>();
    for (int i = 0; i < cells.size(); i++) {
      list.add(new Row(numbers.get(i), cells.get(i)));
    }
    this.rows = List.copyOf(list);
  }

  /**
   * Reads a CSV file.
   *
   * @param content the file as uploaded
   * @param maxRows the most data rows accepted; a file with more is refused as a whole
   * @throws ReadException when the file is empty, is not UTF-8 text, is a spreadsheet instead of
   *     CSV, cannot be parsed (e.g. a quote is not closed) or has more than {@code maxRows} data
   *     rows
   */
  public static CsvTable read(byte[] content, int maxRows) throws ReadException {
    if (content == null || content.length == 0) {
      throw new ReadException("import.csv.empty", 0);
    }
    if (isSpreadsheet(content)) {
      throw new ReadException("import.csv.spreadsheet", 0);
    }
    String text = decode(content);
    if (!text.isEmpty() && text.charAt(0) == BYTE_ORDER_MARK) {
      text = text.substring(1);
    }
    if (text.isBlank()) {
      throw new ReadException("import.csv.empty", 0);
    }
    char separator = sniffSeparator(text);
    CSVFormat format =
        CSVFormat.Builder.create(CSVFormat.RFC4180)
            .setDelimiter(separator)
            .setQuote(QUOTE)
            .setTrim(true)
            .setIgnoreEmptyLines(false)
            .get();
    List<String> columns = null;
    List<List<String>> cells = new ArrayList<>();
    List<Integer> numbers = new ArrayList<>();
    try (CSVParser parser = CSVParser.parse(text, format)) {
      try {
        for (CSVRecord record : parser) {
          int number = Math.toIntExact(record.getRecordNumber());
          List<String> values = record.toList();
          if (columns == null) {
            columns = values;
          } else if (!isBlank(values)) {
            if (cells.size() == maxRows) {
              throw new ReadException("import.csv.tooManyRows", 0, maxRows);
            }
            cells.add(values);
            numbers.add(number);
          }
        }
      } catch (UncheckedIOException e) {
        throw new ReadException(
            "import.csv.malformed", Math.toIntExact(parser.getRecordNumber() + 1));
      }
    } catch (IOException e) {
      throw new ReadException("import.csv.malformed", 0);
    }
    if (columns == null || isBlank(columns)) {
      throw new ReadException("import.csv.empty", 0);
    }
    return new CsvTable(separator, columns, cells, numbers);
  }

  /** The separator the file uses: {@code ;} or {@code ,}. */
  public char separator() {
    return separator;
  }

  /** The column names as the header line gives them (trimmed), in order. */
  public List<String> columns() {
    return columns;
  }

  /** Whether the header names this column (regardless of case). */
  public boolean hasColumn(String name) {
    return indexByName.containsKey(key(name));
  }

  /** The data rows that hold at least one non-empty cell, in file order. */
  public List<Row> rows() {
    return rows;
  }

  /** One data row. */
  public final class Row {

    private final int number;
    private final List<String> cells;

    private Row(int number, List<String> cells) {
      this.number = number;
      this.cells = List.copyOf(cells);
    }

    /** The row number as a spreadsheet shows it (the header is row 1). */
    public int number() {
      return number;
    }

    /**
     * The trimmed cell of the named column (regardless of case), or an empty string when the cell
     * is empty, the row is shorter than the header or the header has no such column.
     */
    public String get(String column) {
      Integer index = indexByName.get(key(column));
      return index == null || index >= cells.size() ? "" : cells.get(index);
    }

    /**
     * The trimmed cell at a position (0 is the first column), or an empty string when the row is
     * shorter.
     */
    public String cell(int index) {
      return index < cells.size() ? cells.get(index) : "";
    }

    /** Whether this row has non-empty cells to the right of the last named column. */
    public boolean hasCellsBeyondHeader() {
      for (int i = columns.size(); i < cells.size(); i++) {
        if (!cells.get(i).isEmpty()) {
          return true;
        }
      }
      return false;
    }
  }

  /**
   * The file as a whole cannot be read; carries a message key of the bundle {@code
   * nl.verbonden.i18n.messages}, its arguments and the row where reading stopped (0 when it
   * concerns the whole file).
   */
  public static final class ReadException extends Exception {

    private static final long serialVersionUID = 1L;

    private final String messageKey;
    private final int row;
    private final transient Object[] arguments;

    public ReadException(String messageKey, int row, Object... arguments) {
      super(messageKey + (row > 0 ? " (row " + row + ")" : ""));
      this.messageKey = messageKey;
      this.row = row;
      this.arguments = arguments.clone();
    }

    public String messageKey() {
      return messageKey;
    }

    public int row() {
      return row;
    }

    public Object[] arguments() {
      return arguments.clone();
    }
  }

  private static String key(String column) {
    return column.strip().toLowerCase(Locale.ROOT);
  }

  private static boolean isBlank(List<String> values) {
    return values.stream().allMatch(String::isBlank);
  }

  /** An Excel workbook (.xlsx is a zip file, .xls an OLE2 compound file) instead of CSV. */
  private static boolean isSpreadsheet(byte[] content) {
    return startsWith(content, 0x50, 0x4B, 0x03, 0x04)
        || startsWith(content, 0xD0, 0xCF, 0x11, 0xE0);
  }

  private static boolean startsWith(byte[] content, int... magic) {
    if (content.length < magic.length) {
      return false;
    }
    for (int i = 0; i < magic.length; i++) {
      if ((content[i] & 0xFF) != magic[i]) {
        return false;
      }
    }
    return true;
  }

  private static String decode(byte[] content) throws ReadException {
    try {
      return StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(content))
          .toString();
    } catch (CharacterCodingException e) {
      throw new ReadException("import.csv.notUtf8", 0);
    }
  }

  /**
   * {@code ;} or {@code ,}, whichever occurs more often outside quotes on the first line; {@code ;}
   * on a tie.
   */
  private static char sniffSeparator(String text) {
    int semicolons = 0;
    int commas = 0;
    boolean quoted = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == QUOTE) {
        quoted = !quoted;
      } else if (!quoted && (c == '\n' || c == '\r')) {
        break;
      } else if (!quoted && c == SEMICOLON) {
        semicolons++;
      } else if (!quoted && c == COMMA) {
        commas++;
      }
    }
    return commas > semicolons ? COMMA : SEMICOLON;
  }
}
