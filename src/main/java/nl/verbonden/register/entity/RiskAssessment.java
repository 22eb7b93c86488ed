package nl.verbonden.register.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;

/**
 * The latest answers to the risk questionnaire of a party, and what they yield: a financial and a
 * governance risk level, the risk profile (the higher of the two), the monitoring regime and the
 * date of the next assessment. Each answer scores 1 (low) to 3 (high); a category's level follows
 * from the sum of its three answers ({@link RiskLevel#ofCategoryScore}). Earlier assessments are
 * kept in the party's history.
 */
@Embeddable
public class RiskAssessment implements Serializable {

  private static final long serialVersionUID = 1L;

  @Enumerated(EnumType.STRING)
  @Column(name = "risk_financial_size", length = 10)
  private RiskLevel financialInterestSize;

  @Enumerated(EnumType.STRING)
  @Column(name = "risk_financial_position", length = 10)
  private RiskLevel financialPosition;

  @Enumerated(EnumType.STRING)
  @Column(name = "risk_extra_contribution", length = 10)
  private RiskLevel extraContribution;

  @Enumerated(EnumType.STRING)
  @Column(name = "risk_policy_dependence", length = 10)
  private RiskLevel policyDependence;

  @Enumerated(EnumType.STRING)
  @Column(name = "risk_steering_distance", length = 10)
  private RiskLevel steeringDistance;

  @Enumerated(EnumType.STRING)
  @Column(name = "risk_execution", length = 10)
  private RiskLevel executionRisk;

  @Size(max = 2000)
  @Column(name = "risk_notes", length = 2000)
  private String notes;

  @Column(name = "risk_assessed_on")
  private LocalDate assessedOn;

  /** Derived from the answers when assessed; stored so that the register can be filtered on it. */
  @Enumerated(EnumType.STRING)
  @Column(name = "monitoring_regime", length = 10)
  private MonitoringRegime regime;

  /**
   * Derived from the regime and the date of assessment; stored so that overdue assessments can be
   * listed.
   */
  @Column(name = "risk_reassess_by")
  private LocalDate reassessBy;

  public RiskAssessment() {}

  /** A complete assessment made on the given date: every question answered. */
  public static RiskAssessment of(
      Map<RiskQuestion, RiskLevel> answers, String notes, LocalDate assessedOn) {
    RiskAssessment assessment = new RiskAssessment();
    answers.forEach(assessment::setAnswer);
    assessment.setNotes(notes);
    assessment.complete(assessedOn);
    return assessment;
  }

  /**
   * Fixes the assessment on the given date: derives the regime and the date of the next assessment.
   *
   * @throws IllegalStateException when a question is not answered
   */
  public void complete(LocalDate on) {
    if (!isComplete()) {
      throw new IllegalStateException("Not every question is answered");
    }
    this.assessedOn = on;
    this.regime = MonitoringRegime.forProfile(profile());
    this.reassessBy = regime.reassessBy(on);
  }

  public boolean isComplete() {
    return answers().size() == RiskQuestion.values().length;
  }

  public boolean isAssessed() {
    return assessedOn != null;
  }

  /** The answers given so far. */
  public Map<RiskQuestion, RiskLevel> answers() {
    Map<RiskQuestion, RiskLevel> answers = new EnumMap<>(RiskQuestion.class);
    for (RiskQuestion question : RiskQuestion.values()) {
      RiskLevel answer = getAnswer(question);
      if (answer != null) {
        answers.put(question, answer);
      }
    }
    return answers;
  }

  public RiskLevel getAnswer(RiskQuestion question) {
    return switch (question) {
      case FINANCIAL_INTEREST_SIZE -> financialInterestSize;
      case FINANCIAL_POSITION -> financialPosition;
      case EXTRA_CONTRIBUTION -> extraContribution;
      case POLICY_DEPENDENCE -> policyDependence;
      case STEERING_DISTANCE -> steeringDistance;
      case EXECUTION_RISK -> executionRisk;
    };
  }

  public void setAnswer(RiskQuestion question, RiskLevel level) {
    switch (question) {
      case FINANCIAL_INTEREST_SIZE -> financialInterestSize = level;
      case FINANCIAL_POSITION -> financialPosition = level;
      case EXTRA_CONTRIBUTION -> extraContribution = level;
      case POLICY_DEPENDENCE -> policyDependence = level;
      case STEERING_DISTANCE -> steeringDistance = level;
      case EXECUTION_RISK -> executionRisk = level;
    }
  }

  /** The sum of a category's answers (3 to 9), or 0 when one is missing. */
  public int score(RiskQuestion.Category category) {
    int sum = 0;
    for (RiskQuestion question : RiskQuestion.values()) {
      if (question.category() == category) {
        RiskLevel answer = getAnswer(question);
        if (answer == null) {
          return 0;
        }
        sum += answer.points();
      }
    }
    return sum;
  }

  public RiskLevel level(RiskQuestion.Category category) {
    int score = score(category);
    return score == 0 ? null : RiskLevel.ofCategoryScore(score);
  }

  /** The risk profile: the higher of the financial and the governance level. */
  public RiskLevel profile() {
    RiskLevel financial = level(RiskQuestion.Category.FINANCIAL);
    RiskLevel governance = level(RiskQuestion.Category.GOVERNANCE);
    if (financial == null || governance == null) {
      return null;
    }
    return financial.max(governance);
  }

  /** Whether the next assessment was due before the given day. */
  public boolean isOverdue(LocalDate today) {
    return reassessBy != null && reassessBy.isBefore(today);
  }

  public String getNotes() {
    return notes;
  }

  public void setNotes(String notes) {
    this.notes = Texts.clean(notes);
  }

  public LocalDate getAssessedOn() {
    return assessedOn;
  }

  public MonitoringRegime getRegime() {
    return regime;
  }

  public LocalDate getReassessBy() {
    return reassessBy;
  }

  /** A copy, for a form to edit without touching the stored assessment. */
  public RiskAssessment copy() {
    RiskAssessment copy = new RiskAssessment();
    answers().forEach(copy::setAnswer);
    copy.notes = notes;
    copy.assessedOn = assessedOn;
    copy.regime = regime;
    copy.reassessBy = reassessBy;
    return copy;
  }
}
