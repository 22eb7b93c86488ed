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
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import nl.verbonden.register.entity.Party;
import nl.verbonden.shared.entity.DomainException;
import nl.verbonden.shared.entity.TenantOwnedEntity;

/**
 * A dienstverleningsovereenkomst (service-level agreement) between the municipality and a party:
 * what is agreed for a period, under which steering instrument, for which annual budget, measured
 * by its indicators and reported at a frequency. An indicator that is red for {@link
 * #getEscalateAfter()} consecutive periods opens an escalation.
 */
@Entity
@Table(name = "agreement")
@NamedQuery(
    name = Agreement.ALL,
    query = "select a from Agreement a join fetch a.party order by a.endDate, a.title")
@NamedQuery(
    name = Agreement.OF_PARTY,
    query = "select a from Agreement a where a.party.id = :party order by a.endDate desc")
public class Agreement extends TenantOwnedEntity {

  private static final long serialVersionUID = 1L;
  public static final String ALL = "Agreement.all";
  public static final String OF_PARTY = "Agreement.ofParty";

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "party_id", nullable = false)
  private Party party;

  @NotBlank
  @Size(max = 200)
  @Column(nullable = false, length = 200)
  private String title;

  @NotNull
  @Column(name = "start_date", nullable = false)
  private LocalDate startDate;

  @NotNull
  @Column(name = "end_date", nullable = false)
  private LocalDate endDate;

  @NotNull
  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20)
  private AgreementStatus status = AgreementStatus.CONCEPT;

  @NotNull
  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 40)
  private SteeringInstrument instrument = SteeringInstrument.KLASSIEK_SUBSIDIEREN;

  @DecimalMin("0.00")
  @Digits(integer = 13, fraction = 2)
  @Column(name = "annual_budget", precision = 15, scale = 2)
  private BigDecimal annualBudget;

  @NotNull
  @Enumerated(EnumType.STRING)
  @Column(name = "reporting_frequency", nullable = false, length = 20)
  private Frequency reportingFrequency = Frequency.KWARTAAL;

  /** References of the attached documents (file names, zaak numbers, links), one per line. */
  @Size(max = 2000)
  @Column(length = 2000)
  private String documents;

  @Min(1)
  @Max(12)
  @Column(name = "escalate_after", nullable = false)
  private int escalateAfter = 2;

  @OneToMany(mappedBy = "agreement", cascade = CascadeType.ALL, orphanRemoval = true)
  @OrderBy("name")
  private List<Indicator> indicators = new ArrayList<>();

  /** A new agreement, to be filled in by a form. */
  public Agreement() {}

  public Agreement(
      Party party, String title, LocalDate start, LocalDate end, SteeringInstrument instrument) {
    this.party = party;
    this.title = title;
    this.startDate = start;
    this.endDate = end;
    this.instrument = instrument;
  }

  /** The status as shown: an active agreement whose end date has passed is VERLOPEN. */
  public AgreementStatus statusOn(LocalDate day) {
    return status == AgreementStatus.ACTIEF && endDate.isBefore(day)
        ? AgreementStatus.VERLOPEN
        : status;
  }

  /**
   * Whether the agreement is active on the day and ends within the number of days after it: from
   * the day itself up to and including the day {@code days} later. An agreement that ended before
   * the day is VERLOPEN, not ending.
   */
  public boolean endsWithin(LocalDate day, int days) {
    return statusOn(day) == AgreementStatus.ACTIEF && !endDate.isAfter(day.plusDays(days));
  }

  /**
   * @throws DomainException on field {@code einddatum} when the agreement ends before it starts, or
   *     {@code status} when VERLOPEN is chosen (it follows from the dates)
   */
  public void check() {
    if (endDate.isBefore(startDate)) {
      throw new DomainException("verbonden.agreement.endBeforeStart", "einddatum");
    }
    if (status == AgreementStatus.VERLOPEN) {
      throw new DomainException("verbonden.agreement.expiredIsDerived", "status");
    }
  }

  /**
   * Whether a period lies inside the agreement: it starts on or after the agreement's start and
   * ends on or before its end.
   */
  public boolean covers(Period period) {
    return covers(startDate, endDate, period);
  }

  /** Whether a period lies inside an agreement from start to end (both days included). */
  public static boolean covers(LocalDate start, LocalDate end, Period period) {
    return !period.start().isBefore(start) && !period.end().isAfter(end);
  }

  /**
   * Adds an indicator after checking its thresholds and that its name is new in this agreement.
   *
   * @throws DomainException at the field that is wrong
   */
  public Indicator addIndicator(Indicator indicator) {
    indicator.checkThresholds();
    checkNameFree(indicator.getName(), indicator);
    indicator.belongTo(this);
    indicators.add(indicator);
    return indicator;
  }

  /**
   * @throws DomainException on field {@code indicatorNaam} when another indicator has that name
   */
  public void checkNameFree(String name, Indicator own) {
    for (Indicator other : indicators) {
      if (other != own
          && other.getName().equalsIgnoreCase(name == null ? "" : name.strip())
          && (own == null || own.getId() == null || !own.getId().equals(other.getId()))) {
        throw new DomainException("verbonden.indicator.duplicate", "indicatorNaam", name);
      }
    }
  }

  /** Takes over what a person edited in the agreement form. */
  public void copyEditableFrom(Agreement edited) {
    title = edited.title == null ? null : edited.title.strip();
    startDate = edited.startDate;
    endDate = edited.endDate;
    status = edited.status;
    instrument = edited.instrument;
    annualBudget = edited.annualBudget;
    reportingFrequency = edited.reportingFrequency;
    documents =
        edited.documents == null || edited.documents.isBlank() ? null : edited.documents.strip();
    escalateAfter = edited.escalateAfter;
  }

  /** The references of the attached documents, one per line. */
  public List<String> documentList() {
    return documents == null
        ? List.of()
        : documents.lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
  }

  public Party getParty() {
    return party;
  }

  public void setParty(Party party) {
    this.party = party;
  }

  public String getTitle() {
    return title;
  }

  public void setTitle(String title) {
    this.title = title;
  }

  public LocalDate getStartDate() {
    return startDate;
  }

  public void setStartDate(LocalDate startDate) {
    this.startDate = startDate;
  }

  public LocalDate getEndDate() {
    return endDate;
  }

  public void setEndDate(LocalDate endDate) {
    this.endDate = endDate;
  }

  public AgreementStatus getStatus() {
    return status;
  }

  public void setStatus(AgreementStatus status) {
    this.status = status;
  }

  public SteeringInstrument getInstrument() {
    return instrument;
  }

  public void setInstrument(SteeringInstrument instrument) {
    this.instrument = instrument;
  }

  public BigDecimal getAnnualBudget() {
    return annualBudget;
  }

  public void setAnnualBudget(BigDecimal annualBudget) {
    this.annualBudget = annualBudget;
  }

  public Frequency getReportingFrequency() {
    return reportingFrequency;
  }

  public void setReportingFrequency(Frequency reportingFrequency) {
    this.reportingFrequency = reportingFrequency;
  }

  public String getDocuments() {
    return documents;
  }

  public void setDocuments(String documents) {
    this.documents = documents;
  }

  public int getEscalateAfter() {
    return escalateAfter;
  }

  public void setEscalateAfter(int escalateAfter) {
    this.escalateAfter = escalateAfter;
  }

  public List<Indicator> getIndicators() {
    return Collections.unmodifiableList(indicators);
  }
}
