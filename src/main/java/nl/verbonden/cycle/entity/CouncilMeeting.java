package nl.verbonden.cycle.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import nl.verbonden.shared.entity.TenantOwnedEntity;

/**
 * A meeting of the municipality's council: the days on which the council can decide on a
 * zienswijze. One per day.
 */
@Entity
@Table(name = "council_meeting")
@NamedQuery(
    name = CouncilMeeting.BETWEEN,
    query =
        "select m from CouncilMeeting m where m.date >= :from and m.date <= :to order by m.date")
@NamedQuery(name = CouncilMeeting.ON, query = "select m from CouncilMeeting m where m.date = :date")
public class CouncilMeeting extends TenantOwnedEntity {

  private static final long serialVersionUID = 1L;
  public static final String BETWEEN = "CouncilMeeting.between";
  public static final String ON = "CouncilMeeting.on";

  @NotNull
  @Column(name = "meeting_date", nullable = false)
  private LocalDate date;

  @Size(max = 200)
  @Column(length = 200)
  private String note;

  protected CouncilMeeting() {}

  public CouncilMeeting(LocalDate date, String note) {
    this.date = date;
    this.note = note == null || note.isBlank() ? null : note.strip();
  }

  public LocalDate getDate() {
    return date;
  }

  public String getNote() {
    return note;
  }
}
