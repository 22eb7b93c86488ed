package nl.verbonden.register.control;

import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.regex.Pattern;
import nl.verbonden.register.entity.Interest;
import nl.verbonden.register.entity.KvkNumber;
import nl.verbonden.register.entity.LegalForm;
import nl.verbonden.register.entity.Party;
import nl.verbonden.register.entity.PolicyDomain;
import nl.verbonden.register.entity.Rsin;
import nl.verbonden.shared.control.CsvImportSpec;
import nl.verbonden.shared.control.CsvTable;
import nl.verbonden.shared.control.DecimalText;
import nl.verbonden.shared.control.TextRules;
import nl.verbonden.shared.entity.ImportError;

/**
 * Reads a CSV file of parties for the register and checks every row, without saving anything:
 * either every row becomes a new {@link Party}, or the outcome lists every error by row, column and
 * message key (Dutch and English texts in the bundle, keys {@code import.*}). Plain Java; the
 * columns and formats are described in docs/register-import.md.
 *
 * <p>Free texts follow the same rules as the forms ({@link TextRules}): at most the entity's
 * {@code @Size}, counted in characters, and no invisible control characters or non-characters.
 * Numbers are read as the forms read them, in Dutch notation only ({@code 12,5}, {@code 1.250,00});
 * {@code 12.5} is refused with the forms' message. Legal forms and policy domains are given by code
 * (as in the enums, regardless of case, with spaces for underscores allowed) or by their Dutch
 * label.
 */
public final class PartyCsvImport {

  /** The most data rows one file may hold. */
  public static final int MAX_ROWS = 5_000;

  /** The largest file accepted, in bytes (2 MB). */
  public static final int MAX_BYTES = 2 * 1024 * 1024;

  /** The most errors reported; a file with more is refused with the first ones and a note. */
  public static final int MAX_ERRORS = 1_000;

  public static final String NAME = "naam";
  public static final String LEGAL_FORM = "rechtsvorm";
  public static final String KVK_NUMBER = "kvk_nummer";
  public static final String RSIN = "rsin";
  public static final String SEAT = "vestigingsplaats";
  public static final String DOMAINS = "beleidsvelden";
  public static final String PUBLIC_INTEREST = "openbaar_belang";
  public static final String START_DATE = "deelname_sinds";
  public static final String END_DATE = "deelname_beeindigd";
  public static final String END_REASON = "reden_beeindiging";
  public static final String BOARD_SEAT = "zetel_in_bestuur";
  public static final String VOTING_RIGHTS = "stemrecht";
  public static final String VOTING_SHARE = "stemaandeel";
  public static final String GOVERNANCE_DESCRIPTION = "toelichting_bestuurlijk";
  public static final String AMOUNT_AT_RISK = "bedrag_risico";
  public static final String LIABLE = "aansprakelijk";
  public static final String FINANCIAL_DESCRIPTION = "toelichting_financieel";

  /** Every column, in the order of the template. */
  public static final List<String> COLUMNS =
      List.of(
          NAME,
          LEGAL_FORM,
          KVK_NUMBER,
          RSIN,
          SEAT,
          DOMAINS,
          PUBLIC_INTEREST,
          START_DATE,
          END_DATE,
          END_REASON,
          BOARD_SEAT,
          VOTING_RIGHTS,
          VOTING_SHARE,
          GOVERNANCE_DESCRIPTION,
          AMOUNT_AT_RISK,
          LIABLE,
          FINANCIAL_DESCRIPTION);

  /** The columns the header must have and whose cells must be filled. */
  public static final List<String> REQUIRED = List.of(NAME, LEGAL_FORM);

  private static final CsvImportSpec SPEC =
      new CsvImportSpec(MAX_BYTES, MAX_ROWS, MAX_ERRORS, COLUMNS, REQUIRED, "import.csv.noRows");

  /** Separates the policy domains in one cell. */
  public static final String DOMAIN_SEPARATOR = "|";

  private static final String BUNDLE = "nl.verbonden.i18n.messages";
  private static final Locale DUTCH = Locale.forLanguageTag("nl");

  private static final int NAME_MAX = sizeLimit(Party.class, "name");
  private static final int SEAT_MAX = sizeLimit(Party.class, "seat");
  private static final int PUBLIC_INTEREST_MAX = sizeLimit(Party.class, "publicInterest");
  private static final int END_REASON_MAX = sizeLimit(Party.class, "endReason");
  private static final int GOVERNANCE_MAX = sizeLimit(Interest.class, "governanceDescription");
  private static final int FINANCIAL_MAX = sizeLimit(Interest.class, "financialDescription");

  private static final List<DateTimeFormatter> DATE_FORMATS =
      List.of(
          DateTimeFormatter.ofPattern("d-M-uuuu").withResolverStyle(ResolverStyle.STRICT),
          DateTimeFormatter.ofPattern("uuuu-MM-dd").withResolverStyle(ResolverStyle.STRICT));
  private static final int FIRST_YEAR = 1900;
  private static final int LAST_YEAR = 2100;

  private static final Set<String> YES = Set.of("ja", "j", "true", "waar", "1");
  private static final Set<String> NO = Set.of("nee", "n", "false", "onwaar", "0");

  /**
   * The voting share as the form's field ({@code vb.percentage}) reads it: Dutch notation, up to
   * 100 (checked after reading), at most two decimals, a trailing % allowed.
   */
  private static final DecimalText PERCENTAGE =
      new DecimalText(DecimalText.Notation.DUTCH, false, 3, 2);

  /**
   * The amount at risk as the form's field ({@code vb.amount.notNegative}) reads it: Dutch
   * notation, as {@code @Digits(integer = 13, fraction = 2)}, not negative, a leading € allowed.
   */
  private static final DecimalText MONEY =
      new DecimalText(DecimalText.Notation.DUTCH, false, 13, 2);

  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  private static final Map<String, LegalForm> LEGAL_FORMS = lookup(LegalForm.values());
  private static final Map<String, PolicyDomain> POLICY_DOMAINS = lookup(PolicyDomain.values());

  private PartyCsvImport() {}

  /**
   * What a file yields: the new parties when there is no error, otherwise no parties and the
   * errors.
   */
  public record Outcome(List<Party> parties, List<ImportError> errors) {
    public Outcome {
      parties = List.copyOf(parties);
      errors = List.copyOf(errors);
    }

    static Outcome refused(List<ImportError> errors) {
      return new Outcome(List.of(), errors);
    }

    public boolean succeeded() {
      return errors.isEmpty();
    }
  }

  /**
   * Reads and checks a file.
   *
   * @param content the file as uploaded
   * @param existingNames the names of the parties already in the register, in lower case ({@link
   *     Locale#ROOT})
   */
  public static Outcome read(byte[] content, Set<String> existingNames) {
    List<ImportError> errors = new ArrayList<>();
    Optional<CsvTable> table = SPEC.open(content, errors);
    if (table.isEmpty()) {
      return Outcome.refused(errors);
    }
    List<Party> parties = new ArrayList<>();
    Map<String, Integer> rowOfName = new HashMap<>();
    for (CsvTable.Row row : table.get().rows()) {
      RowReader reader = new RowReader(row, errors);
      Party party = reader.party();
      checkName(reader, party.getName(), existingNames, rowOfName);
      parties.add(party);
    }
    return errors.isEmpty()
        ? new Outcome(parties, List.of())
        : Outcome.refused(SPEC.capped(errors));
  }

  private static void checkName(
      RowReader reader, String name, Set<String> existingNames, Map<String, Integer> rowOfName) {
    if (name == null || name.isEmpty()) {
      return;
    }
    String key = name.toLowerCase(Locale.ROOT);
    Integer earlier = rowOfName.putIfAbsent(key, reader.row.number());
    if (earlier != null) {
      reader.error(NAME, "import.name.duplicate", name, earlier);
    } else if (existingNames.contains(key)) {
      reader.error(NAME, "import.name.exists", name);
    }
  }

  /** Reads the cells of one row into a party; every cell that does not fit adds an error. */
  private static final class RowReader {

    private final CsvTable.Row row;
    private final List<ImportError> errors;

    RowReader(CsvTable.Row row, List<ImportError> errors) {
      this.row = row;
      this.errors = errors;
    }

    Party party() {
      if (row.hasCellsBeyondHeader()) {
        errors.add(ImportError.of(row.number(), null, "import.row.extraCells"));
      }
      Party party = new Party();
      party.setName(required(NAME, NAME_MAX));
      party.setLegalForm(legalForm());
      party.setKvkNumber(kvkNumber());
      party.setRsin(rsin());
      party.setSeat(text(SEAT, SEAT_MAX));
      party.setDomains(domains());
      party.setPublicInterest(text(PUBLIC_INTEREST, PUBLIC_INTEREST_MAX));
      LocalDate start = date(START_DATE);
      LocalDate end = date(END_DATE);
      if (start != null && end != null && end.isBefore(start)) {
        error(END_DATE, "import.date.endBeforeStart");
      }
      party.setStartDate(start);
      party.setEndDate(end);
      String endReason = text(END_REASON, END_REASON_MAX);
      if (endReason != null && end == null && row.get(END_DATE).isEmpty()) {
        error(END_REASON, "import.endReason.withoutEndDate");
      }
      party.setEndReason(endReason);
      Interest interest = party.getInterest();
      interest.setBoardSeat(yesNo(BOARD_SEAT));
      interest.setVotingRights(yesNo(VOTING_RIGHTS));
      BigDecimal share = percentage(VOTING_SHARE);
      if (share != null && !interest.isVotingRights() && isNo(row.get(VOTING_RIGHTS))) {
        error(VOTING_SHARE, "import.votingShare.withoutVotingRights");
      }
      interest.setVotingShare(share);
      interest.setGovernanceDescription(text(GOVERNANCE_DESCRIPTION, GOVERNANCE_MAX));
      interest.setAmountAtRisk(money(AMOUNT_AT_RISK));
      interest.setLiable(yesNo(LIABLE));
      interest.setFinancialDescription(text(FINANCIAL_DESCRIPTION, FINANCIAL_MAX));
      return party;
    }

    void error(String column, String key, Object... arguments) {
      errors.add(ImportError.of(row.number(), column, key, arguments));
    }

    private String required(String column, int max) {
      String value = text(column, max);
      if (value == null) {
        error(column, "import.cell.required");
      }
      return value;
    }

    /**
     * The text of a cell, null when empty; an error, with the forms' message, when it breaks the
     * text rules (longer than max, an invisible control character or non-character).
     */
    private String text(String column, int max) {
      String value = row.get(column);
      if (value.isEmpty()) {
        return null;
      }
      TextRules.check(value, max)
          .ifPresent(refusal -> error(column, refusal.messageKey(), refusal.arguments()));
      return value;
    }

    private LegalForm legalForm() {
      String value = row.get(LEGAL_FORM);
      if (value.isEmpty()) {
        error(LEGAL_FORM, "import.cell.required");
        return null;
      }
      LegalForm form = LEGAL_FORMS.get(normalise(value));
      if (form == null) {
        error(LEGAL_FORM, "import.legalForm.unknown", value);
      }
      return form;
    }

    private Set<PolicyDomain> domains() {
      Set<PolicyDomain> domains = EnumSet.noneOf(PolicyDomain.class);
      for (String part : row.get(DOMAINS).split(Pattern.quote(DOMAIN_SEPARATOR))) {
        if (part.isBlank()) {
          continue;
        }
        PolicyDomain domain = POLICY_DOMAINS.get(normalise(part));
        if (domain == null) {
          error(DOMAINS, "import.policyDomain.unknown", part.strip());
        } else {
          domains.add(domain);
        }
      }
      return domains;
    }

    private String kvkNumber() {
      String value = row.get(KVK_NUMBER);
      if (value.isEmpty()) {
        return null;
      }
      if (!KvkNumber.isValid(value)) {
        error(KVK_NUMBER, "import.kvk.invalid", value);
        return null;
      }
      return value;
    }

    private String rsin() {
      String value = row.get(RSIN);
      if (value.isEmpty()) {
        return null;
      }
      if (!Rsin.isValid(value)) {
        error(RSIN, "import.rsin.invalid", value);
        return null;
      }
      return value;
    }

    private LocalDate date(String column) {
      String value = row.get(column);
      if (value.isEmpty()) {
        return null;
      }
      for (DateTimeFormatter format : DATE_FORMATS) {
        try {
          LocalDate date = LocalDate.parse(value, format);
          if (date.getYear() >= FIRST_YEAR && date.getYear() <= LAST_YEAR) {
            return date;
          }
        } catch (DateTimeParseException e) {
          // try the next format
        }
      }
      error(column, "import.date.invalid", value);
      return null;
    }

    /** Yes or no; an empty cell is no. */
    private boolean yesNo(String column) {
      String value = row.get(column).toLowerCase(Locale.ROOT);
      if (value.isEmpty() || NO.contains(value)) {
        return false;
      }
      if (YES.contains(value)) {
        return true;
      }
      error(column, "import.yesNo.invalid", row.get(column));
      return false;
    }

    private static boolean isNo(String value) {
      return value.isEmpty() || NO.contains(value.toLowerCase(Locale.ROOT));
    }

    /**
     * A percentage from 0 to 100 with at most two decimals, a trailing % allowed; refused with the
     * form's message.
     */
    private BigDecimal percentage(String column) {
      String value = row.get(column);
      if (value.isEmpty()) {
        return null;
      }
      String number = DecimalText.withoutSpaces(value);
      if (number.endsWith("%")) {
        number = number.substring(0, number.length() - 1);
      }
      BigDecimal share = number(column, PERCENTAGE, number);
      if (share != null && share.compareTo(HUNDRED) > 0) {
        error(column, "number.range", "0", "100");
        return null;
      }
      return share;
    }

    /**
     * An amount in euros in Dutch notation, 1.234.567,89 or 1234567,89, optionally with €; refused
     * with the form's message.
     */
    private BigDecimal money(String column) {
      String value = row.get(column);
      if (value.isEmpty()) {
        return null;
      }
      String number = DecimalText.withoutSpaces(value);
      if (number.startsWith("€")) {
        number = number.substring(1);
      } else if (number.startsWith("-€")) {
        number = "-" + number.substring(2);
      }
      return number(column, MONEY, number);
    }

    /** The number in a cell, or null with the refusal (its message as the form's) at the cell. */
    private BigDecimal number(String column, DecimalText reading, String text) {
      DecimalText.Read read = reading.read(text);
      if (read instanceof DecimalText.Read.Refused refused) {
        error(column, refused.messageKey(), refused.arguments());
        return null;
      }
      return read instanceof DecimalText.Read.Number n ? n.value() : null;
    }
  }

  /**
   * How codes and labels are compared: stripped, lower case, underscores and runs of spaces as one
   * space.
   */
  private static String normalise(String value) {
    return value.strip().toLowerCase(Locale.ROOT).replaceAll("[\\s_]+", " ");
  }

  /** The constants of an enum by their normalised code and their normalised Dutch label. */
  private static <E extends Enum<E>> Map<String, E> lookup(E[] constants) {
    Map<String, E> byText = new HashMap<>();
    ResourceBundle bundle =
        ResourceBundle.getBundle(BUNDLE, DUTCH, PartyCsvImport.class.getClassLoader());
    for (E constant : constants) {
      byText.put(normalise(constant.name()), constant);
      try {
        byText.putIfAbsent(normalise(bundle.getString(PartyHistory.enumKey(constant))), constant);
      } catch (MissingResourceException e) {
        // a constant without a label is found by its code only
      }
    }
    return Map.copyOf(byText);
  }

  /**
   * The {@code @Size(max)} of an entity field, so that the import allows exactly what the entity
   * allows.
   */
  private static int sizeLimit(Class<?> type, String field) {
    try {
      return type.getDeclaredField(field).getAnnotation(Size.class).max();
    } catch (NoSuchFieldException e) {
      throw new IllegalStateException("No field " + field + " on " + type.getSimpleName(), e);
    }
  }
}
