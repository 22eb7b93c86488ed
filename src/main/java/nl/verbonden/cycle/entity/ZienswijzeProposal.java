package nl.verbonden.cycle.entity;

/** What the raadsvoorstel proposes the council says. */
public enum ZienswijzeProposal {
  GEEN_ZIENSWIJZE,
  POSITIEF,
  MET_OPMERKINGEN,
  NEGATIEF
}
