package nl.verbonden.positioning.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.LocalDate;
import nl.verbonden.shared.entity.TenantOwnedEntity;

/**
 * A line of a question's history: the status it went from and to, on which day, why; who did it is
 * the row's creator. Never changed or removed.
 */
@Entity
@Table(name = "positioning_status_change")
public class StatusChange extends TenantOwnedEntity {

  private static final long serialVersionUID = 1L;
  public static final int MAX_NOTE = 2000;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "question_id", nullable = false, updatable = false)
  private PositioningQuestion question;

  @Enumerated(EnumType.STRING)
  @Column(name = "from_status", length = 20, updatable = false)
  private QuestionStatus from;

  @Enumerated(EnumType.STRING)
  @Column(name = "to_status", nullable = false, length = 20, updatable = false)
  private QuestionStatus to;

  @Column(name = "changed_on", nullable = false, updatable = false)
  private LocalDate on;

  @Column(name = "note", length = MAX_NOTE, updatable = false)
  private String note;

  protected StatusChange() {}

  StatusChange(
      PositioningQuestion question,
      QuestionStatus from,
      QuestionStatus to,
      LocalDate on,
      String note) {
    this.question = question;
    this.from = from;
    this.to = to;
    this.on = on;
    this.note = note;
  }

  public QuestionStatus getFrom() {
    return from;
  }

  public QuestionStatus getTo() {
    return to;
  }

  public LocalDate getOn() {
    return on;
  }

  public String getNote() {
    return note;
  }
}
