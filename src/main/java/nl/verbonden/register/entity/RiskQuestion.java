package nl.verbonden.register.entity;

/**
 * The six questions of the risk questionnaire: three on financial risk, three on governance and
 * policy risk.
 */
public enum RiskQuestion {
  /** How large is the money the municipality can lose, against its own budget? */
  FINANCIAL_INTEREST_SIZE(Category.FINANCIAL),
  /**
   * How weak is the party's financial position (equity, resistance capacity, results of recent
   * years)?
   */
  FINANCIAL_POSITION(Category.FINANCIAL),
  /** How likely is an extra contribution or a call on a guarantee in the coming years? */
  EXTRA_CONTRIBUTION(Category.FINANCIAL),
  /** How much does the municipality's policy depend on what the party delivers? */
  POLICY_DEPENDENCE(Category.GOVERNANCE),
  /**
   * How little can the municipality steer (small share of votes, many participants, complex
   * governance)?
   */
  STEERING_DISTANCE(Category.GOVERNANCE),
  /** How large are the risks in execution, continuity and reputation? */
  EXECUTION_RISK(Category.GOVERNANCE);

  /** The two categories of risk. */
  public enum Category {
    FINANCIAL,
    GOVERNANCE
  }

  private final Category category;

  RiskQuestion(Category category) {
    this.category = category;
  }

  public Category category() {
    return category;
  }
}
