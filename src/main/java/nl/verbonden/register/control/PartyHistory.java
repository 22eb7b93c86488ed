package nl.verbonden.register.control;

import java.util.List;
import java.util.Map;
import nl.verbonden.register.entity.PartyChanged;
import nl.verbonden.shared.control.HistoryText;

/**
 * Turns a change of a party into lines of its history: compares what a party (or its figures)
 * looked like before and after, field by field, and writes each difference as old → new text in
 * Dutch, the language of the register and of the council ({@link HistoryText}, as every other
 * history does). Plain Java.
 */
public final class PartyHistory {

  private PartyHistory() {}

  /**
   * The change of a party as one line for every field whose value differs between before and after
   * (same keys, in the order of after); no line when nothing differs.
   */
  public static PartyChanged differences(
      Long partyId, String subject, Map<String, Object> before, Map<String, Object> after) {
    List<PartyChanged.Line> lines =
        HistoryText.differences(subject, before, after).stream()
            .map(l -> new PartyChanged.Line(l.what(), l.subject(), l.oldText(), l.newText()))
            .toList();
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

  /** A value as the history shows it: see {@link HistoryText#text(Object)}. */
  public static String text(Object value) {
    return HistoryText.text(value);
  }

  /** The message key of an enum value: see {@link HistoryText#enumKey(Enum)}. */
  public static String enumKey(Enum<?> constant) {
    return HistoryText.enumKey(constant);
  }
}
