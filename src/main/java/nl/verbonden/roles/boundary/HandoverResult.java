package nl.verbonden.roles.boundary;

import java.io.Serializable;
import java.util.List;
import nl.verbonden.register.entity.PartyRef;

/**
 * What a handover changed: how many roles (each level of each role, and each regisseurship) passed
 * to the successor, on which parties, and where the successor now holds opdrachtgever and eigenaar
 * bestuurlijk without a justification.
 */
public record HandoverResult(int roles, List<PartyRef> parties, List<PartyRef> newConflicts)
    implements Serializable {

  public HandoverResult {
    parties = List.copyOf(parties);
    newConflicts = List.copyOf(newConflicts);
  }
}
