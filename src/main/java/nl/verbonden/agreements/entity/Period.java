package nl.verbonden.agreements.entity;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.verbonden.shared.entity.DomainException;

/**
 * A reporting period: a month (2026-03), a quarter (2026-K1), a half year (2026-H1) or a year
 * (2026). Written and read in that form in the grid, the CSV import and the database; ordered in
 * time. Plain Java.
 */
public record Period(Frequency frequency, int year, int number)
    implements Comparable<Period>, Serializable {

  private static final Pattern MONTH = Pattern.compile("(\\d{4})-(\\d{2})");
  private static final Pattern QUARTER = Pattern.compile("(\\d{4})-[KQ]([1-4])");
  private static final Pattern HALF = Pattern.compile("(\\d{4})-H([12])");
  private static final Pattern YEAR = Pattern.compile("(\\d{4})");

  public Period {
    if (frequency == null
        || number < 1
        || number > frequency.perYear()
        || year < 1900
        || year > 2999) {
      throw new DomainException(
          "verbonden.period.invalid", "periode", frequency + " " + year + "/" + number);
    }
  }

  /**
   * Reads a period written as 2026-03, 2026-K1 (or 2026-Q1), 2026-H1 or 2026.
   *
   * @throws DomainException on field {@code periode} when the text is none of these
   */
  public static Period parse(String text) {
    String t = text == null ? "" : text.strip().toUpperCase(java.util.Locale.ROOT);
    try {
      Matcher m;
      if ((m = MONTH.matcher(t)).matches()) {
        return new Period(
            Frequency.MAAND, Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
      }
      if ((m = QUARTER.matcher(t)).matches()) {
        return new Period(
            Frequency.KWARTAAL, Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
      }
      if ((m = HALF.matcher(t)).matches()) {
        return new Period(
            Frequency.HALFJAAR, Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
      }
      if ((m = YEAR.matcher(t)).matches()) {
        return new Period(Frequency.JAAR, Integer.parseInt(m.group(1)), 1);
      }
    } catch (DomainException e) {
      throw new DomainException("verbonden.period.format", "periode", text);
    }
    throw new DomainException("verbonden.period.format", "periode", text);
  }

  /** The period of this frequency that holds the day. */
  public static Period containing(Frequency frequency, LocalDate day) {
    return new Period(frequency, day.getYear(), (day.getMonthValue() - 1) / frequency.months() + 1);
  }

  public LocalDate start() {
    return LocalDate.of(year, (number - 1) * frequency.months() + 1, 1);
  }

  /** The last day of the period. */
  public LocalDate end() {
    return start().plusMonths(frequency.months()).minusDays(1);
  }

  public Period next() {
    return number == frequency.perYear()
        ? new Period(frequency, year + 1, 1)
        : new Period(frequency, year, number + 1);
  }

  public Period previous() {
    return number == 1
        ? new Period(frequency, year - 1, frequency.perYear())
        : new Period(frequency, year, number - 1);
  }

  /** The code as written: 2026-03, 2026-K1, 2026-H1, 2026. */
  public String code() {
    return switch (frequency) {
      case MAAND -> String.format("%d-%02d", year, number);
      case KWARTAAL -> year + "-K" + number;
      case HALFJAAR -> year + "-H" + number;
      case JAAR -> String.valueOf(year);
    };
  }

  @Override
  public int compareTo(Period other) {
    int byStart = start().compareTo(other.start());
    return byStart != 0 ? byStart : end().compareTo(other.end());
  }

  @Override
  public String toString() {
    return code();
  }
}
