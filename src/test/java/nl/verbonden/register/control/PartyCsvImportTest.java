package nl.verbonden.register.control;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.stream.Collectors;
import nl.verbonden.register.entity.LegalForm;
import nl.verbonden.register.entity.Party;
import nl.verbonden.register.entity.PolicyDomain;
import nl.verbonden.shared.entity.ImportError;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PartyCsvImportTest {

  private static final String HEADER = String.join(";", PartyCsvImport.COLUMNS);
  private static final String VALID_RSIN = "852601815";
  private static final Locale DUTCH = Locale.forLanguageTag("nl");

  private static PartyCsvImport.Outcome read(String text) {
    return read(text, Set.of());
  }

  private static PartyCsvImport.Outcome read(String text, Set<String> existing) {
    return PartyCsvImport.read(text.getBytes(StandardCharsets.UTF_8), existing);
  }

  /** A file of one row: a name, a legal form and the given cell (which may replace either). */
  private static PartyCsvImport.Outcome oneCell(String column, String value) {
    Map<String, String> cells = new LinkedHashMap<>();
    cells.put(PartyCsvImport.NAME, "Stichting Test");
    cells.put(PartyCsvImport.LEGAL_FORM, "STICHTING");
    cells.put(column, value);
    String row =
        cells.values().stream().map(PartyCsvImportTest::csvQuote).collect(Collectors.joining(";"));
    return read(String.join(";", cells.keySet()) + "\n" + row + "\n");
  }

  private static String csvQuote(String value) {
    return "\"" + value.replace("\"", "\"\"") + "\"";
  }

  private static ImportError onlyError(PartyCsvImport.Outcome outcome) {
    assertEquals(1, outcome.errors().size(), () -> "errors: " + outcome.errors());
    assertTrue(outcome.parties().isEmpty());
    return outcome.errors().get(0);
  }

  private static void assertError(ImportError error, int row, String column, String key) {
    assertEquals(row, error.row(), () -> "row of " + error);
    assertEquals(column, error.column(), () -> "column of " + error);
    assertEquals(key, error.messageKey(), () -> "key of " + error);
    for (Locale locale : List.of(DUTCH, Locale.ENGLISH)) {
      assertFalse(
          text(locale, error).contains("{"),
          () -> "formatted in " + locale + ": " + text(locale, error));
    }
  }

  /** The message as the page shows it. */
  private static String text(Locale locale, ImportError error) {
    String pattern =
        ResourceBundle.getBundle(
                "nl.verbonden.i18n.messages", locale, PartyCsvImportTest.class.getClassLoader())
            .getString(error.messageKey());
    return error.arguments().isEmpty()
        ? pattern
        : new MessageFormat(pattern, locale).format(error.argumentArray());
  }

  @Test
  void aGoodFileGivesPartiesWithEveryField() {
    PartyCsvImport.Outcome outcome =
        read(
            HEADER
                + "\n"
                + "Afvalverwijdering Utrecht (AVU);gr_openbaar_lichaam;30276543;"
                + VALID_RSIN
                + ";Soest;MILIEU_EN_AFVAL;Inzameling en verwerking van afval;1-1-1994;;;ja;JA;2,35;"
                + "Wethouder in het algemeen bestuur;€ 1.234.567,89;j;Garantstelling voor tekorten\n"
                + "Stichting Welzijn Woudenberg;Stichting;12345678;;Woudenberg;sociaal_domein|Zorg en gezondheid;;"
                + "2010-03-01;31-12-2023;Taken terug naar de gemeente;nee;n;;;250000;0;\n");
    assertTrue(outcome.succeeded(), () -> "errors: " + outcome.errors());
    assertEquals(2, outcome.parties().size());

    Party avu = outcome.parties().get(0);
    assertEquals("Afvalverwijdering Utrecht (AVU)", avu.getName());
    assertEquals(LegalForm.GR_OPENBAAR_LICHAAM, avu.getLegalForm());
    assertEquals("30276543", avu.getKvkNumber());
    assertEquals(VALID_RSIN, avu.getRsin());
    assertEquals("Soest", avu.getSeat());
    assertEquals(EnumSet.of(PolicyDomain.MILIEU_EN_AFVAL), avu.getDomains());
    assertEquals("Inzameling en verwerking van afval", avu.getPublicInterest());
    assertEquals(LocalDate.of(1994, 1, 1), avu.getStartDate());
    assertNull(avu.getEndDate());
    assertNull(avu.getEndReason());
    assertTrue(avu.getInterest().isBoardSeat());
    assertTrue(avu.getInterest().isVotingRights());
    assertEquals(new BigDecimal("2.35"), avu.getInterest().getVotingShare());
    assertEquals("Wethouder in het algemeen bestuur", avu.getInterest().getGovernanceDescription());
    assertEquals(new BigDecimal("1234567.89"), avu.getInterest().getAmountAtRisk());
    assertTrue(avu.getInterest().isLiable());
    assertEquals("Garantstelling voor tekorten", avu.getInterest().getFinancialDescription());

    Party welzijn = outcome.parties().get(1);
    assertEquals(LegalForm.STICHTING, welzijn.getLegalForm());
    assertEquals(
        EnumSet.of(PolicyDomain.SOCIAAL_DOMEIN, PolicyDomain.ZORG_EN_GEZONDHEID),
        welzijn.getDomains());
    assertNull(welzijn.getRsin());
    assertNull(welzijn.getPublicInterest());
    assertEquals(LocalDate.of(2010, 3, 1), welzijn.getStartDate());
    assertEquals(LocalDate.of(2023, 12, 31), welzijn.getEndDate());
    assertEquals("Taken terug naar de gemeente", welzijn.getEndReason());
    assertFalse(welzijn.getInterest().isBoardSeat());
    assertFalse(welzijn.getInterest().isVotingRights());
    assertNull(welzijn.getInterest().getVotingShare());
    assertEquals(new BigDecimal("250000.00"), welzijn.getInterest().getAmountAtRisk());
    assertFalse(welzijn.getInterest().isLiable());
    assertNull(welzijn.getInterest().getFinancialDescription());
  }

  @Test
  void onlyNameAndLegalFormAreNeededAndColumnsMayComeInAnyOrderAndCase() {
    PartyCsvImport.Outcome outcome = read("Rechtsvorm;NAAM\nBV;Parkeerbedrijf Zeist BV\n");
    assertTrue(outcome.succeeded(), () -> "errors: " + outcome.errors());
    Party party = outcome.parties().get(0);
    assertEquals("Parkeerbedrijf Zeist BV", party.getName());
    assertEquals(LegalForm.BV, party.getLegalForm());
    assertTrue(party.getDomains().isEmpty());
    assertNull(party.getInterest().getAmountAtRisk());
  }

  @Test
  void aByteOrderMarkAndCommaSeparatorAreRead() {
    PartyCsvImport.Outcome outcome =
        read(
            "\uFEFFnaam,rechtsvorm,bedrag_risico,stemrecht,stemaandeel\n"
                + "\"GGD regio Utrecht\",GR_OPENBAAR_LICHAAM,\"12.500,50\",ja,\"12,5\"\n");
    assertTrue(outcome.succeeded(), () -> "errors: " + outcome.errors());
    Party party = outcome.parties().get(0);
    assertEquals("GGD regio Utrecht", party.getName());
    assertEquals(new BigDecimal("12500.50"), party.getInterest().getAmountAtRisk());
    assertEquals(new BigDecimal("12.50"), party.getInterest().getVotingShare());
  }

  @Test
  void legalFormsAreFoundByCodeOrDutchLabelRegardlessOfCase() {
    PartyCsvImport.Outcome outcome =
        read(
            "naam;rechtsvorm\n"
                + "A;Gemeenschappelijke regeling: bedrijfsvoeringsorganisatie\n"
                + "B;gr centrumregeling\n"
                + "C;coöperatie\n"
                + "D;Naamloze vennootschap (NV)\n");
    assertTrue(outcome.succeeded(), () -> "errors: " + outcome.errors());
    assertEquals(
        List.of(
            LegalForm.GR_BEDRIJFSVOERINGSORGANISATIE,
            LegalForm.GR_CENTRUMREGELING,
            LegalForm.COOPERATIE,
            LegalForm.NV),
        outcome.parties().stream().map(Party::getLegalForm).collect(Collectors.toList()));
  }

  @Test
  void anEmptyRequiredCellIsReportedAtItsRowAndColumn() {
    PartyCsvImport.Outcome outcome = read("naam;rechtsvorm\nA;STICHTING\n;STICHTING\nC;\n");
    assertEquals(2, outcome.errors().size(), () -> "errors: " + outcome.errors());
    assertError(outcome.errors().get(0), 3, "naam", "import.cell.required");
    assertError(outcome.errors().get(1), 4, "rechtsvorm", "import.cell.required");
    assertTrue(outcome.parties().isEmpty(), "all or nothing");
  }

  @Test
  void aMissingRequiredColumnIsNamedAndTheRowsAreNotChecked() {
    PartyCsvImport.Outcome outcome = read("naam;vestigingsplaats\nA;Zeist\nB;Doorn\n");
    ImportError error = onlyError(outcome);
    assertError(error, 1, "rechtsvorm", "import.column.missing");
    assertEquals(List.of("rechtsvorm"), error.arguments());
  }

  @Test
  void anUnknownColumnIsAnErrorSoThatATypoLosesNoData() {
    PartyCsvImport.Outcome outcome = read("naam;rechtsvorm;vestigingplaats\nA;STICHTING;Zeist\n");
    ImportError error = onlyError(outcome);
    assertError(error, 1, "vestigingplaats", "import.column.unknown");
  }

  @Test
  void aDuplicateColumnIsAnError() {
    ImportError error = onlyError(read("naam;rechtsvorm;Naam\nA;STICHTING;B\n"));
    assertError(error, 1, "Naam", "import.column.duplicate");
  }

  @Test
  void dataUnderAColumnWithoutNameIsAnErrorButAnEmptyTrailingColumnIsNot() {
    assertTrue(read("naam;rechtsvorm;\nA;STICHTING;\n").succeeded());
    assertError(
        onlyError(read("naam;rechtsvorm;\nA;STICHTING;iets\n")), 1, "C", "import.column.unnamed");
  }

  @Test
  void cellsBeyondTheHeaderAreAnError() {
    assertError(
        onlyError(read("naam;rechtsvorm\nStichting A;STICHTING;Zeist\n")),
        2,
        null,
        "import.row.extraCells");
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = ';',
      value = {
        "rechtsvorm ; Stichtng ; import.legalForm.unknown",
        "beleidsvelden ; SOCIAAL_DOMEIN|SPORT ; import.policyDomain.unknown",
        "kvk_nummer ; 1234567 ; import.kvk.invalid",
        "kvk_nummer ; 1234567A ; import.kvk.invalid",
        "rsin ; 123456789 ; import.rsin.invalid",
        "rsin ; 12345678 ; import.rsin.invalid",
        "deelname_sinds ; 31-02-2020 ; import.date.invalid",
        "deelname_sinds ; 2020/01/01 ; import.date.invalid",
        "deelname_sinds ; 1-1-20 ; import.date.invalid",
        "deelname_sinds ; 1-1-1850 ; import.date.invalid",
        "deelname_beeindigd ; gisteren ; import.date.invalid",
        "zetel_in_bestuur ; misschien ; import.yesNo.invalid",
        "aansprakelijk ; x ; import.yesNo.invalid",
      })
  void aBadCellIsReportedWithItsColumnAndReason(String column, String value, String key) {
    ImportError error = onlyError(oneCell(column, value));
    assertError(error, 2, column, key);
    String named = (String) error.arguments().get(0);
    assertTrue(
        !named.isEmpty() && value.contains(named),
        "the message names the wrong value, not " + named);
  }

  /** A file of one row with a voting share (and voting rights, which a share needs). */
  private static PartyCsvImport.Outcome share(String value) {
    return read("naam;rechtsvorm;stemrecht;stemaandeel\nA;STICHTING;ja;\"" + value + "\"\n");
  }

  /** The message the party form gives at the field for the same text. */
  private static String formMessage(String column, String value) {
    nl.verbonden.shared.web.NumberConverter field =
        column.equals(PartyCsvImport.VOTING_SHARE)
            ? new nl.verbonden.shared.web.NumberConverter.Percentage()
            : new nl.verbonden.shared.web.NumberConverter.AmountNotNegative();
    try {
      field.read(value, DUTCH);
      return "accepted";
    } catch (jakarta.faces.convert.ConverterException refused) {
      return refused.getFacesMessage().getSummary();
    }
  }

  /**
   * A number is read as the form reads it, in Dutch notation only: what the form refuses, the
   * import refuses at the row and column with the form's message.
   */
  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "stemaandeel | 12.5 | Gebruik een komma voor decimalen: 12,5",
        "stemaandeel | 100.01 | Gebruik een komma voor decimalen: 100,01",
        "stemaandeel | 7.5% | Gebruik een komma voor decimalen: 7,5",
        "stemaandeel | 101 | Vul een getal in van 0 tot en met 100.",
        "stemaandeel | 150 | Vul een getal in van 0 tot en met 100.",
        "stemaandeel | -1 | Een negatief getal kan hier niet.",
        "stemaandeel | 12,345 | Gebruik hoogstens 2 cijfers achter de komma.",
        "stemaandeel | 1.000 | Dit getal is te groot: hoogstens 3 cijfers voor de komma.",
        "stemaandeel | 12,5,0 | Dit is geen getal. Schrijf bijvoorbeeld 1.250,50 (punten tussen"
            + " duizendtallen, een komma voor decimalen).",
        "stemaandeel | veel | Dit is geen getal. Schrijf bijvoorbeeld 1.250,50 (punten tussen"
            + " duizendtallen, een komma voor decimalen).",
        "bedrag_risico | 1234.56 | Gebruik een komma voor decimalen: 1234,56",
        "bedrag_risico | € 12.5 | Gebruik een komma voor decimalen: 12,5",
        "bedrag_risico | 1.234.567,891 | Gebruik hoogstens 2 cijfers achter de komma.",
        "bedrag_risico | -100 | Een negatief getal kan hier niet.",
        "bedrag_risico | -€ 5 | Een negatief getal kan hier niet.",
        "bedrag_risico | 12345678901234 | Dit getal is te groot: hoogstens 13 cijfers voor de"
            + " komma.",
        "bedrag_risico | 1,234.56 | Dit is geen getal. Schrijf bijvoorbeeld 1.250,50 (punten"
            + " tussen duizendtallen, een komma voor decimalen).",
        "bedrag_risico | 1.25,0 | Dit is geen getal. Schrijf bijvoorbeeld 1.250,50 (punten tussen"
            + " duizendtallen, een komma voor decimalen).",
        "bedrag_risico | 12.34,50 | Dit is geen getal. Schrijf bijvoorbeeld 1.250,50 (punten"
            + " tussen duizendtallen, een komma voor decimalen).",
        "bedrag_risico | 250000 € | Dit is geen getal. Schrijf bijvoorbeeld 1.250,50 (punten"
            + " tussen duizendtallen, een komma voor decimalen).",
        "bedrag_risico | twaalf | Dit is geen getal. Schrijf bijvoorbeeld 1.250,50 (punten tussen"
            + " duizendtallen, een komma voor decimalen).",
      })
  void aNumberTheFormRefusesIsRefusedWithTheFormsMessage(
      String column, String value, String message) {
    ImportError error =
        onlyError(column.equals("stemaandeel") ? share(value) : oneCell(column, value));
    assertEquals(2, error.row());
    assertEquals(column, error.column());
    assertEquals(message, text(DUTCH, error));
    assertEquals(message, formMessage(column, value), "the form says the same");
    assertFalse(text(Locale.ENGLISH, error).contains("{"));
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "0 | 0.00",
        "100 | 100.00",
        "12,5 | 12.50",
        "33,33% | 33.33",
        "7 % | 7.00",
        "0,05 | 0.05"
      })
  void percentagesAreReadAsTheFormReadsThem(String value, String expected) {
    PartyCsvImport.Outcome outcome = share(value);
    assertTrue(outcome.succeeded(), () -> "errors: " + outcome.errors());
    assertEquals(new BigDecimal(expected), outcome.parties().get(0).getInterest().getVotingShare());
    assertEquals(
        0,
        new BigDecimal(expected)
            .compareTo(
                new BigDecimal(
                    new nl.verbonden.shared.web.NumberConverter.Percentage()
                        .read(value, DUTCH)
                        .toString())),
        "the form reads the same number");
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "0 | 0.00",
        "1.234 | 1234.00",
        "1.234.567,89 | 1234567.89",
        "€ 1.234.567,89 | 1234567.89",
        "€1234567,8 | 1234567.80",
        "1 234 567,89 | 1234567.89",
        "9999999999999,99 | 9999999999999.99",
      })
  void amountsAreReadInDutchNotationExactly(String value, String expected) {
    PartyCsvImport.Outcome outcome = oneCell("bedrag_risico", value);
    assertTrue(outcome.succeeded(), () -> "errors: " + outcome.errors());
    assertEquals(
        new BigDecimal(expected), outcome.parties().get(0).getInterest().getAmountAtRisk());
  }

  @ParameterizedTest
  @CsvSource({
    "ja,true",
    "J,true",
    "true,true",
    "WAAR,true",
    "1,true",
    "nee,false",
    "N,false",
    "false,false",
    "onwaar,false",
    "0,false",
    "'',false"
  })
  void yesAndNoComeInSeveralWords(String value, boolean expected) {
    PartyCsvImport.Outcome outcome = oneCell("aansprakelijk", value);
    assertTrue(outcome.succeeded(), () -> "errors: " + outcome.errors());
    assertEquals(expected, outcome.parties().get(0).getInterest().isLiable());
  }

  @Test
  void datesComeAsDayMonthYearOrIso() {
    PartyCsvImport.Outcome outcome =
        read(
            "naam;rechtsvorm;deelname_sinds;deelname_beeindigd\nA;STICHTING;01-02-2003;2024-12-31\n");
    assertTrue(outcome.succeeded(), () -> "errors: " + outcome.errors());
    assertEquals(LocalDate.of(2003, 2, 1), outcome.parties().get(0).getStartDate());
    assertEquals(LocalDate.of(2024, 12, 31), outcome.parties().get(0).getEndDate());
  }

  @Test
  void anEndDateBeforeTheStartIsReportedAtTheEndDate() {
    ImportError error =
        onlyError(
            read("naam;rechtsvorm;deelname_sinds;deelname_beeindigd\nA;BV;1-1-2020;31-12-2019\n"));
    assertError(error, 2, "deelname_beeindigd", "import.date.endBeforeStart");
  }

  @Test
  void aReasonWithoutEndDateIsReportedRatherThanDropped() {
    ImportError error = onlyError(read("naam;rechtsvorm;reden_beeindiging\nA;BV;Opgeheven\n"));
    assertError(error, 2, "reden_beeindiging", "import.endReason.withoutEndDate");
  }

  @Test
  void aVotingShareWithoutVotingRightsIsReportedRatherThanDropped() {
    ImportError error = onlyError(read("naam;rechtsvorm;stemrecht;stemaandeel\nA;BV;nee;10\n"));
    assertError(error, 2, "stemaandeel", "import.votingShare.withoutVotingRights");
  }

  @Test
  void textsLongerThanTheEntityAllowsAreReportedWithTheFormsMessage() {
    assertTrue(oneCell("vestigingsplaats", "x".repeat(100)).succeeded());
    ImportError error = onlyError(oneCell("vestigingsplaats", "x".repeat(101)));
    assertError(error, 2, "vestigingsplaats", "text.tooLong");
    assertEquals(List.of(100, 101), error.arguments());
    assertEquals("Gebruik hoogstens 100 tekens; dit zijn er 101.", text(DUTCH, error));
    // counted in characters, as the form counts them: 100 emoji are 100 characters
    assertTrue(oneCell("vestigingsplaats", "\uD83D\uDE00".repeat(100)).succeeded());
  }

  /**
   * Every free text follows the forms' text rules ({@code TextRules}): its length limit, and no
   * control character or non-character, which would make an overview fail to render.
   */
  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "naam | 201 | Gebruik hoogstens 200 tekens; dit zijn er 201.",
        "vestigingsplaats | 101 | Gebruik hoogstens 100 tekens; dit zijn er 101.",
        "openbaar_belang | 2001 | Gebruik hoogstens 2000 tekens; dit zijn er 2001.",
        "toelichting_bestuurlijk | 1001 | Gebruik hoogstens 1000 tekens; dit zijn er 1001.",
        "toelichting_financieel | 1001 | Gebruik hoogstens 1000 tekens; dit zijn er 1001.",
      })
  void aTextOverItsLimitIsReportedAtItsRowAndColumn(String column, int length, String message) {
    ImportError error = onlyError(oneCell(column, "o".repeat(length)));
    assertError(error, 2, column, "text.tooLong");
    assertEquals(message, text(DUTCH, error));
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "naam | Stichting\\uFFFF | 10",
        "naam | Stichting\\u0007Zeist | 10",
        "vestigingsplaats | Zei\\u0000st | 4",
        "openbaar_belang | Zorg\\u202Evoor | 5",
        "toelichting_financieel | Bijdrage\\uFDD0 | 9",
        "toelichting_bestuurlijk | x\\u0085y | 2",
      })
  // (spaces and control characters at either end of a cell are trimmed by the CSV reading, as
  // spaces are; inside a text they are refused)
  void aControlCharacterOrNonCharacterIsReportedWithItsPosition(
      String column, String escaped, int position) {
    String value = unescape(escaped);
    ImportError error = onlyError(oneCell(column, value));
    assertError(error, 2, column, "text.control");
    assertEquals(
        "Deze tekst bevat een onzichtbaar stuurteken (positie "
            + position
            + "). Haal het weg en probeer het opnieuw.",
        text(DUTCH, error));
  }

  @Test
  void tabsAndLineBreaksInATextAreFine() {
    PartyCsvImport.Outcome outcome = oneCell("openbaar_belang", "Eerste regel\nTweede\tregel");
    assertTrue(outcome.succeeded(), () -> "errors: " + outcome.errors());
  }

  /** Turns the {@code \\uXXXX} escapes of a table cell into their characters. */
  private static String unescape(String text) {
    java.util.regex.Matcher m = java.util.regex.Pattern.compile("\\\\u([0-9A-F]{4})").matcher(text);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      m.appendReplacement(
          out,
          java.util.regex.Matcher.quoteReplacement(
              String.valueOf((char) Integer.parseInt(m.group(1), 16))));
    }
    m.appendTail(out);
    return out.toString();
  }

  @Test
  void aNameTwiceInTheFileIsReportedAtTheSecondWithTheFirstRow() {
    ImportError error =
        onlyError(read("naam;rechtsvorm\nStichting A;STICHTING\nB;BV\n stichting a ;STICHTING\n"));
    assertError(error, 4, "naam", "import.name.duplicate");
    assertEquals(List.of("stichting a", 2), error.arguments());
    assertEquals(
        "De naam ‘stichting a’ staat ook in rij 2. Een partij mag maar één keer in het bestand staan.",
        text(DUTCH, error));
  }

  @Test
  void aNameThatIsInTheRegisterAlreadyIsReported() {
    PartyCsvImport.Outcome outcome =
        read(
            "naam;rechtsvorm\nVeiligheidsregio UTRECHT;GR_OPENBAAR_LICHAAM\nNieuw;BV\n",
            Set.of("veiligheidsregio utrecht"));
    assertError(onlyError(outcome), 2, "naam", "import.name.exists");
  }

  @Test
  void everyErrorOfEveryRowIsCollected() {
    PartyCsvImport.Outcome outcome =
        read(
            "naam;rechtsvorm;kvk_nummer;rsin\nA;STICHTING;123;\nB;ONBEKEND;;123\nC;BV;12345678;"
                + VALID_RSIN
                + "\n");
    assertEquals(
        List.of(
            "2:kvk_nummer:import.kvk.invalid",
            "3:rechtsvorm:import.legalForm.unknown",
            "3:rsin:import.rsin.invalid"),
        outcome.errors().stream()
            .map(e -> e.row() + ":" + e.column() + ":" + e.messageKey())
            .collect(Collectors.toList()));
    assertTrue(outcome.parties().isEmpty());
  }

  @Test
  void anEmptyFileIsRefused() {
    assertError(onlyError(read("")), ImportError.WHOLE_FILE, null, "import.csv.empty");
    assertError(onlyError(read("\uFEFF\n\n")), ImportError.WHOLE_FILE, null, "import.csv.empty");
  }

  @Test
  void aFileWithOnlyAHeaderIsRefused() {
    assertError(onlyError(read(HEADER + "\n")), ImportError.WHOLE_FILE, null, "import.csv.noRows");
  }

  @Test
  void moreThanFiveThousandRowsAreRefused() {
    StringBuilder file = new StringBuilder("naam;rechtsvorm\n");
    for (int i = 1; i <= PartyCsvImport.MAX_ROWS; i++) {
      file.append("Partij ").append(i).append(";BV\n");
    }
    assertEquals(PartyCsvImport.MAX_ROWS, read(file.toString()).parties().size());
    file.append("Partij te veel;BV\n");
    ImportError error = onlyError(read(file.toString()));
    assertError(error, ImportError.WHOLE_FILE, null, "import.csv.tooManyRows");
    assertEquals(List.of(5000), error.arguments());
    String text = text(DUTCH, error);
    assertTrue(text.startsWith("Het bestand heeft meer dan 5.000 rijen met gegevens."), text);
  }

  @Test
  void aFileLargerThanTwoMegabytesIsRefused() {
    byte[] large = new byte[PartyCsvImport.MAX_BYTES + 1];
    java.util.Arrays.fill(large, (byte) 'x');
    assertError(
        onlyError(PartyCsvImport.read(large, Set.of())),
        ImportError.WHOLE_FILE,
        null,
        "import.csv.tooLarge");
  }

  @Test
  void aWorkbookIsRefusedAsAWhole() {
    byte[] xlsx = {0x50, 0x4B, 0x03, 0x04, 0x0A};
    assertError(onlyError(PartyCsvImport.read(xlsx, Set.of())), 0, null, "import.csv.spreadsheet");
  }

  @Test
  void theNumberOfErrorsIsCapped() {
    StringBuilder file = new StringBuilder("naam;rechtsvorm\n");
    for (int i = 1; i <= 1200; i++) {
      file.append("Partij ").append(i).append(";ONBEKEND\n");
    }
    List<ImportError> errors = read(file.toString()).errors();
    assertEquals(PartyCsvImport.MAX_ERRORS + 1, errors.size());
    assertError(errors.get(PartyCsvImport.MAX_ERRORS), 0, null, "import.tooManyErrors");
  }

  @Test
  void theExampleFileImportsAndTheDocumentationHasTheSameCopy() throws IOException {
    byte[] example =
        Files.readAllBytes(Path.of("src/main/webapp/resources/import/partijen-voorbeeld.csv"));
    assertArrayEquals(example, Files.readAllBytes(Path.of("docs/examples/partijen-voorbeeld.csv")));
    PartyCsvImport.Outcome outcome = PartyCsvImport.read(example, Set.of());
    assertTrue(outcome.succeeded(), () -> "errors: " + outcome.errors());
    assertEquals(5, outcome.parties().size());
    Party vitens = outcome.parties().get(3);
    assertEquals(new BigDecimal("1234567.89"), vitens.getInterest().getAmountAtRisk());
    assertEquals(
        "Gemeentelijke bijdrage volgens de begroting; de deelnemers staan garant voor tekorten",
        outcome.parties().get(2).getInterest().getFinancialDescription());
  }

  @Test
  void theTemplateHasEveryColumnAndNoRows() throws IOException {
    byte[] template =
        Files.readAllBytes(Path.of("src/main/webapp/resources/import/partijen-sjabloon.csv"));
    assertEquals("\uFEFF" + HEADER + "\r\n", new String(template, StandardCharsets.UTF_8));
    assertError(onlyError(PartyCsvImport.read(template, Set.of())), 0, null, "import.csv.noRows");
  }
}
