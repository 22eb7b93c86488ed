package nl.verbonden.platform.demo;

import java.time.LocalDate;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.verbonden.agreements.entity.Frequency;
import nl.verbonden.agreements.entity.Period;

/**
 * Resolves the relative dates in the demo files, so that the demo always shows the same situation
 * seen from today (the application's clock). A placeholder between braces is replaced by text the
 * import code reads as usual; anything else between braces is an error, so that a typo never goes
 * unnoticed (src/main/resources/demo/README.md):
 *
 * <ul>
 *   <li>{@code {vandaag}}, {@code {vandaag-21d}}, {@code {vandaag+60d}}, {@code {vandaag-2m+1d}}:
 *       today moved by days ({@code d}), weeks ({@code w}), months ({@code m}) or years ({@code
 *       j}), applied left to right, as {@code 2026-11-08};
 *   <li>{@code {jaar}}, {@code {jaar-1}}: the year, as {@code 2026};
 *   <li>{@code {kwartaal-1}}, {@code {halfjaar-1}}, {@code {maand-1}}: the period that many before
 *       the one that holds today, as {@code 2026-K3}, {@code 2026-H1}, {@code 2026-10}; so {@code
 *       {kwartaal-1}} is the last completed quarter (on 15 January 2027: 2026-K4);
 *   <li>{@code {begin kwartaal-3}}, {@code {eind jaar+1}}: the first or last day of such a period,
 *       as {@code 2026-01-01}.
 * </ul>
 */
final class DemoDates {

  private static final Pattern PLACEHOLDER = Pattern.compile("\\{([^{}]*)}");
  private static final Pattern EXPRESSION =
      Pattern.compile(
          "(?:(begin|eind) )?(vandaag|jaar|halfjaar|kwartaal|maand)((?:[+-]\\d+[dwmj]?)*)");
  private static final Pattern OFFSET = Pattern.compile("([+-]\\d+)([dwmj]?)");

  private DemoDates() {}

  /**
   * The text with every placeholder replaced.
   *
   * @throws IllegalArgumentException on a placeholder that is not one of the above, or a brace
   *     without its partner
   */
  static String resolve(String text, LocalDate today) {
    Matcher matcher = PLACEHOLDER.matcher(text);
    StringBuilder out = new StringBuilder();
    int last = 0;
    while (matcher.find()) {
      checkNoBrace(text.substring(last, matcher.start()));
      out.append(text, last, matcher.start()).append(value(matcher.group(1), today));
      last = matcher.end();
    }
    checkNoBrace(text.substring(last));
    return out.append(text.substring(last)).toString();
  }

  /** One placeholder's value, without the braces. */
  static String value(String expression, LocalDate today) {
    Matcher m = EXPRESSION.matcher(expression.strip().toLowerCase(Locale.ROOT));
    if (!m.matches()) {
      throw unknown(expression);
    }
    String edge = m.group(1);
    String unit = m.group(2);
    Matcher offsets = OFFSET.matcher(m.group(3));
    if (unit.equals("vandaag")) {
      if (edge != null) {
        throw unknown(expression);
      }
      LocalDate day = today;
      while (offsets.find()) {
        day = move(day, Integer.parseInt(offsets.group(1)), offsets.group(2), expression);
      }
      return day.toString();
    }
    int steps = 0;
    int count = 0;
    while (offsets.find()) {
      if (!offsets.group(2).isEmpty() || ++count > 1) {
        throw unknown(expression);
      }
      steps = Integer.parseInt(offsets.group(1));
    }
    Period period = Period.containing(frequency(unit), today);
    for (int i = 0; i < Math.abs(steps); i++) {
      period = steps < 0 ? period.previous() : period.next();
    }
    if (edge == null) {
      return period.code();
    }
    return (edge.equals("begin") ? period.start() : period.end()).toString();
  }

  private static LocalDate move(LocalDate day, int amount, String unit, String expression) {
    return switch (unit) {
      case "d" -> day.plusDays(amount);
      case "w" -> day.plusWeeks(amount);
      case "m" -> day.plusMonths(amount);
      case "j" -> day.plusYears(amount);
      default -> throw unknown(expression);
    };
  }

  private static Frequency frequency(String unit) {
    return switch (unit) {
      case "jaar" -> Frequency.JAAR;
      case "halfjaar" -> Frequency.HALFJAAR;
      case "kwartaal" -> Frequency.KWARTAAL;
      default -> Frequency.MAAND;
    };
  }

  private static void checkNoBrace(String text) {
    int brace = Math.max(text.indexOf('{'), text.indexOf('}'));
    if (brace >= 0) {
      throw new IllegalArgumentException("A brace without its partner in the demo data: " + text);
    }
  }

  private static IllegalArgumentException unknown(String expression) {
    return new IllegalArgumentException(
        "Unknown date in the demo data: {"
            + expression
            + "} (see src/main/resources/demo/README.md)");
  }
}
