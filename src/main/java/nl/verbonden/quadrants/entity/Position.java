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
    String targetNote)
    implements Serializable {

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
