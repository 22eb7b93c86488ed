package nl.verbonden.agreements.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import nl.verbonden.shared.entity.DomainException;
import nl.verbonden.shared.entity.TenantOwnedEntity;

/**
 * What an agreement measures: a name, a kind, a unit, a target, whether higher or lower is better,
 * and the two thresholds that give its traffic light. Higher is better: green from the green
 * threshold up, red below the red threshold, amber between. Lower is better: green up to the green
 * threshold, red above the red threshold.
 */
@Entity
@Table(name = "agreement_indicator")
public class Indicator extends TenantOwnedEntity {

  private static final long serialVersionUID = 1L;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "agreement_id", nullable = false)
  private Agreement agreement;

  @NotBlank
  @Size(max = 200)
  @Column(nullable = false, length = 200)
  private String name;

  @NotNull
  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20)
  private IndicatorKind kind = IndicatorKind.OUTPUT;

  @Size(max = 40)
  @Column(length = 40)
  private String unit;

  @NotNull
  @Digits(integer = 13, fraction = 2)
  @Column(nullable = false, precision = 15, scale = 2)
  private BigDecimal target;

  @NotNull
  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20)
  private Direction direction = Direction.HIGHER_IS_BETTER;

  @NotNull
  @Digits(integer = 13, fraction = 2)
  @Column(name = "green_threshold", nullable = false, precision = 15, scale = 2)
  private BigDecimal greenThreshold;

  @NotNull
  @Digits(integer = 13, fraction = 2)
  @Column(name = "red_threshold", nullable = false, precision = 15, scale = 2)
  private BigDecimal redThreshold;

  @NotNull
  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20)
  private Frequency frequency = Frequency.KWARTAAL;

  /** A new indicator, to be filled in by a form. */
  public Indicator() {}

  public Indicator(
      String name,
      IndicatorKind kind,
      String unit,
      Direction direction,
      String target,
      String green,
      String red,
      Frequency frequency) {
    this.name = name;
    this.kind = kind;
    this.unit = unit;
    this.direction = direction;
    this.target = new BigDecimal(target);
    this.greenThreshold = new BigDecimal(green);
    this.redThreshold = new BigDecimal(red);
    this.frequency = frequency;
  }

  /**
   * The light of a measured value. The thresholds belong to the better side: exactly on the green
   * threshold is green, exactly on the red threshold is amber.
   */
  public TrafficLight light(BigDecimal value) {
    if (value == null) {
      return TrafficLight.GREY;
    }
    if (direction == Direction.HIGHER_IS_BETTER) {
      if (value.compareTo(greenThreshold) >= 0) {
        return TrafficLight.GREEN;
      }
      return value.compareTo(redThreshold) < 0 ? TrafficLight.RED : TrafficLight.AMBER;
    }
    if (value.compareTo(greenThreshold) <= 0) {
      return TrafficLight.GREEN;
    }
    return value.compareTo(redThreshold) > 0 ? TrafficLight.RED : TrafficLight.AMBER;
  }

  /**
   * Checks that the thresholds fit the direction and the target lies in the green zone.
   *
   * @throws DomainException on field {@code drempelRood} when red lies on the better side of green,
   *     or {@code doel} when the target would not be green
   */
  public void checkThresholds() {
    boolean higher = direction == Direction.HIGHER_IS_BETTER;
    int redVsGreen = redThreshold.compareTo(greenThreshold);
    if (higher ? redVsGreen > 0 : redVsGreen < 0) {
      throw new DomainException(
          higher ? "verbonden.indicator.redAboveGreen" : "verbonden.indicator.redBelowGreen",
          "drempelRood");
    }
    if (light(target) != TrafficLight.GREEN) {
      throw new DomainException("verbonden.indicator.targetNotGreen", "doel");
    }
  }

  void belongTo(Agreement agreement) {
    this.agreement = agreement;
  }

  /** Takes over what a person edited in the indicator form. */
  public void copyEditableFrom(Indicator edited) {
    name = edited.name == null ? null : edited.name.strip();
    kind = edited.kind;
    unit = edited.unit == null || edited.unit.isBlank() ? null : edited.unit.strip();
    target = edited.target;
    direction = edited.direction;
    greenThreshold = edited.greenThreshold;
    redThreshold = edited.redThreshold;
    frequency = edited.frequency;
  }

  public Agreement getAgreement() {
    return agreement;
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public IndicatorKind getKind() {
    return kind;
  }

  public void setKind(IndicatorKind kind) {
    this.kind = kind;
  }

  public String getUnit() {
    return unit;
  }

  public void setUnit(String unit) {
    this.unit = unit;
  }

  public BigDecimal getTarget() {
    return target;
  }

  public void setTarget(BigDecimal target) {
    this.target = target;
  }

  public Direction getDirection() {
    return direction;
  }

  public void setDirection(Direction direction) {
    this.direction = direction;
  }

  public BigDecimal getGreenThreshold() {
    return greenThreshold;
  }

  public void setGreenThreshold(BigDecimal greenThreshold) {
    this.greenThreshold = greenThreshold;
  }

  public BigDecimal getRedThreshold() {
    return redThreshold;
  }

  public void setRedThreshold(BigDecimal redThreshold) {
    this.redThreshold = redThreshold;
  }

  public Frequency getFrequency() {
    return frequency;
  }

  public void setFrequency(Frequency frequency) {
    this.frequency = frequency;
  }
}
