package nl.verbonden.agreements.entity;

import java.util.Collection;

/**
 * How an indicator (or a whole agreement) is doing. Ordered from good to bad; GREY is "not measured
 * yet".
 */
public enum TrafficLight {
  GREY,
  GREEN,
  AMBER,
  RED;

  /**
   * The worst light of several: red if any is red, else amber, else green; grey when nothing was
   * measured.
   */
  public static TrafficLight worst(Collection<TrafficLight> lights) {
    TrafficLight worst = GREY;
    for (TrafficLight light : lights) {
      if (light.ordinal() > worst.ordinal()) {
        worst = light;
      }
    }
    return worst;
  }
}
