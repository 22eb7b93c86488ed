package nl.verbonden.quadrants.entity;

import java.util.List;
import nl.verbonden.agreements.entity.SteeringInstrument;

/**
 * The four quadrants of "Schakelen tussen kwadranten" (docs/domain.md): vertical the municipality's
 * steering (strakke sturing at 100, faciliteren at 0), horizontal the party's network position
 * (stand-alone at 0, many partners at 100). Each has its steering model and the instruments that
 * fit it.
 */
public enum Quadrant {
  /** Steering, stand-alone: contracts many separate organisations directly. */
  MEERVOUDIG_OPDRACHTGEVERSCHAP(
      1,
      SteeringModel.EIGEN_BEHEER,
      25,
      75,
      List.of(
          SteeringInstrument.KLASSIEK_SUBSIDIEREN,
          SteeringInstrument.AANBESTEDEN,
          SteeringInstrument.CONTRACTFINANCIERING_PRODUCT)),
  /** Steering, networked: contracts one large organisation that subcontracts others. */
  ENKELVOUDIG_OPDRACHTGEVERSCHAP(
      2,
      SteeringModel.MARKTMEESTER,
      75,
      75,
      List.of(
          SteeringInstrument.SUBSIDIETENDER,
          SteeringInstrument.AANBESTEDEN,
          SteeringInstrument.CONTRACTFINANCIERING_PRODUCT)),
  /** Facilitating, networked: one player in horizontal coalitions. */
  MAATSCHAPPELIJK_PARTNERSCHAP(
      3,
      SteeringModel.SAMENWERKINGSPARTNER,
      75,
      25,
      List.of(
          SteeringInstrument.SUBSIDIEDIALOOG,
          SteeringInstrument.CONTRACTFINANCIERING_RESULTAAT,
          SteeringInstrument.BESTUURLIJK_AANBESTEDEN)),
  /** Facilitating, stand-alone: steps back; citizens take the initiative. */
  GEDELEGEERD_OPDRACHTGEVERSCHAP(
      4,
      SteeringModel.FACILITATOR,
      25,
      25,
      List.of(
          SteeringInstrument.MAATSCHAPPELIJK_AANBESTEDEN, SteeringInstrument.BUDGET_BIJ_INWONERS));

  /** Where the axes divide: 50 and above is steering (vertical) or networked (horizontal). */
  public static final int MIDDLE = 50;

  private final int number;
  private final SteeringModel model;
  private final int centreNetwork;
  private final int centreSteering;
  private final List<SteeringInstrument> instruments;

  Quadrant(
      int number,
      SteeringModel model,
      int centreNetwork,
      int centreSteering,
      List<SteeringInstrument> instruments) {
    this.number = number;
    this.model = model;
    this.centreNetwork = centreNetwork;
    this.centreSteering = centreSteering;
    this.instruments = instruments;
  }

  /**
   * The quadrant of a position; a value exactly on the middle counts as steering, and as networked.
   */
  public static Quadrant of(int network, int steering) {
    boolean steer = steering >= MIDDLE;
    boolean networked = network >= MIDDLE;
    if (steer) {
      return networked ? ENKELVOUDIG_OPDRACHTGEVERSCHAP : MEERVOUDIG_OPDRACHTGEVERSCHAP;
    }
    return networked ? MAATSCHAPPELIJK_PARTNERSCHAP : GEDELEGEERD_OPDRACHTGEVERSCHAP;
  }

  public int number() {
    return number;
  }

  public SteeringModel model() {
    return model;
  }

  public boolean isSteering() {
    return centreSteering > MIDDLE;
  }

  public boolean isNetworked() {
    return centreNetwork > MIDDLE;
  }

  /** The middle of the quadrant, where an arrow to it as a target points. */
  public int centreNetwork() {
    return centreNetwork;
  }

  public int centreSteering() {
    return centreSteering;
  }

  public List<SteeringInstrument> instruments() {
    return instruments;
  }

  /**
   * What has to change to move from this quadrant to the target ("schakelen tussen kwadranten"), as
   * message keys: one per axis that changes, in the order steering, network. Empty when it is the
   * same quadrant.
   */
  public List<String> switchTo(Quadrant target) {
    java.util.List<String> steps = new java.util.ArrayList<>();
    if (isSteering() != target.isSteering()) {
      steps.add(target.isSteering() ? "switch.steerMore" : "switch.steerLess");
    }
    if (isNetworked() != target.isNetworked()) {
      steps.add(target.isNetworked() ? "switch.networkMore" : "switch.networkLess");
    }
    return steps;
  }
}
