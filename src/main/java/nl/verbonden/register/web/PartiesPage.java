package nl.verbonden.register.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import nl.verbonden.register.boundary.PartyService;
import nl.verbonden.register.control.PartyFilter;
import nl.verbonden.register.entity.BbvGroup;
import nl.verbonden.register.entity.LegalForm;
import nl.verbonden.register.entity.MonitoringRegime;
import nl.verbonden.register.entity.PolicyDomain;

/**
 * Register: the parties of the caller's municipality, filtered, sorted and paged in the database.
 */
@Named
@ViewScoped
public class PartiesPage implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private Clock clock;

  @Inject private PartyService service;
  @Inject private ConflictMarks roles;

  private final PartyFilter filter = new PartyFilter();
  private PartyListModel parties;
  private long overdue;

  /** From the link on the start page: only the parties whose risk assessment is overdue. */
  private boolean overdueOnly;

  private java.time.LocalDate today;

  @PostConstruct
  void init() {
    parties = new PartyListModel(service, roles, filter);
  }

  public void load() {
    filter.setOverdueOnly(overdueOnly);
    overdue = service.countOverdue();
    today = LocalDate.now(clock);
  }

  /** After a filter changed: back to the first page of the table. */
  public void filtered() {
    jakarta.faces.component.UIComponent table =
        jakarta.faces.context.FacesContext.getCurrentInstance()
            .getViewRoot()
            .findComponent("lijst:partijen");
    if (table instanceof org.primefaces.component.datatable.DataTable dataTable) {
      dataTable.setFirst(0);
    }
  }

  public java.time.LocalDate getToday() {
    return today;
  }

  public PartyFilter getFilter() {
    return filter;
  }

  public PartyListModel getParties() {
    return parties;
  }

  public long getOverdue() {
    return overdue;
  }

  public boolean isOverdueOnly() {
    return overdueOnly;
  }

  public void setOverdueOnly(boolean overdueOnly) {
    this.overdueOnly = overdueOnly;
  }

  public BbvGroup[] getGroups() {
    return BbvGroup.values();
  }

  public LegalForm[] getLegalForms() {
    return LegalForm.values();
  }

  public PolicyDomain[] getDomains() {
    return PolicyDomain.values();
  }

  public MonitoringRegime[] getRegimes() {
    return MonitoringRegime.values();
  }

  public PartyFilter.Status[] getStatuses() {
    return PartyFilter.Status.values();
  }

  public List<Boolean> getYesNo() {
    return List.of(Boolean.TRUE, Boolean.FALSE);
  }
}
