package nl.verbonden.roles.entity;

/**
 * The four roles the municipality can hold towards a party (see docs/domain.md, "The four roles"),
 * in the order the walkthrough asks them.
 */
public enum MunicipalRole {
  /** Commissions and pays for services; sets what must be delivered. */
  OPDRACHTGEVER,
  /** Bears the risk of the organisation's continuity: shareholder, board seat in a GR. */
  EIGENAAR,
  /** The municipality itself delivers a task for others, e.g. as centrumgemeente. */
  OPDRACHTNEMER,
  /** The municipality executes the task itself, in its own organisation. */
  UITVOERDER
}
