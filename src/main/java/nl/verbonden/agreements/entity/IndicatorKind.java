package nl.verbonden.agreements.entity;

/** What an indicator measures, from what goes in to what it changes in society. */
public enum IndicatorKind {
  /** Means: money, hours, staff. */
  INPUT,
  /** Output or product: what is delivered (trajectories, hours of care, products). */
  OUTPUT,
  /** Outcome or result: what it achieves for the people served. */
  OUTCOME,
  /** Effect: the change in society the policy aims at. */
  EFFECT
}
