package nl.verbonden.cycle.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.LocalDate;
import nl.verbonden.register.entity.Party;
import nl.verbonden.shared.entity.DomainException;
import nl.verbonden.shared.entity.TenantOwnedEntity;

/**
 * What the regisseur recorded of one joint arrangement's planning-and-control year: when the
 * documents arrived and when its algemeen bestuur adopts the budget and the accounts. One per party
 * and year; {@link #cycle()} hands it to the {@link WgrCalendar}.
 */
@Entity
@Table(name = "arrangement_year")
@NamedQuery(
    name = ArrangementYear.OF_YEAR,
    query = "select y from ArrangementYear y where y.year = :year")
@NamedQuery(
    name = ArrangementYear.OF_PARTY_YEAR,
    query = "select y from ArrangementYear y where y.party.id = :party and y.year = :year")
public class ArrangementYear extends TenantOwnedEntity {

  private static final long serialVersionUID = 1L;
  public static final String OF_YEAR = "ArrangementYear.ofYear";
  public static final String OF_PARTY_YEAR = "ArrangementYear.ofPartyYear";

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "party_id", nullable = false, updatable = false)
  private Party party;

  @Column(name = "cycle_year", nullable = false, updatable = false)
  private int year;

  @Column(name = "kaders_received")
  private LocalDate kadersReceived;

  @Column(name = "draft_budget_received")
  private LocalDate draftBudgetReceived;

  @Column(name = "budget_meeting")
  private LocalDate budgetMeeting;

  @Column(name = "accounts_meeting")
  private LocalDate accountsMeeting;

  protected ArrangementYear() {}

  public ArrangementYear(Party party, int year) {
    this.party = party;
    this.year = year;
  }

  /**
   * Takes the recorded dates over from {@code dates} (its year is not used). Meetings may be
   * planned ahead; a document cannot have arrived after today.
   *
   * @throws DomainException at the field of a date of receipt after {@code today}
   */
  public void record(CycleYear dates, LocalDate today) {
    if (dates.kadersReceived() != null && dates.kadersReceived().isAfter(today)) {
      throw new DomainException("cycle.received.future", "kaders");
    }
    if (dates.draftBudgetReceived() != null && dates.draftBudgetReceived().isAfter(today)) {
      throw new DomainException("cycle.received.future", "ontwerpbegroting");
    }
    this.kadersReceived = dates.kadersReceived();
    this.draftBudgetReceived = dates.draftBudgetReceived();
    this.budgetMeeting = dates.budgetMeeting();
    this.accountsMeeting = dates.accountsMeeting();
  }

  /** The recorded dates, for the calendar. */
  public CycleYear cycle() {
    return new CycleYear(year, kadersReceived, draftBudgetReceived, budgetMeeting, accountsMeeting);
  }

  public Party getParty() {
    return party;
  }

  public Long getPartyId() {
    return party.getId();
  }

  public int getYear() {
    return year;
  }
}
