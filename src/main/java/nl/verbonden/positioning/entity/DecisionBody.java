package nl.verbonden.positioning.entity;

/** Who took the decision. */
public enum DecisionBody {
  STUURGROEP,
  COLLEGE,
  RAAD
}
