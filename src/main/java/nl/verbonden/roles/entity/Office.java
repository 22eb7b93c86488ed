package nl.verbonden.roles.entity;

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
import java.util.Objects;
import nl.verbonden.shared.entity.DomainException;
import nl.verbonden.shared.entity.TenantOwnedEntity;

/**
 * A person's office for a term: wethouder with a portfolio, burgemeester, or a civil servant's
 * function. Roles towards parties are held by offices, so that a holder whose term has ended shows
 * up as a gap (colleges change; the role does not pass to the successor by itself).
 */
@Entity
@Table(name = "office")
@NamedQuery(
    name = Office.ALL,
    query = "select o from Office o join fetch o.person order by o.person.name, o.startDate desc")
public class Office extends TenantOwnedEntity {

  private static final long serialVersionUID = 1L;
  public static final String ALL = "Office.all";
  public static final int MAX_PORTFOLIO = 300;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "person_id", nullable = false)
  private Person person;

  @Enumerated(EnumType.STRING)
  @Column(name = "kind", nullable = false, length = 20)
  private OfficeKind kind;

  @Column(name = "portfolio", length = MAX_PORTFOLIO)
  private String portfolio;

  @Column(name = "start_date", nullable = false)
  private LocalDate startDate;

  @Column(name = "end_date")
  private LocalDate endDate;

  protected Office() {}

  /**
   * @throws DomainException on the field that is wrong: no kind, no start, a wethouder without
   *     portfolio, a portfolio that is too long, or an end before the start
   */
  Office(Person person, OfficeKind kind, String portfolio, LocalDate start, LocalDate end) {
    if (kind == null) {
      throw new DomainException("validation.required", "functieSoort");
    }
    String cleaned = portfolio == null || portfolio.isBlank() ? null : portfolio.strip();
    if (kind.needsPortfolio() && cleaned == null) {
      throw new DomainException("verbonden.office.portfolio", "functiePortefeuille");
    }
    if (cleaned != null && cleaned.length() > MAX_PORTFOLIO) {
      throw new DomainException("validation.tooLong", "functiePortefeuille", MAX_PORTFOLIO);
    }
    if (start == null) {
      throw new DomainException("validation.required", "functieStart");
    }
    if (end != null && end.isBefore(start)) {
      throw new DomainException("verbonden.office.endBeforeStart", "functieEinde");
    }
    this.person = person;
    this.kind = kind;
    this.portfolio = cleaned;
    this.startDate = start;
    this.endDate = end;
  }

  /**
   * Ends the term on the given day (the last day in office).
   *
   * @throws DomainException when the term already ended or the day lies before its start
   */
  public void end(LocalDate lastDay) {
    if (lastDay == null) {
      throw new DomainException("validation.required", "functieEinde");
    }
    if (endDate != null) {
      throw new DomainException("verbonden.office.alreadyEnded", "functieEinde");
    }
    if (lastDay.isBefore(startDate)) {
      throw new DomainException("verbonden.office.endBeforeStart", "functieEinde");
    }
    this.endDate = lastDay;
  }

  public RoleLevel level() {
    return kind.level();
  }

  /**
   * In office on that day: started, and not ended before it (the end date is the last day in
   * office).
   */
  public boolean isActiveOn(LocalDate day) {
    return !startDate.isAfter(day) && (endDate == null || !endDate.isBefore(day));
  }

  /** The term is over on that day. */
  public boolean hasEndedBy(LocalDate day) {
    return endDate != null && endDate.isBefore(day);
  }

  boolean overlaps(Office other) {
    boolean startsBeforeOtherEnds = other.endDate == null || !startDate.isAfter(other.endDate);
    boolean endsAfterOtherStarts = endDate == null || !endDate.isBefore(other.startDate);
    return startsBeforeOtherEnds && endsAfterOtherStarts;
  }

  boolean sameMatterAs(Office other) {
    return Objects.equals(
        portfolio == null ? null : portfolio.toLowerCase(java.util.Locale.ROOT),
        other.portfolio == null ? null : other.portfolio.toLowerCase(java.util.Locale.ROOT));
  }

  /** "Name (portfolio)" or just the name: how the office appears in the lists of a role. */
  public String label() {
    return portfolio == null ? person.getName() : person.getName() + " (" + portfolio + ")";
  }

  public Person getPerson() {
    return person;
  }

  public OfficeKind getKind() {
    return kind;
  }

  public String getPortfolio() {
    return portfolio;
  }

  public LocalDate getStartDate() {
    return startDate;
  }

  public LocalDate getEndDate() {
    return endDate;
  }

  @Override
  public String toString() {
    return label();
  }
}
