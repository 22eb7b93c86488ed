package nl.verbonden.cycle.entity;

/**
 * A provision every gemeenschappelijke regeling must contain since the amendment of the Wgr that
 * entered into force on 1 July 2022 (Wet versterking democratische legitimatie Wgr); regelingen
 * that existed then had to be amended by 1 July 2024. The regisseur records, per regeling, the
 * article or the amendment that covers each; one that is not covered is a finding.
 */
public enum WgrClause {
  /** Which decisions of the bestuur the councils can give a zienswijze on, and how. */
  ZIENSWIJZE_BESLUITEN,
  /**
   * How inhabitants and stakeholders are involved in preparing, carrying out and evaluating policy.
   */
  BURGERPARTICIPATIE,
  /** How and how often the regeling and the cooperation are evaluated. */
  EVALUATIE,
  /** How a participant leaves, and what its leaving costs and entails. */
  UITTREDING;

  /** The date by which existing regelingen had to contain these provisions. */
  public static final java.time.LocalDate REQUIRED_BY = java.time.LocalDate.of(2024, 7, 1);

  public String messageKey() {
    return "wgrClause." + name();
  }
}
