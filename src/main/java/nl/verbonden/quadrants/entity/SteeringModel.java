package nl.verbonden.quadrants.entity;

/**
 * The four ideal-typical steering models (docs/domain.md, "The four steering models"), one per
 * quadrant.
 */
public enum SteeringModel {
  EIGEN_BEHEER,
  MARKTMEESTER,
  SAMENWERKINGSPARTNER,
  FACILITATOR
}
