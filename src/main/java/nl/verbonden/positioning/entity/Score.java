package nl.verbonden.positioning.entity;

/** How well an option meets a principle, from −− to ++ (the report's scale). */
public enum Score {
  MIN_MIN(-2, "−−"),
  MIN(-1, "−"),
  NEUTRAAL(0, "0"),
  PLUS(1, "+"),
  PLUS_PLUS(2, "++");

  /** The highest value, for the share of the best possible result. */
  public static final int MAX = 2;

  private final int value;
  private final String sign;

  Score(int value, String sign) {
    this.value = value;
    this.sign = sign;
  }

  public int value() {
    return value;
  }

  public String sign() {
    return sign;
  }
}
