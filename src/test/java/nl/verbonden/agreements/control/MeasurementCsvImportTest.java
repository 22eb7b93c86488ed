package nl.verbonden.agreements.control;

import static nl.verbonden.register.TestIds.withId;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.stream.Collectors;
import nl.verbonden.agreements.entity.Agreement;
import nl.verbonden.agreements.entity.Direction;
import nl.verbonden.agreements.entity.Frequency;
import nl.verbonden.agreements.entity.Indicator;
import nl.verbonden.agreements.entity.IndicatorKind;
import nl.verbonden.agreements.entity.Period;
import nl.verbonden.agreements.entity.SteeringInstrument;
import nl.verbonden.register.RegisterBundles;
import nl.verbonden.shared.entity.ImportError;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class MeasurementCsvImportTest {

  private static final String HEADER = String.join(";", MeasurementCsvImport.COLUMNS);
  private static final Locale DUTCH = Locale.forLanguageTag("nl");

  private static final long VISITS_ID = 11;
  private static final long WAITING_ID = 12;
  private static final long SATISFACTION_ID = 13;
  private static final long REACH_ID = 14;
  private static final long CAFE_ID = 15;

  /** Quarterly. */
  private static final String VISITS = "Huisbezoeken ouderenadvies";

  /** Monthly, lower is better. */
  private static final String WAITING = "Wachttijd mantelzorgondersteuning (dagen)";

  /** Half-yearly. */
  private static final String SATISFACTION = "Klanttevredenheid (rapportcijfer)";

  /** Yearly. */
  private static final String REACH = "Bereik mantelzorgers (%)";

  /** Quarterly too. */
  private static final String CAFE = "Bezoekers mantelzorgcafé";

  /**
   * The agreement of the example file: 2025 and 2026, indicators of each of the four frequencies.
   */
  private static Agreement agreement() {
    return agreement(LocalDate.of(2025, 1, 1), LocalDate.of(2026, 12, 31));
  }

  private static Agreement agreement(LocalDate start, LocalDate end) {
    Agreement agreement =
        new Agreement(
            null, "DVO Welzijn Woudenberg", start, end, SteeringInstrument.SUBSIDIEDIALOOG);
    agreement.addIndicator(
        indicator(
            VISITS_ID, VISITS, Direction.HIGHER_IS_BETTER, "100", "90", "70", Frequency.KWARTAAL));
    agreement.addIndicator(
        indicator(
            WAITING_ID, WAITING, Direction.LOWER_IS_BETTER, "10", "14", "21", Frequency.MAAND));
    agreement.addIndicator(
        indicator(
            SATISFACTION_ID,
            SATISFACTION,
            Direction.HIGHER_IS_BETTER,
            "7.5",
            "7",
            "6",
            Frequency.HALFJAAR));
    agreement.addIndicator(
        indicator(REACH_ID, REACH, Direction.HIGHER_IS_BETTER, "60", "50", "40", Frequency.JAAR));
    agreement.addIndicator(
        indicator(CAFE_ID, CAFE, Direction.HIGHER_IS_BETTER, "20", "15", "10", Frequency.KWARTAAL));
    return agreement;
  }

  private static Indicator indicator(
      long id,
      String name,
      Direction direction,
      String target,
      String green,
      String red,
      Frequency frequency) {
    return withId(
        new Indicator(name, IndicatorKind.OUTPUT, null, direction, target, green, red, frequency),
        id);
  }

  private static MeasurementCsvImport.Outcome read(String text) {
    return read(text, agreement());
  }

  private static MeasurementCsvImport.Outcome read(String text, Agreement agreement) {
    return MeasurementCsvImport.read(text.getBytes(StandardCharsets.UTF_8), agreement);
  }

  /** A file of the header and the given rows, each row's cells separated by semicolons. */
  private static MeasurementCsvImport.Outcome rows(String... rows) {
    return read(HEADER + "\n" + String.join("\n", rows) + "\n");
  }

  private static MeasurementCsvImport.Outcome succeeded(MeasurementCsvImport.Outcome outcome) {
    assertTrue(outcome.succeeded(), () -> "errors: " + outcome.errors());
    return outcome;
  }

  private static Reading onlyReading(MeasurementCsvImport.Outcome outcome) {
    succeeded(outcome);
    assertEquals(1, outcome.count());
    return outcome.readings().values().iterator().next().get(0);
  }

  private static ImportError onlyError(MeasurementCsvImport.Outcome outcome) {
    assertEquals(1, outcome.errors().size(), () -> "errors: " + outcome.errors());
    assertTrue(outcome.readings().isEmpty());
    return outcome.errors().get(0);
  }

  /**
   * Checks where and why, and that the message exists in both languages and formats with every
   * argument.
   */
  private static void assertError(ImportError error, int row, String column, String key) {
    assertEquals(row, error.row(), () -> "row of " + error);
    assertEquals(column, error.column(), () -> "column of " + error);
    assertEquals(key, error.messageKey(), () -> "key of " + error);
    for (Locale locale : List.of(DUTCH, Locale.ENGLISH)) {
      String text = text(locale, error);
      assertFalse(
          text.contains("{") || text.contains("}"), () -> "formatted in " + locale + ": " + text);
    }
  }

  /**
   * The message as the page shows it, from the one bundle file of the language (no fallback to
   * Dutch).
   */
  private static String text(Locale locale, ImportError error) {
    ResourceBundle bundle =
        DUTCH.equals(locale) ? RegisterBundles.dutch() : RegisterBundles.english();
    String pattern = bundle.getString(error.messageKey());
    return error.arguments().isEmpty()
        ? pattern
        : new MessageFormat(pattern, locale).format(error.argumentArray());
  }

  private static List<String> where(MeasurementCsvImport.Outcome outcome) {
    return outcome.errors().stream()
        .map(e -> e.row() + ":" + e.column() + ":" + e.messageKey())
        .collect(Collectors.toList());
  }

  // --- Good files
  // -------------------------------------------------------------------------------------------------

  @Test
  void aGoodFileGivesTheReadingsByPeriodInFileOrder() {
    MeasurementCsvImport.Outcome outcome =
        succeeded(
            rows(
                VISITS + ";2025-K2;96;Kwartaalrapportage;Twee adviseurs ziek",
                WAITING + ";2025-04;9;;",
                VISITS + ";2025-K1;112;;",
                REACH + ";2025;54,5;Jaarverslag;"));
    assertEquals(
        List.of(
            Period.parse("2025-K2"),
            Period.parse("2025-04"),
            Period.parse("2025-K1"),
            Period.parse("2025")),
        List.copyOf(outcome.readings().keySet()));
    assertEquals(
        new Reading(
            VISITS_ID, new BigDecimal("96.00"), "Kwartaalrapportage", "Twee adviseurs ziek"),
        outcome.readings().get(Period.parse("2025-K2")).get(0));
    assertEquals(
        new Reading(WAITING_ID, new BigDecimal("9.00"), null, null),
        outcome.readings().get(Period.parse("2025-04")).get(0));
    assertEquals(
        new Reading(REACH_ID, new BigDecimal("54.50"), "Jaarverslag", null),
        outcome.readings().get(Period.parse("2025")).get(0));
    assertEquals(4, outcome.count());
  }

  @Test
  void readingsOfOnePeriodStayTogetherInFileOrder() {
    MeasurementCsvImport.Outcome outcome =
        succeeded(
            rows(CAFE + ";2025-K1;14;;", WAITING + ";2025-01;9;;", VISITS + ";2025-K1;112;;"));
    Map<Period, List<Reading>> readings = outcome.readings();
    assertEquals(
        List.of(Period.parse("2025-K1"), Period.parse("2025-01")), List.copyOf(readings.keySet()));
    assertEquals(
        List.of(CAFE_ID, VISITS_ID),
        readings.get(Period.parse("2025-K1")).stream().map(Reading::indicatorId).toList());
    assertEquals(3, outcome.count());
  }

  @Test
  void theIndicatorIsFoundRegardlessOfCase() {
    assertEquals(
        VISITS_ID, onlyReading(rows("HUISBEZOEKEN ouderenadvies;2025-K1;1;;")).indicatorId());
    assertEquals(
        WAITING_ID,
        onlyReading(rows("wachttijd MANTELZORGONDERSTEUNING (Dagen);2025-01;1;;")).indicatorId());
  }

  @Test
  void aCommaSeparatedFileWithQuotedCellsIsReadAlike() {
    Reading reading =
        onlyReading(
            read(
                "indicator,periode,waarde,bron,toelichting\n\""
                    + VISITS
                    + "\",2025-K1,\"12,5\",\"A, B\",\n"));
    assertEquals(new Reading(VISITS_ID, new BigDecimal("12.50"), "A, B", null), reading);
  }

  @Test
  void theOptionalColumnsMayBeLeftOutAndTheColumnsComeInAnyOrder() {
    Reading reading = onlyReading(read("Waarde;INDICATOR;periode\n7;" + VISITS + ";2025-K4\n"));
    assertEquals(new Reading(VISITS_ID, new BigDecimal("7.00"), null, null), reading);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "Wachttijd mantelzorgondersteuning (dagen) | 2025-03 | 2025-03",
        "Huisbezoeken ouderenadvies | 2025-K1 | 2025-K1",
        "Huisbezoeken ouderenadvies | 2025-k2 | 2025-K2",
        "Huisbezoeken ouderenadvies | 2025-Q3 | 2025-K3",
        "Klanttevredenheid (rapportcijfer) | 2026-H2 | 2026-H2",
        "Bereik mantelzorgers (%) | 2026 | 2026",
      })
  void everyPeriodNotationIsRead(String indicator, String written, String code) {
    MeasurementCsvImport.Outcome outcome = succeeded(rows(indicator + ";" + written + ";1;;"));
    assertEquals(code, outcome.readings().keySet().iterator().next().code());
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "0 | 0.00",
        "12,5 | 12.50",
        "0,05 | 0.05",
        "-3,25 | -3.25",
        "-5 | -5.00",
        "1.234 | 1234.00",
        "1.234,50 | 1234.50",
        "1 234,5 | 1234.50",
        "9999999999999,99 | 9999999999999.99",
        "-9.999.999.999.999,99 | -9999999999999.99",
      })
  void valuesAreReadExactlyAsTheGridReadsThem(String written, String expected) {
    BigDecimal value = onlyReading(rows(VISITS + ";2025-K1;" + written + ";;")).value();
    assertEquals(new BigDecimal(expected), value);
    assertEquals(2, value.scale());
    assertEquals(value, new nl.verbonden.shared.web.NumberConverter.Decimal().read(written, DUTCH));
  }

  @Test
  void theFirstAndLastPeriodsOfTheAgreementAreInside() {
    succeeded(
        rows(
            WAITING + ";2025-01;1;;",
            WAITING + ";2026-12;1;;",
            VISITS + ";2025-K1;1;;",
            VISITS + ";2026-K4;1;;",
            SATISFACTION + ";2026-H2;1;;",
            REACH + ";2025;1;;",
            REACH + ";2026;1;;"));
  }

  @Test
  void textsOfFiveHundredCharactersAreKept() {
    Reading reading =
        onlyReading(rows(VISITS + ";2025-K1;1;" + "b".repeat(500) + ";" + "t".repeat(500)));
    assertEquals(500, reading.source().length());
    assertEquals(500, reading.comment().length());
  }

  @Test
  void oneIndicatorInManyPeriodsAndManyIndicatorsInOnePeriodAreFine() {
    MeasurementCsvImport.Outcome outcome =
        succeeded(
            rows(WAITING + ";2025-01;1;;", WAITING + ";2025-02;2;;", VISITS + ";2025-K1;3;;"));
    assertEquals(3, outcome.count());
  }

  // --- Errors in cells
  // --------------------------------------------------------------------------------------------

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "indicator | ;2025-K1;1;;",
        "periode | Huisbezoeken ouderenadvies;;1;;",
        "waarde | Huisbezoeken ouderenadvies;2025-K1;;;",
      })
  void anEmptyRequiredCellIsReported(String column, String row) {
    assertError(onlyError(rows(row)), 2, column, "import.cell.required");
  }

  @Test
  void anUnknownIndicatorIsReportedWithTheIndicatorsThereAre() {
    ImportError error = onlyError(rows("Huisbezoek;2025-K1;1;;"));
    assertError(error, 2, "indicator", "import.measurement.indicator.unknown");
    assertEquals(
        "Onbekende indicator ‘Huisbezoek’. Deze overeenkomst meet: "
            + String.join(", ", VISITS, WAITING, SATISFACTION, REACH, CAFE)
            + ".",
        text(DUTCH, error));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "2025-13",
        "2025-00",
        "2025-K5",
        "2025-H3",
        "2025-3",
        "25-03",
        "maart 2025",
        "1899",
        "2025/03"
      })
  void aBadlyWrittenPeriodIsReported(String period) {
    ImportError error = onlyError(rows(VISITS + ";" + period + ";1;;"));
    assertError(error, 2, "periode", "import.measurement.period.invalid");
    assertEquals(List.of(period), error.arguments());
  }

  @Test
  void aPeriodThatDoesNotFitTheIndicatorsFrequencyIsReportedWithAnExample() {
    ImportError error = onlyError(rows(VISITS + ";2025-05;1;;"));
    assertError(error, 2, "periode", "import.measurement.period.frequency");
    assertEquals(
        "De periode ‘2025-05’ past niet bij ‘Huisbezoeken ouderenadvies’: die indicator wordt per kwartaal gemeten,"
            + " bijvoorbeeld 2025-K2.",
        text(DUTCH, error));
    assertTrue(text(Locale.ENGLISH, error).contains("measured per quarter, for instance 2025-K2"));
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "Wachttijd mantelzorgondersteuning (dagen) | 2025-K3 | maand | 2025-07",
        "Huisbezoeken ouderenadvies | 2025-H2 | kwartaal | 2025-K3",
        "Klanttevredenheid (rapportcijfer) | 2025 | halfjaar | 2025-H1",
        "Bereik mantelzorgers (%) | 2025-12 | jaar | 2025",
      })
  void everyFrequencyIsNamedInTheMessage(
      String indicator, String period, String word, String example) {
    ImportError error = onlyError(rows(indicator + ";" + period + ";1;;"));
    assertError(error, 2, "periode", "import.measurement.period.frequency");
    String text = text(DUTCH, error);
    assertTrue(text.endsWith("per " + word + " gemeten, bijvoorbeeld " + example + "."), text);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "Wachttijd mantelzorgondersteuning (dagen) | 2024-12",
        "Wachttijd mantelzorgondersteuning (dagen) | 2027-01",
        "Huisbezoeken ouderenadvies | 2024-K4",
        "Klanttevredenheid (rapportcijfer) | 2027-H1",
        "Bereik mantelzorgers (%) | 2024",
      })
  void aPeriodOutsideTheAgreementIsReported(String indicator, String period) {
    ImportError error = onlyError(rows(indicator + ";" + period + ";1;;"));
    assertError(error, 2, "periode", "import.measurement.period.outsideAgreement");
    assertEquals(
        "De periode "
            + period
            + " valt niet binnen de looptijd van de overeenkomst (1-1-2025 tot en met 31-12-2026).",
        text(DUTCH, error));
  }

  @Test
  void aPeriodOnlyPartlyInsideTheAgreementIsOutside() {
    Agreement midQuarter = agreement(LocalDate.of(2025, 2, 15), LocalDate.of(2025, 11, 30));
    MeasurementCsvImport.Outcome outcome =
        read(
            HEADER
                + "\n"
                + VISITS
                + ";2025-K1;1;;\n"
                + WAITING
                + ";2025-03;1;;\n"
                + VISITS
                + ";2025-K4;1;;\n"
                + WAITING
                + ";2025-11;1;;\n"
                + REACH
                + ";2025;1;;\n",
            midQuarter);
    assertEquals(
        List.of(
            "2:periode:import.measurement.period.outsideAgreement",
            "4:periode:import.measurement.period.outsideAgreement",
            "6:periode:import.measurement.period.outsideAgreement"),
        where(outcome));
  }

  private static final String MALFORMED =
      "Dit is geen getal. Schrijf bijvoorbeeld 1.250,50 (punten tussen duizendtallen, een komma"
          + " voor decimalen).";

  /**
   * A value the grid refuses is refused at its row, with the grid's message: "12.5" is not read as
   * 12,50 or 125, but refused with how to write it.
   */
  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "12.5 | Gebruik een komma voor decimalen: 12,5",
        "-12.5 | Gebruik een komma voor decimalen: -12,5",
        "0.05 | Gebruik een komma voor decimalen: 0,05",
        "1234.5678 | Gebruik een komma voor decimalen: 1234,5678",
        "12,345 | Gebruik hoogstens 2 cijfers achter de komma.",
        "0,001 | Gebruik hoogstens 2 cijfers achter de komma.",
        "10000000000000 | Dit getal is te groot: hoogstens 13 cijfers voor de komma.",
        "-10000000000000 | Dit getal is te groot: hoogstens 13 cijfers voor de komma.",
        "twaalf | MALFORMED",
        "1.25,0 | MALFORMED",
        "12,5,0 | MALFORMED",
        "1,234.5 | MALFORMED",
        "12% | MALFORMED",
        "€ 5 | MALFORMED",
        "1e3 | MALFORMED",
        "-- 5 | MALFORMED",
      })
  void aValueTheGridRefusesIsRefusedWithTheGridsMessage(String value, String message) {
    String expected = message.equals("MALFORMED") ? MALFORMED : message;
    ImportError error = onlyError(rows(VISITS + ";2025-K1;" + value + ";;"));
    assertEquals(2, error.row());
    assertEquals("waarde", error.column());
    assertEquals(expected, text(DUTCH, error));
    assertFalse(text(Locale.ENGLISH, error).contains("{"));
    jakarta.faces.convert.ConverterException grid =
        assertThrows(
            jakarta.faces.convert.ConverterException.class,
            () -> new nl.verbonden.shared.web.NumberConverter.Decimal().read(value, DUTCH));
    assertEquals(expected, grid.getFacesMessage().getSummary(), "the grid says the same");
  }

  @Test
  void theSameIndicatorAndPeriodTwiceIsReportedAtTheLaterRowWithTheEarlier() {
    ImportError error =
        onlyError(
            rows(
                VISITS + ";2025-K1;1;;",
                WAITING + ";2025-01;1;;",
                "huisbezoeken OUDERENADVIES;2025-Q1;2;;"));
    assertError(error, 4, "periode", "import.measurement.duplicate");
    assertEquals(
        "‘Huisbezoeken ouderenadvies’ in periode 2025-K1 staat ook in rij 2. Een indicator mag per periode maar één"
            + " keer in het bestand staan.",
        text(DUTCH, error));
  }

  @Test
  void textsLongerThanAMeasurementKeepsAreReportedWithTheFormsMessage() {
    ImportError error = onlyError(rows(VISITS + ";2025-K1;1;" + "b".repeat(501) + ";"));
    assertError(error, 2, "bron", "text.tooLong");
    assertEquals(List.of(500, 501), error.arguments());
    assertEquals("Gebruik hoogstens 500 tekens; dit zijn er 501.", text(DUTCH, error));
    assertError(
        onlyError(rows(VISITS + ";2025-K1;1;;" + "t".repeat(501))),
        2,
        "toelichting",
        "text.tooLong");
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "bron | Jaar\\uFFFFverslag | 5",
        "bron | a\\u0001b | 2",
        "toelichting | Twee\\u202Eadviseurs | 5",
      })
  void aControlCharacterOrNonCharacterInATextIsReported(
      String column, String escaped, int position) {
    String value =
        java.util.regex.Pattern.compile("\\\\u([0-9A-F]{4})")
            .matcher(escaped)
            .replaceAll(m -> String.valueOf((char) Integer.parseInt(m.group(1), 16)));
    String row =
        column.equals("bron")
            ? VISITS + ";2025-K1;1;" + value + ";"
            : VISITS + ";2025-K1;1;;" + value;
    ImportError error = onlyError(rows(row));
    assertError(error, 2, column, "text.control");
    assertEquals(List.of(position), error.arguments());
  }

  @Test
  void moreCellsThanColumnsIsReported() {
    assertError(onlyError(rows(VISITS + ";2025-K1;1;;;over")), 2, null, "import.row.extraCells");
  }

  @Test
  void everyErrorOfEveryRowIsCollectedAndNothingIsRead() {
    MeasurementCsvImport.Outcome outcome =
        rows(
            VISITS + ";2025-K1;1;;",
            "Onbekend;2025-K1;x;;",
            WAITING + ";2025-K1;;" + "b".repeat(501) + ";",
            REACH + ";2030;5;;");
    assertEquals(
        List.of(
            "3:indicator:import.measurement.indicator.unknown",
            "3:waarde:number.malformed",
            "4:periode:import.measurement.period.frequency",
            "4:waarde:import.cell.required",
            "4:bron:text.tooLong",
            "5:periode:import.measurement.period.outsideAgreement"),
        where(outcome));
    assertTrue(outcome.readings().isEmpty());
    assertEquals(0, outcome.count());
  }

  @Test
  void rowNumbersAreTheSpreadsheetsEvenWithEmptyLinesBetween() {
    ImportError error =
        onlyError(
            read(HEADER + "\n\n" + VISITS + ";2025-K1;1;;\n;;;;\n" + VISITS + ";2025-K9;1;;\n"));
    assertError(error, 5, "periode", "import.measurement.period.invalid");
  }

  // --- Errors in the file as a whole
  // ------------------------------------------------------------------------------

  @Test
  void aMissingRequiredColumnStopsTheRowsFromBeingChecked() {
    MeasurementCsvImport.Outcome outcome = read("indicator;waarde\nOnbekend;x\n");
    assertError(onlyError(outcome), 1, "periode", "import.column.missing");
  }

  @Test
  void anUnknownOrDoubleColumnIsReported() {
    assertError(
        onlyError(read(HEADER + ";eenheid\n" + VISITS + ";2025-K1;1;;;\n")),
        1,
        "eenheid",
        "import.column.unknown");
    assertError(
        onlyError(read("indicator;periode;waarde;Waarde\n" + VISITS + ";2025-K1;1;2\n")),
        1,
        "Waarde",
        "import.column.duplicate");
  }

  @Test
  void anEmptyFileIsRefused() {
    assertError(onlyError(read("")), ImportError.WHOLE_FILE, null, "import.csv.empty");
    assertError(
        onlyError(read("\uFEFF\r\n\r\n")), ImportError.WHOLE_FILE, null, "import.csv.empty");
  }

  @Test
  void aFileWithOnlyAHeaderIsRefused() {
    ImportError error = onlyError(read(HEADER + "\n"));
    assertError(error, ImportError.WHOLE_FILE, null, "import.measurement.noRows");
    assertEquals("Het bestand bevat alleen een kopregel en geen metingen.", text(DUTCH, error));
  }

  @Test
  void moreThanTheMostRowsAreRefused() {
    Agreement longAgreement = agreement(LocalDate.of(2000, 1, 1), LocalDate.of(2499, 12, 31));
    StringBuilder file = new StringBuilder(HEADER + "\n");
    Period period = new Period(Frequency.MAAND, 2000, 1);
    for (int i = 1; i <= MeasurementCsvImport.MAX_ROWS; i++) {
      file.append(WAITING).append(';').append(period.code()).append(";1;;\n");
      period = period.next();
    }
    assertEquals(
        MeasurementCsvImport.MAX_ROWS, succeeded(read(file.toString(), longAgreement)).count());
    file.append(WAITING).append(';').append(period.code()).append(";1;;\n");
    ImportError error = onlyError(read(file.toString(), longAgreement));
    assertError(error, ImportError.WHOLE_FILE, null, "import.csv.tooManyRows");
    assertEquals(List.of(5000), error.arguments());
  }

  @Test
  void aFileLargerThanTwoMegabytesIsRefused() {
    byte[] large = new byte[MeasurementCsvImport.MAX_BYTES + 1];
    Arrays.fill(large, (byte) 'x');
    assertError(
        onlyError(MeasurementCsvImport.read(large, agreement())),
        ImportError.WHOLE_FILE,
        null,
        "import.csv.tooLarge");
  }

  @Test
  void aWorkbookIsRefusedAsAWhole() {
    byte[] xlsx = {0x50, 0x4B, 0x03, 0x04, 0x0A};
    assertError(
        onlyError(MeasurementCsvImport.read(xlsx, agreement())), 0, null, "import.csv.spreadsheet");
  }

  @Test
  void theNumberOfErrorsIsCapped() {
    StringBuilder file = new StringBuilder(HEADER + "\n");
    for (int i = 1; i <= 1200; i++) {
      file.append("Onbekend ").append(i).append(";2025-K1;1;;\n");
    }
    List<ImportError> errors = read(file.toString()).errors();
    assertEquals(MeasurementCsvImport.MAX_ERRORS + 1, errors.size());
    assertError(errors.get(MeasurementCsvImport.MAX_ERRORS), 0, null, "import.tooManyErrors");
  }

  @Test
  void anAgreementWithoutIndicatorsTakesNoFile() {
    Agreement empty =
        new Agreement(
            null,
            "Leeg",
            LocalDate.of(2025, 1, 1),
            LocalDate.of(2025, 12, 31),
            SteeringInstrument.AANBESTEDEN);
    ImportError error = onlyError(read(HEADER + "\nIets;2025;1;;\n", empty));
    assertError(error, ImportError.WHOLE_FILE, null, "import.measurement.noIndicators");
  }

  // --- Template and example
  // ---------------------------------------------------------------------------------------

  @Test
  void theExampleFileImportsAndTheDocumentationHasTheSameCopy() throws IOException {
    byte[] example =
        Files.readAllBytes(Path.of("src/main/webapp/resources/import/metingen-voorbeeld.csv"));
    assertArrayEquals(example, Files.readAllBytes(Path.of("docs/examples/metingen-voorbeeld.csv")));
    MeasurementCsvImport.Outcome outcome =
        succeeded(MeasurementCsvImport.read(example, agreement()));
    assertEquals(9, outcome.count());
    assertEquals(8, outcome.readings().size());
    assertEquals(
        List.of(VISITS_ID, CAFE_ID),
        outcome.readings().get(Period.parse("2025-K3")).stream()
            .map(Reading::indicatorId)
            .toList());
    assertEquals(
        new BigDecimal("12.50"), outcome.readings().get(Period.parse("2025-08")).get(0).value());
    assertEquals(
        new BigDecimal("54.50"), outcome.readings().get(Period.parse("2025")).get(0).value());
    assertEquals(
        "Piek in aanmeldingen na de zomer; extra inzet vanaf oktober",
        outcome.readings().get(Period.parse("2025-09")).get(0).comment());
    assertNull(outcome.readings().get(Period.parse("2025-K1")).get(0).comment());
  }

  @Test
  void theTemplateHasEveryColumnAndNoRows() throws IOException {
    byte[] template =
        Files.readAllBytes(Path.of("src/main/webapp/resources/import/metingen-sjabloon.csv"));
    assertEquals("\uFEFF" + HEADER + "\r\n", new String(template, StandardCharsets.UTF_8));
    assertError(
        onlyError(MeasurementCsvImport.read(template, agreement())),
        0,
        null,
        "import.measurement.noRows");
  }
}
