package nl.verbonden.roles.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import nl.verbonden.roles.boundary.Holding;
import nl.verbonden.roles.boundary.PeopleService;
import nl.verbonden.roles.boundary.RoleService;
import nl.verbonden.roles.entity.MunicipalRole;
import nl.verbonden.roles.entity.Office;
import nl.verbonden.roles.entity.Person;
import nl.verbonden.roles.entity.PersonChange;
import nl.verbonden.roles.entity.RoleLevel;
import nl.verbonden.shared.web.Messages;

/**
 * Rollen &gt; Persoon: one person's offices (with forms to add one and to end a term), their
 * details, and which roles they hold at which parties, counted per role and level: a wethouder's
 * load at a glance; and the history of the person and their offices.
 */
@Named
@ViewScoped
public class PersonPage implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private Clock clock;

  @Inject private PeopleService people;
  @Inject private RoleService roles;

  private Long id;
  private Person person;
  private List<Holding> holdings;
  private final Map<MunicipalRole, long[]> counts = new EnumMap<>(MunicipalRole.class);
  private long regisseurOf;
  private LocalDate today;
  private List<Office> openOffices;
  private List<PersonChange> history;

  private OfficeForm office;
  private Long endingOfficeId;
  private LocalDate lastDay;

  private List<Office> successors;
  private Long handoverFromId;
  private Long handoverToId;
  private LocalDate handoverOn;

  public void load() {
    today = LocalDate.now(clock);
    person = people.find(id);
    openOffices = person.getOffices().stream().filter(o -> o.getEndDate() == null).toList();
    holdings = roles.holdings(id);
    history = people.history(id);
    counts.clear();
    for (MunicipalRole role : MunicipalRole.values()) {
      counts.put(role, new long[2]);
    }
    regisseurOf = 0;
    for (Holding h : holdings) {
      if (h.isRegisseur()) {
        regisseurOf++;
      } else {
        counts.get(h.role())[h.level().ordinal()]++;
      }
    }
    office = new OfficeForm(today);
    lastDay = today;
    successors =
        roles.offices().values().stream()
            .filter(o -> !o.getPerson().equals(person) && o.isActiveOn(today))
            .sorted(
                java.util.Comparator.comparing(
                    (Office o) -> o.getPerson().getName(), String.CASE_INSENSITIVE_ORDER))
            .toList();
    handoverOn = today;
  }

  /** Hands every role of the chosen office over to the successor, and says what changed. */
  public void handOver() {
    nl.verbonden.roles.boundary.HandoverResult result =
        roles.handOver(handoverFromId, handoverToId, handoverOn);
    String successor =
        successors.stream()
            .filter(o -> o.getId().equals(handoverToId))
            .map(o -> o.getPerson().getName())
            .findFirst()
            .orElse("");
    if (result.roles() == 0) {
      Messages.info("handover.none");
    } else {
      Messages.info("handover.done", result.roles(), successor, result.parties().size());
    }
    if (!result.newConflicts().isEmpty()) {
      Messages.add(
          null,
          jakarta.faces.application.FacesMessage.SEVERITY_WARN,
          "handover.conflicts",
          successor,
          result.newConflicts().stream()
              .map(nl.verbonden.register.entity.PartyRef::name)
              .collect(java.util.stream.Collectors.joining(", ")));
    }
    handoverFromId = null;
    handoverToId = null;
    load();
  }

  public List<Office> getSuccessors() {
    return successors;
  }

  public List<Office> getHandoverOffices() {
    return person.getOffices();
  }

  public Long getHandoverFromId() {
    return handoverFromId;
  }

  public void setHandoverFromId(Long handoverFromId) {
    this.handoverFromId = handoverFromId;
  }

  public Long getHandoverToId() {
    return handoverToId;
  }

  public void setHandoverToId(Long handoverToId) {
    this.handoverToId = handoverToId;
  }

  public LocalDate getHandoverOn() {
    return handoverOn;
  }

  public void setHandoverOn(LocalDate handoverOn) {
    this.handoverOn = handoverOn;
  }

  public void save() {
    person = people.update(person);
    history = people.history(id);
    Messages.info("person.saved", person.getName());
  }

  public void appoint() {
    people.appoint(id, office.getKind(), office.getPortfolio(), office.getStart(), office.getEnd());
    Messages.info("office.added", person.getName());
    load();
  }

  public void endOffice() {
    Office ended = people.endOffice(endingOfficeId, lastDay);
    Messages.info("office.ended", ended.label());
    load();
  }

  public long count(MunicipalRole role, RoleLevel level) {
    return counts.get(role)[level.ordinal()];
  }

  public boolean active(Office office) {
    return office.isActiveOn(today);
  }

  public List<MunicipalRole> getRoles() {
    return List.of(MunicipalRole.values());
  }

  public List<PersonChange> getHistory() {
    return history;
  }

  public List<Office> getOpenOffices() {
    return openOffices;
  }

  public Long getId() {
    return id;
  }

  public void setId(Long id) {
    this.id = id;
  }

  public Person getPerson() {
    return person;
  }

  public List<Holding> getHoldings() {
    return holdings;
  }

  public long getRegisseurOf() {
    return regisseurOf;
  }

  public Long getEndingOfficeId() {
    return endingOfficeId;
  }

  public void setEndingOfficeId(Long endingOfficeId) {
    this.endingOfficeId = endingOfficeId;
  }

  public LocalDate getLastDay() {
    return lastDay;
  }

  public void setLastDay(LocalDate lastDay) {
    this.lastDay = lastDay;
  }

  public OfficeForm getOffice() {
    return office;
  }
}
