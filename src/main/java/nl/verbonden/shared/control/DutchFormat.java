package nl.verbonden.shared.control;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * The one way Verbonden writes money, numbers, percentages, dates, moments and years: in pages (via
 * {@code #{labels...}}), in the history of a party, in the governance overview and in exports
 * alike, whatever the language of the page or of the server. Plain Java; every method returns an
 * empty text for none.
 *
 * <ul>
 *   <li>Money: the euro sign, a space, points grouping thousands and always two decimals after a
 *       comma: {@code € 1.234.567,89}; a negative amount keeps its sign after the euro sign: {@code
 *       € -5,00} (as Dutch annual accounts and the nl-NL locale write it).
 *   <li>A number (an amount without its sign, a measured value): points grouping thousands, and
 *       either no decimals (a whole number) or two: {@code 1.234}, {@code 12,50}, {@code -0,75}.
 *   <li>A percentage: at most two decimals, trailing zeros dropped, the percent sign right after
 *       the number as nl-NL writes it (and as the bundle's texts do): {@code 12,5%}, {@code 100%}.
 *   <li>A date: day-month-year without leading zeros, as every page shows it: {@code 5-1-2026},
 *       {@code 29-11-2026}.
 *   <li>A moment: its date and the time on the clock in the Netherlands: {@code 29-11-2026 10:15}.
 *   <li>A year: its digits only, never grouped: {@code 2026}.
 * </ul>
 */
public final class DutchFormat {

  private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d-M-uuuu");
  private static final DateTimeFormatter MOMENT =
      DateTimeFormatter.ofPattern("d-M-uuuu HH:mm").withZone(ApplicationClock.AMSTERDAM);

  private DutchFormat() {}

  /** An amount of euros: {@code € 1.234.567,89}, {@code € -5,00}; empty for none. */
  public static String money(BigDecimal amount) {
    if (amount == null) {
      return "";
    }
    return "€ " + decimal(2, 2).format(rounded(amount, 2));
  }

  /**
   * A number with no decimals when it is whole and two when it is not: {@code 1.234.567,50}, {@code
   * 12}; empty for none. The scale does not count: 12 and 12.00 are both {@code 12}.
   */
  public static String number(BigDecimal value) {
    if (value == null) {
      return "";
    }
    BigDecimal two = rounded(value, 2);
    int decimals = two.stripTrailingZeros().scale() > 0 ? 2 : 0;
    return decimal(decimals, decimals).format(two);
  }

  /** A percentage, given in percent (12.5 for 12,5%): {@code 12,5%}; empty for none. */
  public static String percent(BigDecimal percentage) {
    if (percentage == null) {
      return "";
    }
    return decimal(0, 2).format(rounded(percentage, 2)) + "%";
  }

  /** A date: {@code 5-1-2026}; empty for none. */
  public static String date(LocalDate date) {
    return date == null ? "" : DATE.format(date);
  }

  /** A moment as the clock in the Netherlands showed it: {@code 5-1-2026 14:03}; empty for none. */
  public static String dateTime(Instant moment) {
    return moment == null ? "" : MOMENT.format(moment);
  }

  /** A year as its digits, never grouped: {@code 2026}. */
  public static String year(int year) {
    return Integer.toString(year);
  }

  /** Rounded half up to at most the given decimals; never a negative zero. */
  private static BigDecimal rounded(BigDecimal value, int decimals) {
    BigDecimal rounded = value.setScale(decimals, RoundingMode.HALF_UP);
    return rounded.signum() == 0 ? BigDecimal.ZERO.setScale(decimals) : rounded;
  }

  /**
   * A new format (they are not thread-safe): points group thousands, a comma separates decimals.
   */
  private static DecimalFormat decimal(int minDecimals, int maxDecimals) {
    DecimalFormatSymbols symbols = new DecimalFormatSymbols(Locale.ROOT);
    symbols.setGroupingSeparator('.');
    symbols.setDecimalSeparator(',');
    symbols.setMinusSign('-');
    DecimalFormat format = new DecimalFormat("#,##0", symbols);
    format.setMinimumFractionDigits(minDecimals);
    format.setMaximumFractionDigits(maxDecimals);
    format.setRoundingMode(RoundingMode.HALF_UP);
    format.setParseBigDecimal(true);
    return format;
  }
}
