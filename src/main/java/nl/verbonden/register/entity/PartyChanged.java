package nl.verbonden.register.entity;

import java.util.List;
import java.util.Objects;

/**
 * A change of one party, described as the lines its history gets: per line what changed (the
 * message key of a field or of an event, e.g. {@code party.seat} or {@code
 * history.participant.added}), an extra subject (e.g. the year of the figures), and the old and new
 * value as the history shows them. Any service that changes something of a party raises it as a CDI
 * event ({@code Event<PartyChanged>}), synchronously, in the transaction of the change; the
 * register writes it ({@code register.boundary.PartyHistoryWriter}). It lives here, in the
 * register's entity layer, so that every component above the register can raise it. Immutable.
 *
 * @param partyId the party whose history gets the lines
 * @param lines the lines, in the order they are written; may be empty (nothing changed)
 */
public record PartyChanged(Long partyId, List<Line> lines) {

  public PartyChanged {
    Objects.requireNonNull(partyId, "partyId");
    lines = List.copyOf(lines);
  }

  /** A change with one line, e.g. an event such as a participant added. */
  public static PartyChanged of(
      Long partyId, String what, String subject, String oldText, String newText) {
    return new PartyChanged(partyId, List.of(new Line(what, subject, oldText, newText)));
  }

  /** Whether nothing changed: no line to write. */
  public boolean isEmpty() {
    return lines.isEmpty();
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
