package nl.verbonden.shared.control;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.regex.Pattern;

/**
 * How a date typed as day-month-year is read: {@code 31-12-2026} or {@code 1-2-2027}, strictly. A
 * day that does not exist ({@code 31-02-2012}, {@code 29-02-2027}) is refused, never moved to a day
 * that does. Plain Java.
 */
public final class DutchDate {

  private static final DateTimeFormatter STRICT =
      DateTimeFormatter.ofPattern("d-M-uuuu").withResolverStyle(ResolverStyle.STRICT);
  private static final Pattern SHAPE = Pattern.compile("\\d{1,2}-\\d{1,2}-\\d{4}");

  private DutchDate() {}

  /** What a text reads as: a date, nothing (empty), or a refusal with its bundle key. */
  public sealed interface Read {

    record Empty() implements Read {}

    record Date(LocalDate value) implements Read {}

    record Refused(String messageKey, Object... arguments) implements Read {}
  }

  public static Read read(String text) {
    String value = text == null ? "" : text.strip();
    if (value.isEmpty()) {
      return new Read.Empty();
    }
    if (!SHAPE.matcher(value).matches()) {
      return new Read.Refused("date.malformed");
    }
    try {
      return new Read.Date(LocalDate.parse(value, STRICT));
    } catch (DateTimeParseException e) {
      return new Read.Refused("date.notExisting", value);
    }
  }

  /** The date as the fields show it, by the one formatter: d-M-yyyy. */
  public static String show(LocalDate date) {
    return DutchFormat.date(date);
  }
}
