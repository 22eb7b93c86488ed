package nl.verbonden.positioning.entity;

/** Where a positioning question stands, in the order the work goes. */
public enum QuestionStatus {
  VERKENNING,
  WEGING,
  BESLUIT,
  UITVOERING,
  AFGEROND
}
