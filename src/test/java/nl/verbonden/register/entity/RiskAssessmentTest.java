package nl.verbonden.register.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;
import nl.verbonden.register.entity.RiskQuestion.Category;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Six answers of 1 to 3 points, three per category; a category's level follows from its sum, the
 * profile is the higher of the two levels, and the profile decides the regime and the date of the
 * next assessment.
 */
class RiskAssessmentTest {

  @ParameterizedTest(name = "{0} + {1} + {2} = {3}")
  @CsvSource({
    "LAAG, LAAG, LAAG, 3",
    "LAAG, LAAG, GEMIDDELD, 4",
    "LAAG, LAAG, HOOG, 5",
    "LAAG, GEMIDDELD, HOOG, 6",
    "GEMIDDELD, GEMIDDELD, HOOG, 7",
    "GEMIDDELD, HOOG, HOOG, 8",
    "HOOG, HOOG, HOOG, 9"
  })
  void aCategoryScoresTheSumOfItsThreeAnswers(
      RiskLevel first, RiskLevel second, RiskLevel third, int score) {
    RiskAssessment financial = new RiskAssessment();
    financial.setAnswer(RiskQuestion.FINANCIAL_INTEREST_SIZE, first);
    financial.setAnswer(RiskQuestion.FINANCIAL_POSITION, second);
    financial.setAnswer(RiskQuestion.EXTRA_CONTRIBUTION, third);
    assertEquals(score, financial.score(Category.FINANCIAL));
    assertEquals(RiskLevel.ofCategoryScore(score), financial.level(Category.FINANCIAL));
    assertEquals(0, financial.score(Category.GOVERNANCE), "the other category has no answers");

    RiskAssessment governance = new RiskAssessment();
    governance.setAnswer(RiskQuestion.POLICY_DEPENDENCE, third);
    governance.setAnswer(RiskQuestion.STEERING_DISTANCE, first);
    governance.setAnswer(RiskQuestion.EXECUTION_RISK, second);
    assertEquals(score, governance.score(Category.GOVERNANCE));
    assertEquals(0, governance.score(Category.FINANCIAL));
  }

  @Test
  void oneHighAnswerWithTwoLowOnesScoresFiveWhichIsMedium() {
    RiskAssessment assessment = answered(RiskLevel.LAAG, RiskLevel.LAAG);
    assessment.setAnswer(RiskQuestion.EXTRA_CONTRIBUTION, RiskLevel.HOOG);
    assertEquals(5, assessment.score(Category.FINANCIAL));
    assertEquals(RiskLevel.GEMIDDELD, assessment.level(Category.FINANCIAL));
  }

  @Test
  void aCategoryWithAMissingAnswerHasNoScoreLevelOrProfile() {
    RiskAssessment assessment = answered(RiskLevel.HOOG, RiskLevel.HOOG);
    assessment.setAnswer(RiskQuestion.STEERING_DISTANCE, null);
    assertEquals(0, assessment.score(Category.GOVERNANCE));
    assertNull(assessment.level(Category.GOVERNANCE));
    assertNull(assessment.profile());
    assertFalse(assessment.isComplete());
    assertEquals(5, assessment.answers().size());
  }

  @ParameterizedTest(name = "financial {0}, governance {1} → profile {2}")
  @CsvSource({
    "LAAG, LAAG, LAAG",
    "LAAG, GEMIDDELD, GEMIDDELD",
    "LAAG, HOOG, HOOG",
    "GEMIDDELD, LAAG, GEMIDDELD",
    "GEMIDDELD, GEMIDDELD, GEMIDDELD",
    "GEMIDDELD, HOOG, HOOG",
    "HOOG, LAAG, HOOG",
    "HOOG, GEMIDDELD, HOOG",
    "HOOG, HOOG, HOOG"
  })
  void theProfileIsTheHigherOfTheTwoCategories(
      RiskLevel financial, RiskLevel governance, RiskLevel profile) {
    RiskAssessment assessment = answered(financial, governance);
    assertEquals(financial, assessment.level(Category.FINANCIAL));
    assertEquals(governance, assessment.level(Category.GOVERNANCE));
    assertEquals(profile, assessment.profile());
  }

  @ParameterizedTest
  @EnumSource(RiskQuestion.class)
  void completeWithAnUnansweredQuestionThrowsAndFixesNothing(RiskQuestion unanswered) {
    RiskAssessment assessment = answered(RiskLevel.GEMIDDELD, RiskLevel.GEMIDDELD);
    assessment.setAnswer(unanswered, null);
    assertThrows(IllegalStateException.class, () -> assessment.complete(LocalDate.of(2026, 3, 15)));
    assertFalse(assessment.isAssessed());
    assertNull(assessment.getRegime());
    assertNull(assessment.getReassessBy());
  }

  @ParameterizedTest(name = "{0} on {1} → {2}, again by {3}")
  @CsvSource({
    "LAAG, 2026-03-15, LICHT, 2028-03-15",
    "GEMIDDELD, 2026-03-15, MIDDEL, 2027-03-15",
    "HOOG, 2026-03-15, ZWAAR, 2026-09-15",
    "HOOG, 2026-08-31, ZWAAR, 2027-02-28",
    "HOOG, 2027-08-31, ZWAAR, 2028-02-29"
  })
  void completeFixesTheDateTheRegimeAndTheNextAssessment(
      RiskLevel profile, LocalDate on, MonitoringRegime regime, LocalDate reassessBy) {
    RiskAssessment assessment = answered(RiskLevel.LAAG, profile);
    assessment.complete(on);
    assertTrue(assessment.isAssessed());
    assertEquals(on, assessment.getAssessedOn());
    assertEquals(regime, assessment.getRegime());
    assertEquals(reassessBy, assessment.getReassessBy());
  }

  @Test
  void ofMakesACompleteAssessmentWithItsNotes() {
    Map<RiskQuestion, RiskLevel> answers = new EnumMap<>(RiskQuestion.class);
    for (RiskQuestion question : RiskQuestion.values()) {
      answers.put(question, RiskLevel.GEMIDDELD);
    }
    RiskAssessment assessment =
        RiskAssessment.of(answers, "  Weerstandsvermogen voldoende. ", LocalDate.of(2026, 1, 5));
    assertEquals(answers, assessment.answers());
    assertEquals("Weerstandsvermogen voldoende.", assessment.getNotes());
    assertEquals(MonitoringRegime.MIDDEL, assessment.getRegime());
    assertEquals(LocalDate.of(2027, 1, 5), assessment.getReassessBy());
  }

  @Test
  void ofRefusesAnIncompleteSetOfAnswers() {
    Map<RiskQuestion, RiskLevel> answers = new EnumMap<>(RiskQuestion.class);
    answers.put(RiskQuestion.FINANCIAL_POSITION, RiskLevel.HOOG);
    assertThrows(
        IllegalStateException.class,
        () -> RiskAssessment.of(answers, null, LocalDate.of(2026, 1, 5)));
  }

  @Test
  void anAssessmentIsOverdueOnlyAfterItsReassessmentDate() {
    RiskAssessment assessment = answered(RiskLevel.HOOG, RiskLevel.LAAG);
    assessment.complete(LocalDate.of(2026, 3, 15));
    LocalDate by = assessment.getReassessBy();
    assertEquals(LocalDate.of(2026, 9, 15), by);
    assertFalse(assessment.isOverdue(by.minusDays(1)), "the day before");
    assertFalse(assessment.isOverdue(by), "on the day itself");
    assertTrue(assessment.isOverdue(by.plusDays(1)), "the day after");
  }

  @Test
  void anAssessmentNeverMadeIsNotOverdue() {
    assertFalse(new RiskAssessment().isOverdue(LocalDate.of(2100, 1, 1)));
    assertFalse(new RiskAssessment().isAssessed());
  }

  @Test
  void aCopyHasTheSameContentButIsIndependent() {
    RiskAssessment original = answered(RiskLevel.GEMIDDELD, RiskLevel.HOOG);
    original.setNotes("Origineel");
    original.complete(LocalDate.of(2026, 3, 15));

    RiskAssessment copy = original.copy();
    assertEquals(original.answers(), copy.answers());
    assertEquals("Origineel", copy.getNotes());
    assertEquals(original.getAssessedOn(), copy.getAssessedOn());
    assertEquals(original.getRegime(), copy.getRegime());
    assertEquals(original.getReassessBy(), copy.getReassessBy());

    copy.setAnswer(RiskQuestion.EXECUTION_RISK, RiskLevel.LAAG);
    copy.setNotes("Bewerkt");
    copy.complete(LocalDate.of(2027, 1, 1));
    assertEquals(RiskLevel.HOOG, original.getAnswer(RiskQuestion.EXECUTION_RISK));
    assertEquals("Origineel", original.getNotes());
    assertEquals(LocalDate.of(2026, 3, 15), original.getAssessedOn());
    assertEquals(LocalDate.of(2026, 9, 15), original.getReassessBy());

    original.setAnswer(RiskQuestion.FINANCIAL_POSITION, RiskLevel.LAAG);
    assertEquals(RiskLevel.GEMIDDELD, copy.getAnswer(RiskQuestion.FINANCIAL_POSITION));
  }

  @Test
  void theAnswersGivenAreACopy() {
    RiskAssessment assessment = answered(RiskLevel.LAAG, RiskLevel.LAAG);
    assessment.answers().put(RiskQuestion.FINANCIAL_POSITION, RiskLevel.HOOG);
    assertEquals(RiskLevel.LAAG, assessment.getAnswer(RiskQuestion.FINANCIAL_POSITION));
  }

  /**
   * All six questions answered so that each category has the given level: all three answers at that
   * level (3, 6 or 9 points).
   */
  private static RiskAssessment answered(RiskLevel financial, RiskLevel governance) {
    RiskAssessment assessment = new RiskAssessment();
    for (RiskQuestion question : RiskQuestion.values()) {
      assessment.setAnswer(
          question, question.category() == Category.FINANCIAL ? financial : governance);
    }
    return assessment;
  }
}
