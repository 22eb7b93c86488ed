package nl.verbonden.reminders.entity;

/** The kinds of dated items in a person's agenda; the message key {@code agenda.kind.NAME}. */
public enum AgendaKind {
  WGR_DEADLINE,
  ZIENSWIJZE,
  ESCALATION,
  MEASUREMENT,
  AGREEMENT_END,
  REASSESSMENT;

  public String messageKey() {
    return "agenda.kind." + name();
  }
}
