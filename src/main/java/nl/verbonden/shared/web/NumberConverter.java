package nl.verbonden.shared.web;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.ConverterException;
import jakarta.faces.convert.FacesConverter;
import java.math.BigDecimal;
import java.util.Locale;
import nl.verbonden.shared.control.DecimalText;
import nl.verbonden.shared.control.DecimalText.Notation;
import nl.verbonden.shared.control.DecimalText.Read;
import nl.verbonden.shared.control.DutchFormat;
import nl.verbonden.shared.control.MessageBundle;

/**
 * The one way a number typed in a page is read: Dutch notation ({@code 12,5}, {@code 1.250}, {@code
 * 1.250,00}, {@code € 1.250,00}, {@code -5} where negatives are allowed), exactly, never guessed,
 * never clamped. What is not such a number is refused with a message at the field that says how to
 * write it, and what was typed stays in the field. Each kind of field is a converter of its own,
 * named by its id ({@code vb.amount}, {@code vb.percentage}, ...), with its digits and its range.
 *
 * <p>Use {@code <p:inputText converter="vb.percentage" inputmode="decimal"/>}; not {@code
 * p:inputNumber}, which drops characters it does not expect and clamps to its range in the browser
 * ("150" kept 15, "12.5" became 125).
 */
public abstract class NumberConverter implements Converter<Number> {

  private final DecimalText reading;
  private final BigDecimal min;
  private final BigDecimal max;
  private final String minText;
  private final String maxText;
  private final boolean whole;

  protected NumberConverter(
      boolean negativeAllowed, int integerDigits, int fractionDigits, String min, String max) {
    this.reading = new DecimalText(Notation.DUTCH, negativeAllowed, integerDigits, fractionDigits);
    this.min = min == null ? null : new BigDecimal(min);
    this.max = max == null ? null : new BigDecimal(max);
    this.minText = min;
    this.maxText = max;
    this.whole = fractionDigits == 0;
  }

  /** The number a text reads as, checked against the range; null when empty; refusals in Dutch. */
  public Number read(String text) {
    return read(text, MessageBundle.DUTCH);
  }

  /**
   * The number a text reads as, checked against the range; null when empty.
   *
   * @throws ConverterException with the message, in the given language, that says how to write it
   */
  public Number read(String text, Locale language) {
    Read read = reading.read(withoutUnit(text));
    if (read instanceof Read.Empty) {
      return null;
    }
    if (read instanceof Read.Refused refused) {
      throw refusal(language, refused.messageKey(), refused.arguments());
    }
    BigDecimal value = ((Read.Number) read).value();
    if ((min != null && value.compareTo(min) < 0) || (max != null && value.compareTo(max) > 0)) {
      if (max == null) {
        throw refusal(language, "number.atLeast", minText);
      }
      throw refusal(language, "number.range", minText, maxText);
    }
    return whole ? Integer.valueOf(value.intValueExact()) : value;
  }

  /** The text without the field's unit, where it stands: "€ 1.250" and "12,5 %" are fine. */
  private String withoutUnit(String text) {
    if (text == null || unit() == null) {
      return text;
    }
    String value = DecimalText.withoutSpaces(text);
    if (unit().equals("€")) {
      if (value.startsWith("€")) {
        return value.substring(1);
      }
      return value.startsWith("-€") ? "-" + value.substring(2) : value;
    }
    return value.endsWith(unit()) ? value.substring(0, value.length() - unit().length()) : value;
  }

  /** The unit a field may show with its number: "€" before an amount, "%" after a percentage. */
  protected String unit() {
    return null;
  }

  /**
   * The number as the field shows it, written by the one formatter ({@link DutchFormat}), so that
   * it reads back as the same number.
   */
  public String show(Number value) {
    if (value == null) {
      return "";
    }
    return DutchFormat.number(new BigDecimal(value.toString()));
  }

  @Override
  public Number getAsObject(FacesContext context, UIComponent component, String value) {
    return read(value, context.getViewRoot().getLocale());
  }

  @Override
  public String getAsString(FacesContext context, UIComponent component, Number value) {
    return show(value);
  }

  private static ConverterException refusal(Locale language, String key, Object... arguments) {
    String text = MessageBundle.text(language, key, arguments);
    return new ConverterException(new FacesMessage(FacesMessage.SEVERITY_ERROR, text, text));
  }

  /** An amount in euros, two decimals: "€ 1.250,00" reads, and shows, as money. */
  abstract static class Money extends NumberConverter {
    Money(boolean negativeAllowed, String min) {
      super(negativeAllowed, 13, 2, min, null);
    }

    @Override
    protected String unit() {
      return "€";
    }

    @Override
    public String show(Number value) {
      return value == null ? "" : DutchFormat.money((BigDecimal) value);
    }
  }

  /** An amount in euros that may be negative (equity, a result). */
  @FacesConverter("vb.amount")
  public static class Amount extends Money {
    public Amount() {
      super(true, null);
    }
  }

  /** An amount in euros that cannot be negative (an amount at risk, a budget). */
  @FacesConverter("vb.amount.notNegative")
  public static class AmountNotNegative extends Money {
    public AmountNotNegative() {
      super(false, "0");
    }
  }

  /** A percentage from 0 to 100, two decimals (a voting share). */
  @FacesConverter("vb.percentage")
  public static class Percentage extends NumberConverter {
    public Percentage() {
      super(false, 3, 2, "0", "100");
    }

    @Override
    protected String unit() {
      return "%";
    }

    @Override
    public String show(Number value) {
      return value == null ? "" : DutchFormat.percent((BigDecimal) value);
    }
  }

  /** A measured value, a target or a threshold: any sign, two decimals. */
  @FacesConverter("vb.decimal")
  public static class Decimal extends NumberConverter {
    public Decimal() {
      super(true, 13, 2, null, null);
    }
  }

  /** A score on an axis of the quadrant matrix: a whole number from 0 to 100. */
  @FacesConverter("vb.score")
  public static class Score extends NumberConverter {
    public Score() {
      super(false, 3, 0, "0", "100");
    }
  }

  /** A year, four digits, not grouped. */
  @FacesConverter("vb.year")
  public static class YearNumber extends NumberConverter {
    public YearNumber() {
      super(false, 4, 0, "1900", "2100");
    }

    @Override
    public String show(Number value) {
      return value == null ? "" : DutchFormat.year(value.intValue());
    }
  }

  /** A number of reporting periods, 1 to 12. */
  @FacesConverter("vb.periods")
  public static class Periods extends NumberConverter {
    public Periods() {
      super(false, 2, 0, "1", "12");
    }
  }

  /** Days within which a step of the escalation ladder answers: 1 to 365. */
  @FacesConverter("vb.days")
  public static class Days extends NumberConverter {
    public Days() {
      super(false, 3, 0, "1", "365");
    }
  }

  /** How many days ahead a reminder digest looks: 1 to 60. */
  @FacesConverter("vb.horizon")
  public static class Horizon extends NumberConverter {
    public Horizon() {
      super(false, 2, 0, "1", "60");
    }
  }

  /** A version number of a published overview: 1 or more. */
  @FacesConverter("vb.version")
  public static class Version extends NumberConverter {
    public Version() {
      super(false, 6, 0, "1", null);
    }
  }
}
