package nl.verbonden.agreements.entity;

/**
 * The steering and financing instruments of docs/domain.md ("The quadrant model"), each with the
 * financing level it steers on: the product (what is delivered) or the result (what it achieves),
 * or neither.
 */
public enum SteeringInstrument {
  KLASSIEK_SUBSIDIEREN,
  AANBESTEDEN,
  SUBSIDIETENDER,
  SUBSIDIEDIALOOG,
  CONTRACTFINANCIERING_PRODUCT,
  CONTRACTFINANCIERING_RESULTAAT,
  BESTUURLIJK_AANBESTEDEN,
  MAATSCHAPPELIJK_AANBESTEDEN,
  BUDGET_BIJ_INWONERS
}
