package nl.verbonden.cycle.boundary;

import java.io.Serializable;
import java.util.List;
import nl.verbonden.cycle.entity.CycleYear;
import nl.verbonden.cycle.entity.Deadline;
import nl.verbonden.register.entity.LegalForm;

/**
 * One joint arrangement's planning-and-control year: what the regisseur recorded and the deadlines
 * the law makes of it.
 *
 * @param version the version of the recorded year, -1 when nothing is recorded yet (for a
 *     stale-edit check when saving)
 */
public record ArrangementCalendar(
    Long partyId,
    String partyName,
    LegalForm legalForm,
    long version,
    CycleYear recorded,
    List<Deadline> deadlines)
    implements Serializable {

  public ArrangementCalendar {
    deadlines = List.copyOf(deadlines);
  }

  /**
   * Whether the arrangement has the Wgr budget cycle; one without (a centrumregeling, a regeling
   * zonder meer) has no deadlines, only zienswijzen on changes of the regeling.
   */
  public boolean hasBudgetCycle() {
    return legalForm.hasBudgetCycle();
  }

  /** How many of the deadlines show a breach of the law. */
  public long breachCount() {
    return deadlines.stream().filter(d -> !d.breaches().isEmpty()).count();
  }
}
