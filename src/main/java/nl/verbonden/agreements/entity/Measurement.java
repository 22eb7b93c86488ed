package nl.verbonden.agreements.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;
import nl.verbonden.shared.entity.TenantOwnedEntity;

/**
 * The value of an indicator in one period, with its source and a comment. One per indicator and
 * period; a correction changes it and leaves a {@link MeasurementChange} with the earlier value.
 */
@Entity
@Table(name = "measurement")
@NamedQuery(
    name = Measurement.OF_AGREEMENT,
    query =
        "select m from Measurement m join fetch m.indicator i where i.agreement.id = :agreement"
            + " order by i.name, m.periodStart")
@NamedQuery(
    name = Measurement.LATEST_OF_ACTIVE_AGREEMENTS,
    query =
        "select m from Measurement m join fetch m.indicator i where i.agreement.status ="
            + " nl.verbonden.agreements.entity.AgreementStatus.ACTIEF and m.periodStart ="
            + " (select max(n.periodStart) from Measurement n where n.indicator = i)")
public class Measurement extends TenantOwnedEntity {

  private static final long serialVersionUID = 1L;
  public static final String OF_AGREEMENT = "Measurement.ofAgreement";

  /** The latest measurement of each indicator of the active agreements: one row per indicator. */
  public static final String LATEST_OF_ACTIVE_AGREEMENTS = "Measurement.latestOfActiveAgreements";

  public static final int MAX_TEXT = 500;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "indicator_id", nullable = false)
  private Indicator indicator;

  @Column(name = "period_code", nullable = false, length = 10)
  private String periodCode;

  /** The period's first day, for ordering and filtering in the database. */
  @Column(name = "period_start", nullable = false)
  private LocalDate periodStart;

  @Column(name = "measured_value", nullable = false, precision = 15, scale = 2)
  private BigDecimal value;

  @Column(name = "source", length = MAX_TEXT)
  private String source;

  @Column(name = "comment_text", length = MAX_TEXT)
  private String comment;

  protected Measurement() {}

  public Measurement(
      Indicator indicator, Period period, BigDecimal value, String source, String comment) {
    this.indicator = indicator;
    this.periodCode = period.code();
    this.periodStart = period.start();
    this.value = value;
    this.source = clean(source);
    this.comment = clean(comment);
  }

  /** Whether a new reading differs from this one (value compared by number, texts stripped). */
  public boolean differsFrom(BigDecimal newValue, String newSource, String newComment) {
    return value.compareTo(newValue) != 0
        || !Objects.equals(source, clean(newSource))
        || !Objects.equals(comment, clean(newComment));
  }

  /** Corrects the reading; returns the change to keep in the history. */
  public MeasurementChange correct(BigDecimal newValue, String newSource, String newComment) {
    MeasurementChange change =
        new MeasurementChange(this, value, newValue, source, clean(newSource));
    value = newValue;
    source = clean(newSource);
    comment = clean(newComment);
    return change;
  }

  /** The light by the thresholds that held in the measurement's period. */
  public TrafficLight light() {
    return indicator.light(period(), value);
  }

  public Period period() {
    return Period.parse(periodCode);
  }

  private static String clean(String text) {
    return text == null || text.isBlank() ? null : text.strip();
  }

  public Indicator getIndicator() {
    return indicator;
  }

  public String getPeriodCode() {
    return periodCode;
  }

  public LocalDate getPeriodStart() {
    return periodStart;
  }

  public BigDecimal getValue() {
    return value;
  }

  public String getSource() {
    return source;
  }

  public String getComment() {
    return comment;
  }
}
