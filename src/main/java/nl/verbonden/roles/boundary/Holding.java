package nl.verbonden.roles.boundary;

import java.io.Serializable;
import nl.verbonden.register.entity.PartyRef;
import nl.verbonden.roles.entity.MunicipalRole;
import nl.verbonden.roles.entity.Office;
import nl.verbonden.roles.entity.RoleLevel;

/**
 * A role a person holds at a party, through one of their offices.
 *
 * @param role the role, or null when they are the party's regisseur
 * @param conflict the party has the client/owner conflict and this person is in it
 */
public record Holding(
    PartyRef party, MunicipalRole role, RoleLevel level, Office office, boolean conflict)
    implements Serializable {

  public boolean isRegisseur() {
    return role == null;
  }
}
