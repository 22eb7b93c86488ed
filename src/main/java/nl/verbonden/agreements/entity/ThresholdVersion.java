package nl.verbonden.agreements.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.LocalDate;
import nl.verbonden.shared.entity.TenantOwnedEntity;

/**
 * The two thresholds of an indicator as they hold from a period on, until a later version takes
 * over. A version without a period holds from the beginning: every indicator has one, so that each
 * period is judged by some version. Kept per indicator, so that a change of thresholds judges the
 * periods from then on and leaves the colour of earlier measurements as it was.
 */
@Entity
@Table(name = "indicator_threshold")
public class ThresholdVersion extends TenantOwnedEntity {

  private static final long serialVersionUID = 1L;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "indicator_id", nullable = false)
  private Indicator indicator;

  /** The period's code as written (2026-K3), null for "from the beginning". */
  @Column(name = "valid_from_code", length = 10)
  private String validFromCode;

  /** The first day of that period, null for "from the beginning". */
  @Column(name = "valid_from")
  private LocalDate validFrom;

  @Column(name = "green_threshold", nullable = false, precision = 15, scale = 2)
  private BigDecimal green;

  @Column(name = "red_threshold", nullable = false, precision = 15, scale = 2)
  private BigDecimal red;

  protected ThresholdVersion() {}

  /**
   * @param from the first period it holds for, null for "from the beginning"
   */
  ThresholdVersion(Indicator indicator, Period from, BigDecimal green, BigDecimal red) {
    this.indicator = indicator;
    this.validFromCode = from == null ? null : from.code();
    this.validFrom = from == null ? null : from.start();
    this.green = green;
    this.red = red;
  }

  /** Whether this version holds from the beginning, before any later version. */
  public boolean isFromBeginning() {
    return validFrom == null;
  }

  /** Whether this version had started by the period (a version from the beginning always has). */
  boolean startedBy(Period period) {
    return validFrom == null || !validFrom.isAfter(period.start());
  }

  /**
   * The light of a value by these thresholds. The thresholds belong to the better side: exactly on
   * the green threshold is green, exactly on the red threshold is amber.
   */
  TrafficLight light(Direction direction, BigDecimal value) {
    if (value == null) {
      return TrafficLight.GREY;
    }
    if (direction == Direction.HIGHER_IS_BETTER) {
      if (value.compareTo(green) >= 0) {
        return TrafficLight.GREEN;
      }
      return value.compareTo(red) < 0 ? TrafficLight.RED : TrafficLight.AMBER;
    }
    if (value.compareTo(green) <= 0) {
      return TrafficLight.GREEN;
    }
    return value.compareTo(red) > 0 ? TrafficLight.RED : TrafficLight.AMBER;
  }

  /** Whether red lies on the better side of green for the direction. */
  boolean redOnBetterSide(Direction direction) {
    int redVsGreen = red.compareTo(green);
    return direction == Direction.HIGHER_IS_BETTER ? redVsGreen > 0 : redVsGreen < 0;
  }

  public String getValidFromCode() {
    return validFromCode;
  }

  public LocalDate getValidFrom() {
    return validFrom;
  }

  public BigDecimal getGreen() {
    return green;
  }

  public BigDecimal getRed() {
    return red;
  }
}
