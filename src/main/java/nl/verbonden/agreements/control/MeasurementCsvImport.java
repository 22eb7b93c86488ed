package nl.verbonden.agreements.control;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import nl.verbonden.agreements.entity.Agreement;
import nl.verbonden.agreements.entity.Indicator;
import nl.verbonden.agreements.entity.Measurement;
import nl.verbonden.agreements.entity.Period;
import nl.verbonden.shared.control.CsvImportSpec;
import nl.verbonden.shared.control.CsvTable;
import nl.verbonden.shared.control.DecimalText;
import nl.verbonden.shared.control.TextRules;
import nl.verbonden.shared.entity.DomainException;
import nl.verbonden.shared.entity.ImportError;

/**
 * Reads a CSV file of measurements for one agreement (DVO) and checks every row against the
 * agreement, without saving anything: either every row becomes a {@link Reading} of one of the
 * agreement's indicators in a period, or the outcome lists every error by row, column and message
 * key ({@code import.*} in the bundle, Dutch and English). The readings are what {@code
 * MeasurementService.recordAll} records, so that a file is checked here as a whole before anything
 * is written. Plain Java; the columns and formats are described in docs/measurement-import.md.
 *
 * <p>A row names the indicator (regardless of case), the period ({@link Period#parse}), the value
 * (in Dutch notation as the grid reads it, {@code 12,5} or {@code -1.250,50}, at most two decimals;
 * {@code 12.5} is refused with the grid's message) and optionally a source and a comment, which
 * follow the forms' text rules ({@link TextRules}). The period must fit the indicator's frequency
 * and lie inside the agreement, and an indicator may have one value per period in a file.
 */
public final class MeasurementCsvImport {

  /** The most data rows one file may hold. */
  public static final int MAX_ROWS = 5_000;

  /** The largest file accepted, in bytes (2 MB). */
  public static final int MAX_BYTES = 2 * 1024 * 1024;

  /** The most errors reported; a file with more is refused with the first ones and a note. */
  public static final int MAX_ERRORS = 1_000;

  /**
   * The most digits before the decimal separator, as the column {@code measured_value numeric(15,
   * 2)} allows.
   */
  public static final int INTEGER_DIGITS = 13;

  /** The most digits after the decimal separator. */
  public static final int FRACTION_DIGITS = 2;

  public static final String INDICATOR = "indicator";
  public static final String PERIOD = "periode";
  public static final String VALUE = "waarde";
  public static final String SOURCE = "bron";
  public static final String COMMENT = "toelichting";

  /** Every column, in the order of the template. */
  public static final List<String> COLUMNS = List.of(INDICATOR, PERIOD, VALUE, SOURCE, COMMENT);

  /** The columns the header must have and whose cells must be filled. */
  public static final List<String> REQUIRED = List.of(INDICATOR, PERIOD, VALUE);

  private static final CsvImportSpec SPEC =
      new CsvImportSpec(
          MAX_BYTES, MAX_ROWS, MAX_ERRORS, COLUMNS, REQUIRED, "import.measurement.noRows");

  /** As the grid's field ({@code vb.decimal}) reads a value: Dutch notation, negatives allowed. */
  private static final DecimalText NUMBER =
      new DecimalText(DecimalText.Notation.DUTCH, true, INTEGER_DIGITS, FRACTION_DIGITS);

  /** How the agreement's dates appear in a message, in both languages. */
  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d-M-uuuu");

  private MeasurementCsvImport() {}

  /**
   * What a file yields: when there is no error, the readings by period, periods in the order they
   * first appear in the file and readings in file order; otherwise no readings and the errors.
   */
  public record Outcome(Map<Period, List<Reading>> readings, List<ImportError> errors) {

    public Outcome {
      Map<Period, List<Reading>> copy = new LinkedHashMap<>();
      readings.forEach((period, list) -> copy.put(period, List.copyOf(list)));
      readings = Collections.unmodifiableMap(copy);
      errors = List.copyOf(errors);
    }

    static Outcome refused(List<ImportError> errors) {
      return new Outcome(Map.of(), errors);
    }

    public boolean succeeded() {
      return errors.isEmpty();
    }

    /** The number of readings: one per data row of a file without errors. */
    public int count() {
      return readings.values().stream().mapToInt(List::size).sum();
    }
  }

  /**
   * Reads and checks a file of measurements for the agreement.
   *
   * @param content the file as uploaded
   * @param agreement the agreement, with its indicators (which must have their ids: the readings
   *     refer to them)
   */
  public static Outcome read(byte[] content, Agreement agreement) {
    if (agreement.getIndicators().isEmpty()) {
      return Outcome.refused(List.of(CsvImportSpec.fileError("import.measurement.noIndicators")));
    }
    List<ImportError> errors = new ArrayList<>();
    Optional<CsvTable> table = SPEC.open(content, errors);
    if (table.isEmpty()) {
      return Outcome.refused(errors);
    }
    RowChecker checker = new RowChecker(agreement, errors);
    Map<Period, List<Reading>> readings = new LinkedHashMap<>();
    for (CsvTable.Row row : table.get().rows()) {
      checker
          .check(row)
          .ifPresent(
              r -> readings.computeIfAbsent(r.period(), p -> new ArrayList<>()).add(r.reading()));
    }
    return errors.isEmpty()
        ? new Outcome(readings, List.of())
        : Outcome.refused(SPEC.capped(errors));
  }

  /** A row that passed every check. */
  private record Checked(Period period, Reading reading) {}

  /**
   * Checks rows against the agreement and against the rows before them; every cell that does not
   * fit adds an error.
   */
  private static final class RowChecker {

    private final Agreement agreement;
    private final List<ImportError> errors;
    private final Map<String, Indicator> indicatorByName = new HashMap<>();
    private final String indicatorNames;

    /** The row of every indicator and period seen so far, by {@link #key}. */
    private final Map<String, Integer> rowOfKey = new HashMap<>();

    RowChecker(Agreement agreement, List<ImportError> errors) {
      this.agreement = agreement;
      this.errors = errors;
      for (Indicator indicator : agreement.getIndicators()) {
        indicatorByName.put(normalise(indicator.getName()), indicator);
      }
      this.indicatorNames =
          agreement.getIndicators().stream()
              .map(Indicator::getName)
              .collect(Collectors.joining(", "));
    }

    /** The row's reading, or empty when anything in the row is wrong (and reported). */
    Optional<Checked> check(CsvTable.Row row) {
      int errorsBefore = errors.size();
      if (row.hasCellsBeyondHeader()) {
        errors.add(ImportError.of(row.number(), null, "import.row.extraCells"));
      }
      Indicator indicator = indicator(row);
      Period period = period(row, indicator);
      BigDecimal value = value(row);
      String source = text(row, SOURCE);
      String comment = text(row, COMMENT);
      if (indicator != null && period != null) {
        checkOnce(row, indicator, period);
      }
      if (errors.size() > errorsBefore) {
        return Optional.empty();
      }
      return Optional.of(
          new Checked(period, new Reading(indicator.getId(), value, source, comment)));
    }

    private void error(CsvTable.Row row, String column, String key, Object... arguments) {
      errors.add(ImportError.of(row.number(), column, key, arguments));
    }

    /** The cell of a required column; an error when it is empty. */
    private String required(CsvTable.Row row, String column) {
      String value = row.get(column);
      if (value.isEmpty()) {
        error(row, column, "import.cell.required");
      }
      return value;
    }

    private Indicator indicator(CsvTable.Row row) {
      String name = required(row, INDICATOR);
      if (name.isEmpty()) {
        return null;
      }
      Indicator indicator = indicatorByName.get(normalise(name));
      if (indicator == null) {
        error(row, INDICATOR, "import.measurement.indicator.unknown", name, indicatorNames);
      }
      return indicator;
    }

    /**
     * The period, when it is well written, fits the indicator's frequency and lies inside the
     * agreement.
     */
    private Period period(CsvTable.Row row, Indicator indicator) {
      String text = required(row, PERIOD);
      if (text.isEmpty()) {
        return null;
      }
      Period period;
      try {
        period = Period.parse(text);
      } catch (DomainException e) {
        error(row, PERIOD, "import.measurement.period.invalid", text);
        return null;
      }
      if (indicator != null && indicator.getFrequency() != period.frequency()) {
        Period example = Period.containing(indicator.getFrequency(), period.start());
        error(
            row,
            PERIOD,
            "import.measurement.period.frequency",
            text,
            indicator.getName(),
            indicator.getFrequency().perYear(),
            example.code());
        return null;
      }
      if (!agreement.covers(period)) {
        error(
            row,
            PERIOD,
            "import.measurement.period.outsideAgreement",
            period.code(),
            day(agreement.getStartDate()),
            day(agreement.getEndDate()));
        return null;
      }
      return period;
    }

    private BigDecimal value(CsvTable.Row row) {
      String text = required(row, VALUE);
      if (text.isEmpty()) {
        return null;
      }
      DecimalText.Read read = NUMBER.read(text);
      if (read instanceof DecimalText.Read.Refused refused) {
        // the message the grid gives for the same text
        error(row, VALUE, refused.messageKey(), refused.arguments());
        return null;
      }
      return read instanceof DecimalText.Read.Number number ? number.value() : null;
    }

    /**
     * An optional text, null when empty; an error, with the forms' message, when it breaks the text
     * rules (longer than a measurement keeps, an invisible control character or non-character).
     */
    private String text(CsvTable.Row row, String column) {
      String value = row.get(column);
      if (value.isEmpty()) {
        return null;
      }
      TextRules.check(value, Measurement.MAX_TEXT)
          .ifPresent(refusal -> error(row, column, refusal.messageKey(), refusal.arguments()));
      return value;
    }

    /** Reports an indicator and period that an earlier row has too, naming that row. */
    private void checkOnce(CsvTable.Row row, Indicator indicator, Period period) {
      Integer earlier = rowOfKey.putIfAbsent(key(indicator, period), row.number());
      if (earlier != null) {
        error(
            row,
            PERIOD,
            "import.measurement.duplicate",
            indicator.getName(),
            period.code(),
            earlier);
      }
    }

    /** Indicator names are unique in an agreement regardless of case (Agreement#checkNameFree). */
    private static String key(Indicator indicator, Period period) {
      return normalise(indicator.getName()) + "\n" + period.code();
    }
  }

  private static String normalise(String name) {
    return name.strip().toLowerCase(Locale.ROOT);
  }

  private static String day(LocalDate date) {
    return date == null ? "" : DAY.format(date);
  }
}
