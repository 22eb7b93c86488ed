package nl.verbonden.shared.control;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import nl.verbonden.shared.entity.Changed;
import nl.verbonden.shared.entity.HistorySubject;

/**
 * The one way a change becomes lines of history, for the register's parties and for every other
 * history alike: compares what something looked like before and after, field by field, and writes
 * each difference as old → new text in Dutch, the language of the register and of the council.
 * Plain Java.
 */
public final class HistoryText {

  private HistoryText() {}

  /**
   * The lines of a change: one for every field whose value, as {@link #text(Object)} writes it,
   * differs between before and after (same keys, in the order of after); none when nothing differs.
   *
   * @param subject an extra label for every line (e.g. the name of the indicator), or null
   */
  public static List<Changed.Line> differences(
      String subject, Map<String, ?> before, Map<String, ?> after) {
    List<Changed.Line> lines = new ArrayList<>();
    for (Map.Entry<String, ?> field : after.entrySet()) {
      String oldText = text(before.get(field.getKey()));
      String newText = text(field.getValue());
      if (!Objects.equals(oldText, newText)) {
        lines.add(new Changed.Line(field.getKey(), subject, oldText, newText));
      }
    }
    return lines;
  }

  /** The change of a thing as the {@link #differences} between before and after. */
  public static Changed changed(
      HistorySubject kind, Long id, String subject, Map<String, ?> before, Map<String, ?> after) {
    return new Changed(kind, id, differences(subject, before, after));
  }

  /**
   * The change of a thing as one line for an event that has no old and new field value, such as an
   * office added; the values are written as {@link #text(Object)} shows them.
   */
  public static Changed event(
      HistorySubject kind, Long id, String key, String subject, Object oldValue, Object newValue) {
    return Changed.of(kind, id, key, subject, text(oldValue), text(newValue));
  }

  /**
   * A value as the history shows it: empty as null; yes/no; dates and numbers as {@link
   * DutchFormat} writes them everywhere (5-1-2026; 1.234.567,50 or 12); enum values by their Dutch
   * label; sets joined by commas.
   */
  public static String text(Object value) {
    if (value == null) {
      return null;
    }
    if (value instanceof Boolean yes) {
      return label(yes ? "common.yes" : "common.no");
    }
    if (value instanceof LocalDate date) {
      return DutchFormat.date(date);
    }
    if (value instanceof BigDecimal number) {
      return DutchFormat.number(number);
    }
    if (value instanceof Enum<?> constant) {
      return label(enumKey(constant));
    }
    if (value instanceof Collection<?> values) {
      return values.isEmpty()
          ? null
          : values.stream().map(HistoryText::text).collect(Collectors.joining(", "));
    }
    String text = value.toString();
    return text.isBlank() ? null : text;
  }

  /**
   * The message key of an enum value: its type's simple name, first letter small, a dot and its
   * name.
   */
  public static String enumKey(Enum<?> constant) {
    String type = constant.getDeclaringClass().getSimpleName();
    return Character.toLowerCase(type.charAt(0)) + type.substring(1) + "." + constant.name();
  }

  /** The Dutch text of a key; the key itself when the bundle lacks it. */
  private static String label(String key) {
    return MessageBundle.text(MessageBundle.DUTCH, key);
  }
}
