package nl.verbonden.cycle.entity;

/**
 * One rule of the Wgr planning-and-control cycle (the law as it stands since 1 July 2022), with the
 * article it comes from. The texts are shown next to each computed deadline, so that a regisseur
 * can check a date against the law.
 */
public enum WgrRule {
  /** Art. 34b: the general financial and policy frameworks and the provisional annual accounts. */
  KADERS_EN_VOORLOPIGE_JAARREKENING(
      "art. 34b Wgr",
      "Het dagelijks bestuur zendt de algemene financiële en beleidsmatige kaders en de voorlopige"
          + " jaarrekening vóór 15 april aan de raden."),
  /** Art. 35 lid 1: the draft budget goes to the councils twelve weeks before the AB meeting. */
  ONTWERPBEGROTING_NAAR_RADEN(
      "art. 35, eerste lid, Wgr",
      "Het dagelijks bestuur zendt de ontwerpbegroting twaalf weken voordat het algemeen bestuur"
          + " haar vaststelt aan de raden."),
  /** Art. 35 lid 3: the councils' zienswijze on the draft budget, within twelve weeks. */
  ZIENSWIJZE_ONTWERPBEGROTING(
      "art. 35, derde lid, Wgr",
      "De raden kunnen binnen twaalf weken na toezending hun zienswijze over de ontwerpbegroting"
          + " naar voren brengen."),
  /** Art. 34 lid 2: the adopted budget to Gedeputeerde Staten. */
  BEGROTING_NAAR_GS(
      "art. 34, tweede lid, Wgr",
      "Het dagelijks bestuur zendt de vastgestelde begroting binnen twee weken na vaststelling en"
          + " vóór 15 september aan Gedeputeerde Staten."),
  /** Art. 34 lid 4: the adopted annual accounts to Gedeputeerde Staten. */
  JAARREKENING_NAAR_GS(
      "art. 34, vierde lid, Wgr",
      "Het dagelijks bestuur zendt de vastgestelde jaarrekening binnen twee weken na vaststelling"
          + " en vóór 15 juli aan Gedeputeerde Staten."),
  /** Art. 35 lid 5: budget amendments follow the zienswijze procedure. */
  ZIENSWIJZE_BEGROTINGSWIJZIGING(
      "art. 35, vijfde lid, Wgr",
      "Op een begrotingswijziging kunnen de raden binnen twaalf weken een zienswijze geven, tenzij"
          + " de regeling die categorie wijzigingen uitzondert."),
  /** Art. 1 lid 3: a draft change of the regeling itself. */
  ZIENSWIJZE_WIJZIGING_REGELING(
      "art. 1, derde lid, Wgr",
      "Op een ontwerp tot wijziging van de regeling kan de raad binnen acht weken zijn wensen en"
          + " bedenkingen naar voren brengen.");

  private final String article;
  private final String text;

  WgrRule(String article, String text) {
    this.article = article;
    this.text = text;
  }

  /** The article, as a lawyer cites it ("art. 35, derde lid, Wgr"). */
  public String article() {
    return article;
  }

  /** The rule in one Dutch sentence. */
  public String text() {
    return text;
  }
}
