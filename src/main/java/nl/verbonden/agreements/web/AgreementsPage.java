package nl.verbonden.agreements.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import nl.verbonden.agreements.boundary.AgreementService;
import nl.verbonden.agreements.boundary.Dashboard;
import nl.verbonden.agreements.entity.Agreement;
import nl.verbonden.agreements.entity.AgreementStatus;
import nl.verbonden.shared.control.Today;

/**
 * DVO's: what needs attention (open escalations, agreements ending within 90 days, overdue measurements) and every
 * agreement of the municipality.
 */
@Named
@ViewScoped
public class AgreementsPage implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private AgreementService service;

  private Dashboard dashboard;
  private List<Agreement> agreements;
  private LocalDate today;

  public void load() {
    today = Today.date();
    dashboard = service.dashboard();
    agreements = service.list();
  }

  public AgreementStatus status(Agreement agreement) {
    return agreement.statusOn(today);
  }

  public boolean overdue(nl.verbonden.agreements.entity.Escalation escalation) {
    return escalation.isOverdue(today);
  }

  public Dashboard getDashboard() {
    return dashboard;
  }

  public List<Agreement> getAgreements() {
    return agreements;
  }
}
