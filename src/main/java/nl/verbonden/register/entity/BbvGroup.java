package nl.verbonden.register.entity;

/**
 * The four groups in which the paragraaf verbonden partijen (BBV art. 15) lists the parties, in
 * this order.
 */
public enum BbvGroup {
  GEMEENSCHAPPELIJKE_REGELINGEN,
  VENNOOTSCHAPPEN_EN_COOPERATIES,
  STICHTINGEN_EN_VERENIGINGEN,
  OVERIGE
}
