package nl.verbonden.reminders.entity;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * One dated thing in a person's agenda: what it is, when it is due, and where in Verbonden it is
 * dealt with.
 *
 * @param key stable across days and runs (the kind, the record's id and what makes this occurrence
 *     distinct, e.g. {@code measurement:12:2026-Q3}): reminders are stamped per key and stage, and
 *     the calendar feed uses it as the event's UID
 * @param noteKey a message key with {@code noteArgs}, so that mail and feed word it in the person's
 *     language
 * @param link the page with its parameters, from the context root
 */
public record AgendaItem(
    String key,
    AgendaKind kind,
    String title,
    String noteKey,
    List<String> noteArgs,
    LocalDate due,
    String link)
    implements Serializable {

  public AgendaItem {
    Objects.requireNonNull(key);
    Objects.requireNonNull(kind);
    Objects.requireNonNull(due);
    noteArgs = List.copyOf(noteArgs);
  }

  public boolean lateOn(LocalDate today) {
    return due.isBefore(today);
  }
}
