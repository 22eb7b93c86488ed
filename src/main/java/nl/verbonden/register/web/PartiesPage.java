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
import nl.verbonden.shared.control.SpreadsheetCsv;
import nl.verbonden.shared.web.Messages;

/**
 * Register: the parties of the caller's municipality, filtered, sorted and paged in the database.
 */
@Named
@ViewScoped
public class PartiesPage implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private Clock clock;

  @Inject private PartyService service;
  @Inject private Labels labels;
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

  /**
   * The list as the filter shows it, all pages, as a CSV file that Dutch Excel opens in columns
   * ({@link SpreadsheetCsv}): the same columns and texts as the table.
   */
  public void exportCsv() throws java.io.IOException {
    List<String> header =
        List.of(
            "party.name",
            "party.legalForm",
            "party.bbvGroup",
            "party.seat",
            "party.domains",
            "party.verbondenPartij",
            "risk.regime",
            "risk.reassessBy",
            "party.endDate");
    List<List<String>> rows =
        service.all(filter).stream()
            .map(
                p ->
                    java.util.Arrays.asList(
                        p.getName(),
                        labels.of(p.getLegalForm()),
                        labels.of(p.getBbvGroup()),
                        p.getSeat(),
                        labels.of(p.getDomains()),
                        labels.of(p.isVerbondenPartij()),
                        labels.of(p.getRisk() == null ? null : p.getRisk().getRegime()),
                        labels.date(p.getRisk() == null ? null : p.getRisk().getReassessBy()),
                        labels.date(p.getEndDate())))
            .toList();
    byte[] file =
        SpreadsheetCsv.write(header.stream().map(key -> Messages.text(key)).toList(), rows);
    jakarta.faces.context.FacesContext context =
        jakarta.faces.context.FacesContext.getCurrentInstance();
    jakarta.faces.context.ExternalContext external = context.getExternalContext();
    external.responseReset();
    external.setResponseContentType("text/csv; charset=UTF-8");
    external.setResponseHeader("Content-Disposition", "attachment; filename=\"register.csv\"");
    external.setResponseContentLength(file.length);
    external.getResponseOutputStream().write(file);
    context.responseComplete();
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
