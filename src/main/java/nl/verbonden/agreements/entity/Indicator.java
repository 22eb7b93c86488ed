package nl.verbonden.agreements.entity;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.Table;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import nl.verbonden.shared.entity.DomainException;
import nl.verbonden.shared.entity.TenantOwnedEntity;
import org.eclipse.persistence.annotations.BatchFetch;
import org.eclipse.persistence.annotations.BatchFetchType;

/**
 * What an agreement measures: a name, a kind, a unit, a target, whether higher or lower is better,
 * and the two thresholds that give its traffic light. Higher is better: green from the green
 * threshold up, red below the red threshold, amber between. Lower is better: green up to the green
 * threshold, red above the red threshold.
 *
 * <p>The thresholds are kept as {@link ThresholdVersion versions}, each from a period on: a period
 * is judged by the version that held then, so changing the thresholds does not recolour earlier
 * measurements. The two threshold columns of the indicator are those of the newest version (the
 * ones the form shows and edits).
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

  /**
   * The threshold versions. Read in batches ({@code IN}) when the lights of many indicators are
   * computed at once (overview, latest measurements), not one statement per indicator.
   */
  @OneToMany(mappedBy = "indicator", cascade = CascadeType.ALL, orphanRemoval = true)
  @BatchFetch(BatchFetchType.IN)
  private List<ThresholdVersion> thresholdVersions = new ArrayList<>();

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
   * The light of a value by the indicator's newest thresholds (those of the form). The thresholds
   * belong to the better side: exactly on the green threshold is green, exactly on the red
   * threshold is amber. A measurement is judged by {@link #light(Period, BigDecimal)}.
   */
  public TrafficLight light(BigDecimal value) {
    return newest().light(direction, value);
  }

  /** The light of a value measured in a period, by the thresholds that held in that period. */
  public TrafficLight light(Period period, BigDecimal value) {
    return thresholdsFor(period).light(direction, value);
  }

  /**
   * The version that held in the period: the latest one that started on or before the period's
   * first day. A period before every version is judged by the earliest.
   */
  public ThresholdVersion thresholdsFor(Period period) {
    List<ThresholdVersion> versions = versionsInOrder();
    ThresholdVersion held = versions.get(0);
    for (ThresholdVersion version : versions) {
      if (version.startedBy(period)) {
        held = version;
      }
    }
    return held;
  }

  /** The threshold versions, the newest first, as the page lists them. */
  public List<ThresholdVersion> thresholdHistory() {
    List<ThresholdVersion> history = new ArrayList<>(versionsInOrder());
    java.util.Collections.reverse(history);
    return history;
  }

  /**
   * The versions from the earliest; a new indicator not yet saved has one, from the beginning, with
   * the thresholds of the form.
   */
  private List<ThresholdVersion> versionsInOrder() {
    if (thresholdVersions.isEmpty()) {
      return List.of(newest());
    }
    return thresholdVersions.stream()
        .sorted(
            Comparator.comparing(
                ThresholdVersion::getValidFrom, Comparator.nullsFirst(Comparator.naturalOrder())))
        .toList();
  }

  /** The thresholds of the indicator's columns: those of the newest version. */
  private ThresholdVersion newest() {
    return new ThresholdVersion(this, null, greenThreshold, redThreshold);
  }

  /**
   * New thresholds from a period on: the versions that started in or after that period give way to
   * the new one; earlier periods keep the thresholds they had. Without a period the new thresholds
   * hold from the beginning, for every measurement.
   */
  public void changeThresholds(Period from, BigDecimal green, BigDecimal red) {
    if (thresholdVersions.isEmpty()) {
      // a row written without versions (bench data): its columns held so far
      thresholdVersions.add(new ThresholdVersion(this, null, greenThreshold, redThreshold));
    }
    if (from == null) {
      thresholdVersions.clear();
    } else {
      thresholdVersions.removeIf(
          v -> !v.isFromBeginning() && !v.getValidFrom().isBefore(from.start()));
    }
    thresholdVersions.add(
        new ThresholdVersion(this, thresholdVersions.isEmpty() ? null : from, green, red));
    greenThreshold = green;
    redThreshold = red;
  }

  /** Whether the edited thresholds differ from the indicator's newest ones (compared by number). */
  public boolean thresholdsDifferFrom(Indicator edited) {
    return !sameNumber(greenThreshold, edited.greenThreshold)
        || !sameNumber(redThreshold, edited.redThreshold);
  }

  private static boolean sameNumber(BigDecimal a, BigDecimal b) {
    return a == null || b == null ? Objects.equals(a, b) : a.compareTo(b) == 0;
  }

  /**
   * Checks that the thresholds fit the direction and the target lies in the green zone.
   *
   * @throws DomainException on field {@code drempelRood} when red lies on the better side of green,
   *     or {@code doel} when the target would not be green
   */
  public void checkThresholds() {
    boolean higher = direction == Direction.HIGHER_IS_BETTER;
    // every version must fit the direction, also the earlier ones when the direction changes
    if (versionsInOrder().stream().anyMatch(v -> v.redOnBetterSide(direction))
        || newest().redOnBetterSide(direction)) {
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
    if (thresholdVersions.isEmpty()) {
      thresholdVersions.add(new ThresholdVersion(this, null, greenThreshold, redThreshold));
    }
  }

  /**
   * Takes over what a person edited in the indicator form. Changed thresholds become a new version
   * from the period given (null: from the beginning); see {@link #changeThresholds}.
   */
  public void copyEditableFrom(Indicator edited, Period thresholdsFrom) {
    if (thresholdsDifferFrom(edited)) {
      changeThresholds(thresholdsFrom, edited.greenThreshold, edited.redThreshold);
    }
    copyAllButThresholdsFrom(edited);
  }

  private void copyAllButThresholdsFrom(Indicator edited) {
    name = edited.name == null ? null : edited.name.strip();
    kind = edited.kind;
    unit = edited.unit == null || edited.unit.isBlank() ? null : edited.unit.strip();
    target = edited.target;
    direction = edited.direction;
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
