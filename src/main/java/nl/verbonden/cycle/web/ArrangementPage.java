package nl.verbonden.cycle.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.verbonden.cycle.boundary.ArrangementCalendar;
import nl.verbonden.cycle.boundary.ClausesView;
import nl.verbonden.cycle.boundary.CycleService;
import nl.verbonden.cycle.boundary.ZienswijzeRow;
import nl.verbonden.cycle.boundary.ZienswijzeService;
import nl.verbonden.cycle.entity.CycleYear;
import nl.verbonden.cycle.entity.Deadline;
import nl.verbonden.cycle.entity.WgrClause;
import nl.verbonden.cycle.entity.Zienswijze;
import nl.verbonden.cycle.entity.ZienswijzeSubject;
import nl.verbonden.shared.web.Messages;

/**
 * Jaarcyclus &gt; one joint arrangement: record the year's dates, see each deadline with its
 * article and where the arrangement does not keep the law, and its zienswijzen with a form to open
 * a new one.
 */
@Named
@ViewScoped
public class ArrangementPage implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private Clock clock;
  @Inject private CycleService cycle;
  @Inject private ZienswijzeService zienswijzen;

  private Long partyId;
  private Integer year;
  private ArrangementCalendar calendar;
  private List<ZienswijzeRow> dossiers;

  private LocalDate kadersReceived;
  private LocalDate draftBudgetReceived;
  private LocalDate budgetMeeting;
  private LocalDate accountsMeeting;

  private ZienswijzeSubject subject;
  private String title;
  private LocalDate receivedOn;
  private LocalDate decidingMeeting;
  private String documents;

  private ClausesView clauses;

  /** Where each provision is covered, by the provision's name (as the page's inputs name it). */
  private Map<String, String> clauseWhere = new HashMap<>();

  private LocalDate amendedOn;
  private String informatieprotocol;
  private String adviescommissie;

  public void load() {
    if (year == null) {
      year = LocalDate.now(clock).getYear();
    }
    show(cycle.arrangement(partyId, year));
    showClauses(cycle.clauses(partyId));
  }

  private void showClauses(ClausesView c) {
    clauses = c;
    clauseWhere = new HashMap<>();
    c.where().forEach((clause, where) -> clauseWhere.put(clause.name(), where));
    amendedOn = c.amendedOn();
    informatieprotocol = c.informatieprotocol();
    adviescommissie = c.adviescommissie();
  }

  public void saveClauses() {
    showClauses(
        cycle.recordClauses(
            partyId, clauses.version(), where(), amendedOn, informatieprotocol, adviescommissie));
    Messages.info("clauses.saved", clauses.partyName());
  }

  private Map<WgrClause, String> where() {
    Map<WgrClause, String> where = new EnumMap<>(WgrClause.class);
    for (WgrClause clause : WgrClause.values()) {
      where.put(clause, clauseWhere.get(clause.name()));
    }
    return where;
  }

  public WgrClause[] getClauseKinds() {
    return WgrClause.values();
  }

  public ClausesView getClauses() {
    return clauses;
  }

  public Map<String, String> getClauseWhere() {
    return clauseWhere;
  }

  public LocalDate getAmendedOn() {
    return amendedOn;
  }

  public void setAmendedOn(LocalDate amendedOn) {
    this.amendedOn = amendedOn;
  }

  public String getInformatieprotocol() {
    return informatieprotocol;
  }

  public void setInformatieprotocol(String informatieprotocol) {
    this.informatieprotocol = informatieprotocol;
  }

  public String getAdviescommissie() {
    return adviescommissie;
  }

  public void setAdviescommissie(String adviescommissie) {
    this.adviescommissie = adviescommissie;
  }

  private void show(ArrangementCalendar c) {
    calendar = c;
    CycleYear r = c.recorded();
    kadersReceived = r.kadersReceived();
    draftBudgetReceived = r.draftBudgetReceived();
    budgetMeeting = r.budgetMeeting();
    accountsMeeting = r.accountsMeeting();
    dossiers = zienswijzen.ofParty(partyId);
  }

  public void save() {
    CycleYear dates =
        new CycleYear(year, kadersReceived, draftBudgetReceived, budgetMeeting, accountsMeeting);
    if (dates.equals(calendar.recorded())) {
      Messages.info("cycle.unchanged");
      return;
    }
    show(cycle.record(partyId, year, calendar.version(), dates));
    Messages.info("cycle.saved", calendar.partyName(), year.toString());
  }

  public String receive() {
    Zienswijze z =
        zienswijzen.receive(partyId, subject, title, receivedOn, decidingMeeting, documents);
    Messages.info("zienswijze.received", z.getTitle());
    return "/jaar/zienswijze?faces-redirect=true&id=" + z.getId();
  }

  public String statusKey(Deadline d) {
    return CyclePage.statusKey(d, LocalDate.now(clock));
  }

  public ZienswijzeSubject[] getSubjects() {
    return ZienswijzeSubject.values();
  }

  public Long getPartyId() {
    return partyId;
  }

  public void setPartyId(Long partyId) {
    this.partyId = partyId;
  }

  public Integer getYear() {
    return year;
  }

  public void setYear(Integer year) {
    this.year = year;
  }

  public ArrangementCalendar getCalendar() {
    return calendar;
  }

  public List<ZienswijzeRow> getDossiers() {
    return dossiers;
  }

  public LocalDate getKadersReceived() {
    return kadersReceived;
  }

  public void setKadersReceived(LocalDate kadersReceived) {
    this.kadersReceived = kadersReceived;
  }

  public LocalDate getDraftBudgetReceived() {
    return draftBudgetReceived;
  }

  public void setDraftBudgetReceived(LocalDate draftBudgetReceived) {
    this.draftBudgetReceived = draftBudgetReceived;
  }

  public LocalDate getBudgetMeeting() {
    return budgetMeeting;
  }

  public void setBudgetMeeting(LocalDate budgetMeeting) {
    this.budgetMeeting = budgetMeeting;
  }

  public LocalDate getAccountsMeeting() {
    return accountsMeeting;
  }

  public void setAccountsMeeting(LocalDate accountsMeeting) {
    this.accountsMeeting = accountsMeeting;
  }

  public ZienswijzeSubject getSubject() {
    return subject;
  }

  public void setSubject(ZienswijzeSubject subject) {
    this.subject = subject;
  }

  public String getTitle() {
    return title;
  }

  public void setTitle(String title) {
    this.title = title;
  }

  public LocalDate getReceivedOn() {
    return receivedOn;
  }

  public void setReceivedOn(LocalDate receivedOn) {
    this.receivedOn = receivedOn;
  }

  public LocalDate getDecidingMeeting() {
    return decidingMeeting;
  }

  public void setDecidingMeeting(LocalDate decidingMeeting) {
    this.decidingMeeting = decidingMeeting;
  }

  public String getDocuments() {
    return documents;
  }

  public void setDocuments(String documents) {
    this.documents = documents;
  }
}
