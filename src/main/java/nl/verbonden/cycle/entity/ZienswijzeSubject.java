package nl.verbonden.cycle.entity;

/** What a zienswijze is asked on; each follows its own rule of the Wgr. */
public enum ZienswijzeSubject {
  ONTWERPBEGROTING(WgrRule.ZIENSWIJZE_ONTWERPBEGROTING),
  BEGROTINGSWIJZIGING(WgrRule.ZIENSWIJZE_BEGROTINGSWIJZIGING),
  WIJZIGING_REGELING(WgrRule.ZIENSWIJZE_WIJZIGING_REGELING);

  private final WgrRule rule;

  ZienswijzeSubject(WgrRule rule) {
    this.rule = rule;
  }

  public WgrRule rule() {
    return rule;
  }
}
