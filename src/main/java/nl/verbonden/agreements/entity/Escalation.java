package nl.verbonden.agreements.entity;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import nl.verbonden.roles.entity.RolePlan;
import nl.verbonden.shared.entity.DomainException;
import nl.verbonden.shared.entity.TenantOwnedEntity;

/**
 * An indicator that stayed red, taken up along the party's escalation ladder: at each level who of
 * the municipality talks to whom of the party, and by when. It is raised a level at a time and
 * resolved with a note; every step is logged.
 */
@Entity
@Table(name = "escalation")
@NamedQuery(
    name = Escalation.OPEN,
    query =
        "select e from Escalation e join fetch e.agreement a join fetch a.party join fetch e.indicator"
            + " where e.status = nl.verbonden.agreements.entity.EscalationStatus.OPEN order by e.dueBy")
@NamedQuery(
    name = Escalation.OF_AGREEMENT,
    query =
        "select e from Escalation e join fetch e.indicator where e.agreement.id = :agreement"
            + " order by e.openedOn desc")
public class Escalation extends TenantOwnedEntity {

  private static final long serialVersionUID = 1L;
  public static final String OPEN = "Escalation.open";
  public static final String OF_AGREEMENT = "Escalation.ofAgreement";
  public static final int MAX_NOTE = 2000;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "agreement_id", nullable = false)
  private Agreement agreement;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "indicator_id", nullable = false)
  private Indicator indicator;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 10)
  private EscalationStatus status = EscalationStatus.OPEN;

  /** The ladder level it is at, 1 first. */
  @Column(name = "level_position", nullable = false)
  private int level;

  @Column(name = "level_name", nullable = false, length = RolePlan.MAX_NAME)
  private String levelName;

  @Column(name = "our_side", nullable = false, length = RolePlan.MAX_NAME)
  private String ourSide;

  @Column(name = "their_side", nullable = false, length = RolePlan.MAX_NAME)
  private String theirSide;

  @Column(name = "opened_on", nullable = false)
  private LocalDate openedOn;

  @Column(name = "due_by", nullable = false)
  private LocalDate dueBy;

  @Column(name = "resolved_on")
  private LocalDate resolvedOn;

  @Column(name = "resolution", length = MAX_NOTE)
  private String resolution;

  @OneToMany(mappedBy = "escalation", cascade = CascadeType.ALL)
  @OrderBy("createdAt")
  private List<EscalationEvent> events = new ArrayList<>();

  protected Escalation() {}

  /**
   * Opens an escalation at the first level of the ladder.
   *
   * @throws DomainException when the party has no escalation ladder
   */
  public static Escalation open(
      Indicator indicator, List<RolePlan.Step> ladder, LocalDate today, String why) {
    if (ladder.isEmpty()) {
      throw new DomainException("verbonden.escalation.noLadder", null, indicator.getName());
    }
    Escalation escalation = new Escalation();
    escalation.agreement = indicator.getAgreement();
    escalation.indicator = indicator;
    escalation.openedOn = today;
    escalation.moveTo(1, ladder.get(0), today);
    escalation.log(EscalationAction.OPENED, why);
    return escalation;
  }

  /**
   * Takes the escalation to the next level of the ladder.
   *
   * @throws DomainException when it is resolved, or already at the top of the ladder
   */
  public void raise(List<RolePlan.Step> ladder, LocalDate today, String note) {
    requireOpen();
    checkNote(note);
    if (level >= ladder.size()) {
      throw new DomainException("verbonden.escalation.top", null, level);
    }
    moveTo(level + 1, ladder.get(level), today);
    log(EscalationAction.RAISED, note);
  }

  /**
   * Closes the escalation with what was agreed.
   *
   * @throws DomainException on field {@code oplossing} when the note is empty or too long, or when
   *     it is resolved
   */
  public void resolve(LocalDate today, String note) {
    requireOpen();
    String cleaned = note == null || note.isBlank() ? null : note.strip();
    if (cleaned == null) {
      throw new DomainException("verbonden.escalation.noteRequired", "oplossing");
    }
    if (cleaned.length() > MAX_NOTE) {
      throw new DomainException("validation.tooLong", "oplossing", MAX_NOTE);
    }
    status = EscalationStatus.RESOLVED;
    resolvedOn = today;
    resolution = cleaned;
    log(EscalationAction.RESOLVED, cleaned);
  }

  public boolean isOverdue(LocalDate today) {
    return status == EscalationStatus.OPEN && dueBy.isBefore(today);
  }

  private void requireOpen() {
    if (status != EscalationStatus.OPEN) {
      throw new DomainException("verbonden.escalation.closed", null);
    }
  }

  private void moveTo(int position, RolePlan.Step step, LocalDate today) {
    level = position;
    levelName = step.getName();
    ourSide = step.getOurSide();
    theirSide = step.getTheirSide();
    dueBy = today.plusDays(step.getWithinDays());
  }

  /**
   * Logs a step with its note; every note (opening, raising, resolving) has at most {@value
   * #MAX_NOTE} characters.
   */
  private void log(EscalationAction action, String note) {
    checkNote(note);
    events.add(new EscalationEvent(this, action, level, note));
  }

  private static void checkNote(String note) {
    if (note != null && note.length() > MAX_NOTE) {
      throw new DomainException("validation.tooLong", "oplossing", MAX_NOTE);
    }
  }

  public Agreement getAgreement() {
    return agreement;
  }

  public Indicator getIndicator() {
    return indicator;
  }

  public EscalationStatus getStatus() {
    return status;
  }

  public int getLevel() {
    return level;
  }

  public String getLevelName() {
    return levelName;
  }

  public String getOurSide() {
    return ourSide;
  }

  public String getTheirSide() {
    return theirSide;
  }

  public LocalDate getOpenedOn() {
    return openedOn;
  }

  public LocalDate getDueBy() {
    return dueBy;
  }

  public LocalDate getResolvedOn() {
    return resolvedOn;
  }

  public String getResolution() {
    return resolution;
  }

  public List<EscalationEvent> getEvents() {
    return Collections.unmodifiableList(events);
  }
}
