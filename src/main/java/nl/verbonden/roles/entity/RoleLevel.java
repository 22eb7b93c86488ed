package nl.verbonden.roles.entity;

/**
 * The two levels on which the municipality holds a role: by an elected official or by a civil
 * servant.
 */
public enum RoleLevel {
  /** A portefeuillehouder: wethouder or burgemeester. */
  BESTUURLIJK,
  /** A civil servant: regisseur, accountmanager, controller, director. */
  AMBTELIJK
}
