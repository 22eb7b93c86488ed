package nl.verbonden.cycle.entity;

/** Where a zienswijze dossier stands, in the order it walks through. */
public enum ZienswijzeStatus {
  /** The document arrived. */
  ONTVANGEN,
  /** A raadsvoorstel is drafted. */
  VOORSTEL,
  /** The council decided. */
  BESLOTEN,
  /** The zienswijze was sent to the bestuur. */
  VERZONDEN,
  /** The bestuur answered in writing. */
  BEANTWOORD;

  /** Whether the council still has to act (decide) on it. */
  public boolean awaitsCouncil() {
    return this == ONTVANGEN || this == VOORSTEL;
  }
}
