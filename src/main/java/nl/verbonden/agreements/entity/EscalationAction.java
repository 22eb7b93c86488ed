package nl.verbonden.agreements.entity;

/** What happened to an escalation, as logged. */
public enum EscalationAction {
  OPENED,
  RAISED,
  RESOLVED
}
