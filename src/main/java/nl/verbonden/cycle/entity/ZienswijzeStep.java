package nl.verbonden.cycle.entity;

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

/** One step of a zienswijze dossier: the status it reached, on which day, with a note. */
@Entity
@Table(name = "zienswijze_step")
public class ZienswijzeStep extends TenantOwnedEntity {

  private static final long serialVersionUID = 1L;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "zienswijze_id", nullable = false, updatable = false)
  private Zienswijze zienswijze;

  @Enumerated(EnumType.STRING)
  @Column(name = "status", nullable = false, updatable = false, length = 20)
  private ZienswijzeStatus status;

  @Column(name = "step_on", nullable = false, updatable = false)
  private LocalDate on;

  @Column(name = "note", updatable = false, length = Zienswijze.MAX_TEXT)
  private String note;

  protected ZienswijzeStep() {}

  ZienswijzeStep(Zienswijze zienswijze, ZienswijzeStatus status, LocalDate on, String note) {
    this.zienswijze = zienswijze;
    this.status = status;
    this.on = on;
    this.note = note;
  }

  public ZienswijzeStatus getStatus() {
    return status;
  }

  public LocalDate getOn() {
    return on;
  }

  public String getNote() {
    return note;
  }
}
