package nl.verbonden.agreements.entity;

import java.util.List;

/**
 * When an indicator escalates: its latest measurements, for the given number of consecutive periods
 * (no period missing between them), are all red. Plain Java.
 */
public final class EscalationRule {

  private EscalationRule() {}

  /**
   * @param measurements the indicator's measurements, in any order
   * @param periods how many consecutive red periods open an escalation (the agreement's setting)
   */
  public static boolean redTooLong(List<Measurement> measurements, int periods) {
    List<Measurement> ordered =
        measurements.stream().sorted(java.util.Comparator.comparing(Measurement::period)).toList();
    if (periods < 1 || ordered.size() < periods) {
      return false;
    }
    List<Measurement> latest = ordered.subList(ordered.size() - periods, ordered.size());
    Period expected = latest.get(0).period();
    for (Measurement m : latest) {
      if (!m.period().equals(expected) || m.light() != TrafficLight.RED) {
        return false;
      }
      expected = expected.next();
    }
    return true;
  }
}
