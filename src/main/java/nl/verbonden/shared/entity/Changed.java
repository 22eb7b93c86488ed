package nl.verbonden.shared.entity;

import java.util.List;
import java.util.Objects;

/**
 * A change of one thing (an account, a municipality, an agreement, a person), described as the
 * lines its history gets: per line what changed (the message key of a field or of an event), an
 * extra subject (e.g. the name of an indicator or an office) and the old and new value as the
 * history shows them. A service raises it as a CDI event ({@code Event<Changed>}), synchronously,
 * in the transaction of the change; the history writer of the component whose {@link
 * HistorySubject} it names writes it
 * (docs/decisions/0014-history-of-accounts-agreements-people.md). It is the same shape as the
 * register's {@code PartyChanged}, for every other component. Immutable.
 *
 * @param kind what kind of thing changed; it decides which component's writer writes it
 * @param subjectId the id of the thing whose history gets the lines
 * @param lines the lines, in the order they are written; may be empty (nothing changed)
 */
public record Changed(HistorySubject kind, Long subjectId, List<Line> lines) {

  public Changed {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(subjectId, "subjectId");
    lines = List.copyOf(lines);
  }

  /** A change with one line, e.g. an event such as an office added. */
  public static Changed of(
      HistorySubject kind, Long subjectId, String what, String subject, String old, String now) {
    return new Changed(kind, subjectId, List.of(new Line(what, subject, old, now)));
  }

  /** Whether nothing changed: no line to write. */
  public boolean isEmpty() {
    return lines.isEmpty();
  }

  /** This change and another one of the same thing as one change, this one's lines first. */
  public Changed and(Changed other) {
    if (other.kind != kind || !other.subjectId.equals(subjectId)) {
      throw new IllegalArgumentException("Not a change of the same thing: " + other);
    }
    List<Line> both = new java.util.ArrayList<>(lines);
    both.addAll(other.lines);
    return new Changed(kind, subjectId, both);
  }

  /** The history entries of this change, one per line, written by the person named. */
  public List<HistoryEntry> entries(String who) {
    return lines.stream().map(line -> new HistoryEntry(this, line, who)).toList();
  }

  /**
   * One line of history.
   *
   * @param what the message key of the field or the event
   * @param subject an extra label, or null
   * @param oldText the value before, as text, or null
   * @param newText the value after, as text, or null
   */
  public record Line(String what, String subject, String oldText, String newText) {

    public Line {
      Objects.requireNonNull(what, "what");
    }
  }
}
