package nl.verbonden.register.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A category's level from the sum of its three answers (3 to 9): up to 4 low, 5 or 6 medium, 7 or
 * more high.
 */
class RiskLevelTest {

  @ParameterizedTest(name = "{0} points → {1}")
  @CsvSource({
    "3, LAAG",
    "4, LAAG",
    "5, GEMIDDELD",
    "6, GEMIDDELD",
    "7, HOOG",
    "8, HOOG",
    "9, HOOG"
  })
  void theLevelChangesExactlyBetweenFourAndFiveAndBetweenSixAndSeven(int score, RiskLevel level) {
    assertEquals(level, RiskLevel.ofCategoryScore(score));
  }

  @ParameterizedTest
  @CsvSource({"LAAG, 1", "GEMIDDELD, 2", "HOOG, 3"})
  void anAnswerScoresOneToThreePoints(RiskLevel level, int points) {
    assertEquals(points, level.points());
  }

  @ParameterizedTest(name = "max({0}, {1}) = {2}")
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
  void maxIsTheHigherLevelInEitherOrder(RiskLevel one, RiskLevel other, RiskLevel higher) {
    assertEquals(higher, one.max(other));
  }
}
