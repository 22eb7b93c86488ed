package nl.verbonden.register.entity;

/** The legal form of a party; it decides the party's {@link BbvGroup}. */
public enum LegalForm {
  GR_OPENBAAR_LICHAAM(BbvGroup.GEMEENSCHAPPELIJKE_REGELINGEN),
  GR_GEMEENSCHAPPELIJK_ORGAAN(BbvGroup.GEMEENSCHAPPELIJKE_REGELINGEN),
  GR_BEDRIJFSVOERINGSORGANISATIE(BbvGroup.GEMEENSCHAPPELIJKE_REGELINGEN),
  GR_CENTRUMREGELING(BbvGroup.GEMEENSCHAPPELIJKE_REGELINGEN),
  GR_REGELING_ZONDER_MEER(BbvGroup.GEMEENSCHAPPELIJKE_REGELINGEN),
  NV(BbvGroup.VENNOOTSCHAPPEN_EN_COOPERATIES),
  BV(BbvGroup.VENNOOTSCHAPPEN_EN_COOPERATIES),
  COOPERATIE(BbvGroup.VENNOOTSCHAPPEN_EN_COOPERATIES),
  STICHTING(BbvGroup.STICHTINGEN_EN_VERENIGINGEN),
  VERENIGING(BbvGroup.STICHTINGEN_EN_VERENIGINGEN),
  OVERIG(BbvGroup.OVERIGE);

  private final BbvGroup group;

  LegalForm(BbvGroup group) {
    this.group = group;
  }

  public BbvGroup group() {
    return group;
  }

  /**
   * Whether the arrangement has a bestuur with a budget and annual accounts of its own, and so the
   * planning-and-control cycle of the Wgr (art. 34 to 35): an openbaar lichaam, a
   * bedrijfsvoeringsorganisatie or a gemeenschappelijk orgaan. A centrumregeling and a regeling
   * zonder meer have none; councils are still asked for their view on changes of the regeling.
   */
  public boolean hasBudgetCycle() {
    return this == GR_OPENBAAR_LICHAAM
        || this == GR_BEDRIJFSVOERINGSORGANISATIE
        || this == GR_GEMEENSCHAPPELIJK_ORGAAN;
  }

  /** Whether this is one of the forms of the Wet gemeenschappelijke regelingen. */
  public boolean isJointArrangement() {
    return group == BbvGroup.GEMEENSCHAPPELIJKE_REGELINGEN;
  }
}
