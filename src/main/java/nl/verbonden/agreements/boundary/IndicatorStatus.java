package nl.verbonden.agreements.boundary;

import java.io.Serializable;
import java.util.List;
import nl.verbonden.agreements.entity.Indicator;
import nl.verbonden.agreements.entity.Measurement;
import nl.verbonden.agreements.entity.TrafficLight;

/** An indicator with its measurements in period order and the light of the latest one. */
public record IndicatorStatus(
    Indicator indicator, List<Measurement> measurements, TrafficLight light)
    implements Serializable {

  public Measurement latest() {
    return measurements.isEmpty() ? null : measurements.get(measurements.size() - 1);
  }
}
