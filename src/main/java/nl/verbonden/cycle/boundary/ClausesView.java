package nl.verbonden.cycle.boundary;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import nl.verbonden.cycle.entity.ArrangementClauses;
import nl.verbonden.cycle.entity.WgrClause;
import nl.verbonden.register.entity.Party;

/**
 * A joint arrangement's required provisions as recorded, with the ones that are missing.
 *
 * @param version -1 while nothing was recorded
 */
public record ClausesView(
    Long partyId,
    String partyName,
    long version,
    Map<WgrClause, String> where,
    LocalDate amendedOn,
    String informatieprotocol,
    String adviescommissie,
    List<WgrClause> missing)
    implements Serializable {

  public ClausesView {
    where = Map.copyOf(where);
    missing = List.copyOf(missing);
  }

  static ClausesView of(Party party, ArrangementClauses recorded) {
    if (recorded == null) {
      return new ClausesView(
          party.getId(),
          party.getName(),
          -1,
          Map.of(),
          null,
          null,
          null,
          ArrangementClauses.missing(null));
    }
    return new ClausesView(
        party.getId(),
        party.getName(),
        recorded.getVersion(),
        recorded.where(),
        recorded.getAmendedOn(),
        recorded.getInformatieprotocol(),
        recorded.getAdviescommissie(),
        recorded.missing());
  }

  /** Where a provision is covered; null when it is not. */
  public String whereOf(WgrClause clause) {
    return where.get(clause);
  }

  public boolean complete() {
    return missing.isEmpty();
  }
}
