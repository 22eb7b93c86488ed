package nl.verbonden.roles.entity;

/** The offices a person can hold in the municipality, each on one {@link RoleLevel}. */
public enum OfficeKind {
  BURGEMEESTER(RoleLevel.BESTUURLIJK),
  WETHOUDER(RoleLevel.BESTUURLIJK),
  REGISSEUR(RoleLevel.AMBTELIJK),
  ACCOUNTMANAGER(RoleLevel.AMBTELIJK),
  CONTROLLER(RoleLevel.AMBTELIJK),
  BELEIDSADVISEUR(RoleLevel.AMBTELIJK),
  DIRECTEUR(RoleLevel.AMBTELIJK);

  private final RoleLevel level;

  OfficeKind(RoleLevel level) {
    this.level = level;
  }

  public RoleLevel level() {
    return level;
  }

  /**
   * A wethouder holds a portfolio; without one the office says nothing about what they answer for.
   */
  public boolean needsPortfolio() {
    return this == WETHOUDER;
  }
}
