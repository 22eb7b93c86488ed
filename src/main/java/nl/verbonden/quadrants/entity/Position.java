package nl.verbonden.quadrants.entity;

import java.io.Serializable;
import java.math.BigDecimal;
import nl.verbonden.quadrants.entity.PositionFormula.Score;
import nl.verbonden.register.entity.BbvGroup;
import nl.verbonden.register.entity.MonitoringRegime;

/**
 * A relation's place in the matrix in one year: the computed scores with their reasons (steering
 * null when there is no active agreement), the override if any, the position that counts, its
 * quadrant, and the target.
 *
 * @param network the position that counts (the override, else the computed one), or null
 * @param steering the position that counts, or null when it cannot be computed and is not
 *     overridden
 * @param model the steering model recorded for the relation now, or null (then its quadrant's)
 * @param targetModel the steering model it should move to, or null
 * @param budget the annual budgets of the relation's active agreements together (bubble size)
 */
public record Position(
    Long partyId,
    String partyName,
    BbvGroup group,
    MonitoringRegime regime,
    int year,
    BigDecimal budget,
    Score computedNetwork,
    Score computedSteering,
    boolean overridden,
    String overrideRationale,
    Integer network,
    Integer steering,
    Quadrant target,
    String targetNote,
    SteeringModel model,
    SteeringModel targetModel)
    implements Serializable {

  /** A position without steering models recorded. */
  public Position(
      Long partyId,
      String partyName,
      BbvGroup group,
      MonitoringRegime regime,
      int year,
      BigDecimal budget,
      Score computedNetwork,
      Score computedSteering,
      boolean overridden,
      String overrideRationale,
      Integer network,
      Integer steering,
      Quadrant target,
      String targetNote) {
    this(
        partyId,
        partyName,
        group,
        regime,
        year,
        budget,
        computedNetwork,
        computedSteering,
        overridden,
        overrideRationale,
        network,
        steering,
        target,
        targetNote,
        null,
        null);
  }

  /**
   * The steering model it is steered by now: the one recorded, else the one its quadrant implies
   * (null when neither).
   */
  public SteeringModel steeringModel() {
    if (model != null) {
      return model;
    }
    Quadrant q = quadrant();
    return q == null ? null : q.model();
  }

  /** Whether the steering model shown follows from the quadrant rather than being recorded. */
  public boolean modelImplied() {
    return model == null && quadrant() != null;
  }

  public boolean isPlaced() {
    return network != null && steering != null;
  }

  /** The quadrant it stands in, or null when it is not placed. */
  public Quadrant quadrant() {
    return isPlaced() ? Quadrant.of(network, steering) : null;
  }

  /**
   * The bubble's radius in pixels (4 to 20): its area grows with the budget, relative to the
   * largest budget in the chart.
   */
  public static int bubbleRadius(BigDecimal budget, BigDecimal max) {
    if (max.signum() <= 0 || budget.signum() <= 0) {
      return 4;
    }
    return 4 + (int) Math.round(16 * Math.sqrt(budget.doubleValue() / max.doubleValue()));
  }
}
