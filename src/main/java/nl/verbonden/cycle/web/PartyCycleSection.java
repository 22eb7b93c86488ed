package nl.verbonden.cycle.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import nl.verbonden.cycle.boundary.ClausesView;
import nl.verbonden.cycle.boundary.CycleService;
import nl.verbonden.register.boundary.PartyService;

/**
 * The governance-year part of the party page's zienswijzen tab, for a joint arrangement: which of
 * the provisions the Wgr requires its regeling lacks. The cycle component contributes it to the
 * register's page (the register sits below cycle and does not know it); the page loads it after the
 * party, with the same id.
 */
@Named("partyCycle")
@ViewScoped
public class PartyCycleSection implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private PartyService parties;
  @Inject private CycleService cycle;

  private boolean arrangement;
  private ClausesView clauses;

  /** Loads the section for the party (after the party page has loaded and checked it). */
  public void load(Long partyId) {
    arrangement = parties.find(partyId).getLegalForm().isJointArrangement();
    if (arrangement) {
      clauses = cycle.clauses(partyId);
    }
  }

  public boolean isArrangement() {
    return arrangement;
  }

  public ClausesView getClauses() {
    return clauses;
  }
}
