package nl.verbonden.agreements.entity;

/** How often an agreement reports, or an indicator is measured: periods per year. */
public enum Frequency {
  MAAND(12),
  KWARTAAL(4),
  HALFJAAR(2),
  JAAR(1);

  private final int perYear;

  Frequency(int perYear) {
    this.perYear = perYear;
  }

  public int perYear() {
    return perYear;
  }

  /** The number of months in one period. */
  public int months() {
    return 12 / perYear;
  }
}
