package nl.verbonden.register.entity;

/** What kind of body takes part in a joint arrangement. */
public enum ParticipantKind {
  GEMEENTE,
  PROVINCIE,
  WATERSCHAP,
  RIJK,
  OVERIG
}
