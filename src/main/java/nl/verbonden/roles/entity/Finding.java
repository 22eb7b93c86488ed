package nl.verbonden.roles.entity;

import java.io.Serializable;
import nl.verbonden.register.entity.PartyRef;

/**
 * One thing the role checks found at a party.
 *
 * @param party the party
 * @param kind what was found
 * @param role the role it concerns, or null (regisseur, ladder, the whole model)
 * @param level the level it concerns, or null
 * @param subject who it concerns (an office's label), or null
 * @param justification for a conflict, the justification recorded when it was accepted, or null
 */
public record Finding(
    PartyRef party,
    FindingKind kind,
    MunicipalRole role,
    RoleLevel level,
    String subject,
    String justification)
    implements Serializable {

  public boolean isConflict() {
    return kind.isConflict();
  }

  public boolean isJustified() {
    return justification != null;
  }

  /**
   * The message key that describes it; the arguments are the role, the level and the subject
   * (labels). A missing holder's message depends on its level (Dutch inflects the adjective); an
   * ended term without a role is the regisseur's.
   */
  public String messageKey() {
    String key = "finding." + kind.name();
    if (kind == FindingKind.NO_HOLDER) {
      return key + "." + level.name();
    }
    if (kind == FindingKind.TERM_ENDED && role == null) {
      return key + ".regisseur";
    }
    return key;
  }
}
