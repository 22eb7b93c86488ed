package nl.verbonden.agreements.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import nl.verbonden.agreements.boundary.AgreementDashboardService;
import nl.verbonden.agreements.boundary.Dashboard;

/**
 * The agreements tab of the party page: the agreements component contributes it to the register's
 * page, as the roles component contributes the roles tab. Plain rows with their lights.
 */
@Named("partyAgreements")
@ViewScoped
public class PartyAgreementsSection implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private AgreementDashboardService service;

  private List<Dashboard.AgreementRow> agreements;

  /** Loads the party's agreements (after the party page has loaded and checked the party). */
  public void load(Long partyId) {
    agreements = service.ofParty(partyId);
  }

  public List<Dashboard.AgreementRow> getAgreements() {
    return agreements;
  }
}
