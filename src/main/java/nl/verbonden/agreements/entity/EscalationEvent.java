package nl.verbonden.agreements.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import nl.verbonden.shared.entity.TenantOwnedEntity;

/**
 * One logged step of an escalation: opened, raised or resolved, at which level, with a note (who
 * and when: audit).
 */
@Entity
@Table(name = "escalation_event")
public class EscalationEvent extends TenantOwnedEntity {

  private static final long serialVersionUID = 1L;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "escalation_id", nullable = false, updatable = false)
  private Escalation escalation;

  @Enumerated(EnumType.STRING)
  @Column(name = "event_action", nullable = false, updatable = false, length = 10)
  private EscalationAction action;

  @Column(name = "level_position", nullable = false, updatable = false)
  private int level;

  @Column(name = "note", updatable = false, length = Escalation.MAX_NOTE)
  private String note;

  protected EscalationEvent() {}

  EscalationEvent(Escalation escalation, EscalationAction action, int level, String note) {
    this.escalation = escalation;
    this.action = action;
    this.level = level;
    this.note = note == null || note.isBlank() ? null : note.strip();
  }

  public EscalationAction getAction() {
    return action;
  }

  public int getLevel() {
    return level;
  }

  public String getNote() {
    return note;
  }
}
