package nl.verbonden.agreements.boundary;

import java.io.Serializable;
import java.util.List;
import nl.verbonden.agreements.entity.Indicator;
import nl.verbonden.agreements.entity.Measurement;
import nl.verbonden.agreements.entity.TrafficLight;

/**
 * An indicator with its measurements in period order, the light of the latest one, and the period
 * whose figure is overdue (null when none is): a light stays the latest figure's, and a missing
 * figure is shown next to it, never hidden behind a green light.
 */
public record IndicatorStatus(
    Indicator indicator, List<Measurement> measurements, TrafficLight light, String missingPeriod)
    implements Serializable {

  public boolean isMissing() {
    return missingPeriod != null;
  }

  public Measurement latest() {
    return measurements.isEmpty() ? null : measurements.get(measurements.size() - 1);
  }
}
