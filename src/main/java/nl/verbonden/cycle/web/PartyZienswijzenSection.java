package nl.verbonden.cycle.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import nl.verbonden.cycle.boundary.ZienswijzeRow;
import nl.verbonden.cycle.boundary.ZienswijzeService;

/**
 * The zienswijzen tab of the party page: the cycle component contributes it to the register's page
 * (shown for joint arrangements).
 */
@Named("partyZienswijzen")
@ViewScoped
public class PartyZienswijzenSection implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private ZienswijzeService service;

  private List<ZienswijzeRow> rows;

  /** Loads the party's dossiers (after the party page has loaded and checked the party). */
  public void load(Long partyId) {
    rows = service.ofParty(partyId);
  }

  public List<ZienswijzeRow> getRows() {
    return rows;
  }
}
