package nl.verbonden.agreements.entity;

/**
 * Where an agreement stands. VERLOPEN is never stored: an active agreement past its end date shows
 * as such.
 */
public enum AgreementStatus {
  CONCEPT,
  ACTIEF,
  VERLOPEN,
  BEEINDIGD
}
