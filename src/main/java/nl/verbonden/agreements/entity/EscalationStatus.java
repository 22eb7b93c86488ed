package nl.verbonden.agreements.entity;

/** An escalation is open until it is resolved. */
public enum EscalationStatus {
  OPEN,
  RESOLVED
}
