package nl.verbonden.register.entity;

/** An answer to a question of the risk questionnaire, and the level of a risk category. */
public enum RiskLevel {
  LAAG(1),
  GEMIDDELD(2),
  HOOG(3);

  private final int points;

  RiskLevel(int points) {
    this.points = points;
  }

  public int points() {
    return points;
  }

  /**
   * The level of a category from the sum of its three answers (3 to 9): up to 4 is low, 5 or 6
   * medium, 7 or more high. One high answer with two low ones gives 5 points: medium; two high
   * answers with a low one give 7: high.
   */
  public static RiskLevel ofCategoryScore(int score) {
    if (score <= 4) {
      return LAAG;
    }
    return score <= 6 ? GEMIDDELD : HOOG;
  }

  public RiskLevel max(RiskLevel other) {
    return other.points > points ? other : this;
  }
}
