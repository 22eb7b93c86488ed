package nl.verbonden.register.control;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.Objects;
import java.util.ResourceBundle;
import java.util.stream.Collectors;
import nl.verbonden.register.entity.PartyChanged;
import nl.verbonden.shared.control.DutchFormat;

/**
 * Turns a change of a party into lines of its history: compares what a party (or its figures)
 * looked like before and after, field by field, and writes each difference as old → new text in
 * Dutch, the language of the register and of the council. Plain Java.
 */
public final class PartyHistory {

  /**
   * The bundle that names enum values and yes/no; the history speaks Dutch, as the register does.
   */
  private static final String BUNDLE = "nl.verbonden.i18n.messages";

  private static final Locale DUTCH = Locale.forLanguageTag("nl");

  private PartyHistory() {}

  /**
   * The change of a party as one line for every field whose value differs between before and after
   * (same keys, in the order of after); no line when nothing differs.
   */
  public static PartyChanged differences(
      Long partyId, String subject, Map<String, Object> before, Map<String, Object> after) {
    List<PartyChanged.Line> lines = new ArrayList<>();
    for (Map.Entry<String, Object> field : after.entrySet()) {
      String oldText = text(before.get(field.getKey()));
      String newText = text(field.getValue());
      if (!Objects.equals(oldText, newText)) {
        lines.add(new PartyChanged.Line(field.getKey(), subject, oldText, newText));
      }
    }
    return new PartyChanged(partyId, lines);
  }

  /**
   * The change of a party as one line for an event that has no old and new field value, such as a
   * participant added; the values are written as {@link #text(Object)} shows them.
   */
  public static PartyChanged event(
      Long partyId, String key, String subject, Object oldValue, Object newValue) {
    return PartyChanged.of(partyId, key, subject, text(oldValue), text(newValue));
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
          : values.stream().map(PartyHistory::text).collect(Collectors.joining(", "));
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

  private static String label(String key) {
    try {
      return ResourceBundle.getBundle(BUNDLE, DUTCH, PartyHistory.class.getClassLoader())
          .getString(key);
    } catch (MissingResourceException e) {
      return key;
    }
  }
}
