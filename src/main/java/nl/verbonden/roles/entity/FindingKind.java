package nl.verbonden.roles.entity;

/** What the role checks can find wrong with a party's role model. */
public enum FindingKind {
  /**
   * Opdrachtgever and eigenaar held bestuurlijk by the same person (shown with its justification,
   * if given).
   */
  CONFLICT,
  /** The role model was never walked through: nobody knows who holds what. */
  NOT_WALKED_THROUGH,
  /** A role the municipality holds has nobody at one of its levels. */
  NO_HOLDER,
  /** Nobody is the party's regisseur. */
  NO_REGISSEUR,
  /** The party has no escalation ladder. */
  NO_LADDER,
  /** A holder (or the regisseur) whose term in office has ended. */
  TERM_ENDED;

  /** A conflict weighs more than a gap; pages show it in another colour and first. */
  public boolean isConflict() {
    return this == CONFLICT;
  }
}
