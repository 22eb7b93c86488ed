package nl.verbonden.agreements.entity;

/** Whether a higher or a lower value of an indicator is better. */
public enum Direction {
  HIGHER_IS_BETTER,
  LOWER_IS_BETTER
}
