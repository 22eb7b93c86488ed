package nl.verbonden.roles.boundary;

import java.io.Serializable;
import java.util.List;
import java.util.Map;
import nl.verbonden.register.entity.PartyRef;
import nl.verbonden.roles.entity.Finding;
import nl.verbonden.roles.entity.FindingKind;
import nl.verbonden.roles.entity.MunicipalRole;

/** One party in the role matrix: a cell per role and everything the checks found. */
public record MatrixRow(PartyRef party, Map<MunicipalRole, Cell> cells, List<Finding> findings)
    implements Serializable {

  public Cell cell(MunicipalRole role) {
    return cells.get(role);
  }

  public boolean isConflict() {
    return findings.stream().anyMatch(Finding::isConflict);
  }

  public boolean hasFindings() {
    return !findings.isEmpty();
  }

  public boolean isWalkedThrough() {
    return findings.stream().noneMatch(f -> f.kind() == FindingKind.NOT_WALKED_THROUGH);
  }

  /**
   * One role of one party as the matrix shows it.
   *
   * @param held held (true), not held (false), not answered (null)
   * @param bestuurlijk the bestuurlijk holder's label, or null
   * @param ambtelijk the ambtelijk holder's label, or null
   * @param bestuurlijkPerson the bestuurlijk holder's person id (for the link to their page), or
   *     null
   * @param ambtelijkPerson the ambtelijk holder's person id, or null
   * @param reason why it is not held, or null
   * @param conflict this role is part of the client/owner conflict
   * @param gap something is missing or ended here
   */
  public record Cell(
      Boolean held,
      String bestuurlijk,
      String ambtelijk,
      Long bestuurlijkPerson,
      Long ambtelijkPerson,
      String reason,
      boolean conflict,
      boolean gap)
      implements Serializable {}
}
