package nl.verbonden.positioning.entity;

/** How far a step of the planning is. */
public enum MilestoneStatus {
  GEPLAND,
  BEZIG,
  GEREED
}
