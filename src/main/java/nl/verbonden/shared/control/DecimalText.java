package nl.verbonden.shared.control;

import java.math.BigDecimal;
import java.util.regex.Pattern;

/**
 * How a decimal number typed in a spreadsheet cell is read, exactly, as a {@link BigDecimal} (never
 * through a floating-point type): which notation, whether a minus sign is allowed, and how many
 * digits may stand before and after the decimal separator. Shared by the CSV imports so that they
 * read numbers alike. Plain Java.
 *
 * <p>Every kind of space (the non-breaking ones Excel may write included) is ignored. A number with
 * more decimals than allowed is refused rather than rounded, and so is anything the notation leaves
 * ambiguous.
 *
 * @param notation which separators the cell may use
 * @param negativeAllowed whether a leading minus sign is allowed
 * @param integerDigits the most digits before the decimal separator (as {@code @Digits(integer)})
 * @param fractionDigits the most digits after it (as {@code @Digits(fraction)}); the number read
 *     has this scale
 */
public record DecimalText(
    Notation notation, boolean negativeAllowed, int integerDigits, int fractionDigits) {

  /** The separators a number may use. */
  public enum Notation {
    /**
     * Dutch: an optional decimal comma; thousands optionally grouped by points, three digits a
     * group: {@code 1.234.567,89}, {@code 1234567,89}, {@code 1.234}. A point is never a decimal
     * separator, so {@code 1234.56} is refused.
     */
    DUTCH(Pattern.compile("(\\d{1,3}(\\.\\d{3})+|\\d+)(,\\d+)?")),

    /**
     * A decimal comma or a decimal point: {@code 12,5} or {@code 12.5}. Thousands may be grouped by
     * points only when a decimal comma follows ({@code 1.234,50}); a point followed by three digits
     * and nothing else ({@code 1.234}) is read as a decimal point, and so refused when at most two
     * decimals are allowed, rather than guessed.
     */
    COMMA_OR_POINT(Pattern.compile("\\d+([.,]\\d+)?|\\d{1,3}(\\.\\d{3})+,\\d+"));

    private final Pattern pattern;

    Notation(Pattern pattern) {
      this.pattern = pattern;
    }
  }

  private static final Pattern SPACES = Pattern.compile("[\\s\\u00A0\\u202F]");

  /**
   * Reads the number in the text.
   *
   * @return the number with scale {@link #fractionDigits()}, or null when the text is not such a
   *     number (empty, not in the notation, negative when that is not allowed, too many digits
   *     before or after the separator)
   */
  public BigDecimal parse(String text) {
    return read(text) instanceof Read.Number number ? number.value() : null;
  }

  /**
   * What a text reads as: a number, nothing (empty), or a refusal that says why, as a message key
   * of the bundle with its arguments. A euro sign before and a percent sign after the number are
   * allowed; nothing is guessed and no character is dropped but spaces.
   */
  public Read read(String text) {
    if (text == null || withoutSpaces(text).isEmpty()) {
      return new Read.Empty();
    }
    String number = withoutSpaces(text);
    boolean negative = number.startsWith("-");
    if (negative) {
      number = number.substring(1);
    }
    if (!notation.pattern.matcher(number).matches()) {
      if (notation == Notation.DUTCH && DECIMAL_POINT.matcher(number).matches()) {
        String example = (negative && negativeAllowed ? "-" : "") + number.replace('.', ',');
        return new Read.Refused("number.decimalPoint", example);
      }
      return new Read.Refused("number.malformed");
    }
    if (negative && !negativeAllowed) {
      return new Read.Refused("number.negative");
    }
    boolean pointsGroup = notation == Notation.DUTCH || number.contains(",");
    BigDecimal value =
        new BigDecimal(pointsGroup ? number.replace(".", "").replace(',', '.') : number);
    if (value.scale() > fractionDigits) {
      return fractionDigits == 0
          ? new Read.Refused("number.whole")
          : new Read.Refused("number.decimals", fractionDigits);
    }
    value = value.setScale(fractionDigits);
    if (value.precision() - value.scale() > integerDigits) {
      return new Read.Refused("number.tooLarge", integerDigits);
    }
    return new Read.Number(negative ? value.negate() : value);
  }

  /** A point with one, two or more than three digits after it: meant as a decimal point. */
  private static final Pattern DECIMAL_POINT = Pattern.compile("\\d+\\.(\\d{1,2}|\\d{4,})");

  /** What a text reads as (see {@link #read}). */
  public sealed interface Read {

    /** Nothing was typed. */
    record Empty() implements Read {}

    /** The number, with the scale of the field. */
    record Number(BigDecimal value) implements Read {}

    /** Not a number of this field: why, as a bundle key ({@code number.*}) with its arguments. */
    record Refused(String messageKey, Object... arguments) implements Read {}
  }

  /** Drops every kind of space, the non-breaking ones Excel may write included. */
  public static String withoutSpaces(String value) {
    return SPACES.matcher(value).replaceAll("");
  }
}
