package nl.verbonden.positioning.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.LocalDate;
import nl.verbonden.shared.entity.DomainException;
import nl.verbonden.shared.entity.TenantOwnedEntity;

/**
 * A step of the planning (wat, wanneer, status), as the report's table: what, by which day, and, as
 * the report writes it, a period in words ("Mei/juni"). Overdue when its day has passed and it is
 * not done.
 */
@Entity
@Table(name = "positioning_milestone")
@NamedQuery(
    name = Milestone.OPEN_DUE_BEFORE,
    query =
        "select m from Milestone m join fetch m.question where m.status <>"
            + " nl.verbonden.positioning.entity.MilestoneStatus.GEREED and m.due < :day"
            + " order by m.due")
public class Milestone extends TenantOwnedEntity {

  private static final long serialVersionUID = 1L;
  public static final String OPEN_DUE_BEFORE = "Milestone.openDueBefore";
  public static final int MAX_WHAT = 300;
  public static final int MAX_WHEN = 100;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "question_id", nullable = false, updatable = false)
  private PositioningQuestion question;

  @Column(name = "what", nullable = false, length = MAX_WHAT)
  private String what;

  @Column(name = "due", nullable = false)
  private LocalDate due;

  @Column(name = "when_text", length = MAX_WHEN)
  private String whenText;

  @Enumerated(EnumType.STRING)
  @Column(name = "status", nullable = false, length = 10)
  private MilestoneStatus status = MilestoneStatus.GEPLAND;

  protected Milestone() {}

  Milestone(PositioningQuestion question) {
    this.question = question;
  }

  /**
   * @throws DomainException at the field that is wrong: no what or day, a text too long
   */
  public void plan(String what, LocalDate due, String whenText, MilestoneStatus status) {
    String w = Texts.required(what, MAX_WHAT, "wat");
    String text = Texts.optional(whenText, MAX_WHEN, "wanneerTekst");
    if (due == null) {
      throw new DomainException("validation.required", "wanneer");
    }
    this.what = w;
    this.due = due;
    this.whenText = text;
    this.status = status == null ? MilestoneStatus.GEPLAND : status;
  }

  public void mark(MilestoneStatus status) {
    if (status == null) {
      throw new DomainException("validation.required", "status");
    }
    this.status = status;
  }

  /** Its day has passed (before {@code today}) and it is not done. */
  public boolean overdue(LocalDate today) {
    return status != MilestoneStatus.GEREED && due.isBefore(today);
  }

  /** The "wanneer" as the planning shows it: the words if given, else the day. */
  public String when(java.util.function.Function<LocalDate, String> dateText) {
    return whenText != null ? whenText : dateText.apply(due);
  }

  public PositioningQuestion getQuestion() {
    return question;
  }

  public String getWhat() {
    return what;
  }

  public LocalDate getDue() {
    return due;
  }

  public String getWhenText() {
    return whenText;
  }

  public MilestoneStatus getStatus() {
    return status;
  }
}
