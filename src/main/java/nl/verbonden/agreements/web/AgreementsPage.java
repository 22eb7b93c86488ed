package nl.verbonden.agreements.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import nl.verbonden.agreements.boundary.AgreementDashboardService;
import nl.verbonden.agreements.boundary.Dashboard;

/**
 * DVO's: what needs attention (open escalations, agreements ending within 90 days, overdue
 * measurements) and every agreement of the municipality.
 */
@Named
@ViewScoped
public class AgreementsPage implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private AgreementDashboardService service;

  private Dashboard dashboard;

  public void load() {
    dashboard = service.dashboard();
  }

  public Dashboard getDashboard() {
    return dashboard;
  }
}
