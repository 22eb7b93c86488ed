package nl.verbonden.positioning.entity;

import nl.verbonden.roles.entity.MunicipalRole;

/**
 * The roles an option divides between the municipality and the partner (seed 002: the municipality
 * opdrachtgever and financier, the partner werkgever and opdrachtnemer). Four of them are roles of
 * the four-role model, which the decision offers to the walkthrough.
 */
public enum PartnerRole {
  OPDRACHTGEVER(MunicipalRole.OPDRACHTGEVER),
  FINANCIER(null),
  EIGENAAR(MunicipalRole.EIGENAAR),
  WERKGEVER(null),
  OPDRACHTNEMER(MunicipalRole.OPDRACHTNEMER),
  UITVOERDER(MunicipalRole.UITVOERDER);

  private final MunicipalRole fourRole;

  PartnerRole(MunicipalRole fourRole) {
    this.fourRole = fourRole;
  }

  /** The role of the four-role model it is, or null (financier, werkgever). */
  public MunicipalRole fourRole() {
    return fourRole;
  }
}
