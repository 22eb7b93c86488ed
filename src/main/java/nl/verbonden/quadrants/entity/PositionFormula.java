package nl.verbonden.quadrants.entity;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import nl.verbonden.agreements.entity.IndicatorKind;
import nl.verbonden.agreements.entity.SteeringInstrument;

/**
 * Computes a relation's position on the two axes, 0–100 each, with the reasons shown to the user
 * ("why is this party here?"). The formulas and their reasons are in docs/domain.md ("The quadrant
 * model: the formulas"). Plain Java.
 */
public final class PositionFormula {

  /**
   * Relations that count towards the network at most; more partners do not make a party more
   * networked.
   */
  public static final int MAX_RELATIONS = 6;

  /** Participants (besides the first) that count at most. */
  public static final int MAX_PARTICIPANTS = 15;

  /** Of the network position, the share that comes from relations (the rest from participants). */
  public static final int RELATIONS_WEIGHT = 70;

  /**
   * Of the steering, the share that comes from the instruments (the rest from the indicator mix).
   */
  public static final int INSTRUMENT_WEIGHT = 70;

  /**
   * How strongly each instrument steers, 0 (facilitating) to 100 (strict steering), with the
   * financing level in it.
   */
  private static final Map<SteeringInstrument, Integer> STEERING =
      Map.of(
          SteeringInstrument.AANBESTEDEN, 90,
          SteeringInstrument.CONTRACTFINANCIERING_PRODUCT, 85,
          SteeringInstrument.SUBSIDIETENDER, 80,
          SteeringInstrument.KLASSIEK_SUBSIDIEREN, 70,
          SteeringInstrument.CONTRACTFINANCIERING_RESULTAAT, 55,
          SteeringInstrument.BESTUURLIJK_AANBESTEDEN, 40,
          SteeringInstrument.SUBSIDIEDIALOOG, 35,
          SteeringInstrument.MAATSCHAPPELIJK_AANBESTEDEN, 20,
          SteeringInstrument.BUDGET_BIJ_INWONERS, 5);

  private PositionFormula() {}

  /** A score with the reasons that make it up: message keys with their arguments. */
  public record Score(int value, List<Reason> reasons) implements java.io.Serializable {}

  /** One line of "why": a message key and its arguments. */
  public record Reason(String key, List<Object> arguments) implements java.io.Serializable {

    public Object[] argumentArray() {
      return arguments.toArray();
    }
  }

  /** How strongly an instrument steers (0–100). */
  public static int steeringOf(SteeringInstrument instrument) {
    return STEERING.get(instrument);
  }

  /**
   * Network position: 70 points for active relations with other parties (partners, subcontractors,
   * consortium members, memberships; each counts 70/6, at most six), 30 for the participants
   * besides the municipality itself (each 2, at most fifteen).
   */
  public static Score network(int activeRelations, int participants) {
    int relations = Math.min(Math.max(activeRelations, 0), MAX_RELATIONS);
    int others = Math.min(Math.max(participants - 1, 0), MAX_PARTICIPANTS);
    int fromRelations = Math.round((float) relations * RELATIONS_WEIGHT / MAX_RELATIONS);
    int fromParticipants = Math.round((float) others * (100 - RELATIONS_WEIGHT) / MAX_PARTICIPANTS);
    List<Reason> reasons = new ArrayList<>();
    reasons.add(new Reason("position.reason.relations", List.of(activeRelations, fromRelations)));
    reasons.add(
        new Reason("position.reason.participants", List.of(participants, fromParticipants)));
    return new Score(Math.min(100, fromRelations + fromParticipants), reasons);
  }

  /**
   * Steering: 70 % the average of how strongly the active agreements' instruments steer, 30 % the
   * share of input and output indicators among all indicators (outcome and effect indicators leave
   * the how to the party). Null when the relation has no active agreement: then there is nothing to
   * steer with, and the position needs an override.
   */
  public static Score steering(
      List<SteeringInstrument> instruments, List<IndicatorKind> indicators) {
    if (instruments.isEmpty()) {
      return null;
    }
    double instrumentScore =
        instruments.stream().mapToInt(PositionFormula::steeringOf).average().orElse(0);
    long output =
        indicators.stream()
            .filter(k -> k == IndicatorKind.INPUT || k == IndicatorKind.OUTPUT)
            .count();
    double outputShare = indicators.isEmpty() ? 0.5 : (double) output / indicators.size();
    int value =
        (int)
            Math.round(
                instrumentScore * INSTRUMENT_WEIGHT / 100
                    + outputShare * (100 - INSTRUMENT_WEIGHT));
    List<Reason> reasons = new ArrayList<>();
    reasons.add(
        new Reason(
            "position.reason.instruments",
            List.of(instruments.size(), (int) Math.round(instrumentScore))));
    reasons.add(
        indicators.isEmpty()
            ? new Reason("position.reason.noIndicators", List.of())
            : new Reason(
                "position.reason.indicators",
                List.of(output, indicators.size(), (int) Math.round(outputShare * 100))));
    return new Score(Math.max(0, Math.min(100, value)), reasons);
  }
}
