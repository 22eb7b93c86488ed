package nl.verbonden.quadrants.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Collections;
import java.util.List;
import nl.verbonden.agreements.entity.IndicatorKind;
import nl.verbonden.agreements.entity.SteeringInstrument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

/** The two axes as docs/domain.md defines them, with their caps and reasons. */
class PositionFormulaTest {

  @ParameterizedTest
  @CsvSource({
    "0, 0, 0",
    "0, 1, 0",
    "1, 1, 12",
    "3, 1, 35",
    "6, 1, 70",
    "9, 1, 70",
    "0, 16, 30",
    "0, 40, 30",
    "6, 16, 100",
    "2, 8, 37",
    "-1, 0, 0"
  })
  void networkCountsRelationsAndParticipantsUpToTheirCaps(
      int relations, int participants, int expected) {
    assertEquals(expected, PositionFormula.network(relations, participants).value());
  }

  @Test
  void theNetworkReasonsNameTheCountsAndPoints() {
    PositionFormula.Score score = PositionFormula.network(3, 5);
    assertEquals("position.reason.relations", score.reasons().get(0).key());
    assertEquals(List.of(3, 35), score.reasons().get(0).arguments());
    assertEquals(List.of(5, 8), score.reasons().get(1).arguments());
    assertEquals(43, score.value());
  }

  @Test
  void withoutAnActiveAgreementSteeringCannotBeComputed() {
    assertNull(PositionFormula.steering(List.of(), List.of(IndicatorKind.OUTPUT)));
  }

  @Test
  void productFinancingWithOutputIndicatorsSteersStrictly() {
    PositionFormula.Score score =
        PositionFormula.steering(
            List.of(SteeringInstrument.CONTRACTFINANCIERING_PRODUCT),
            List.of(IndicatorKind.OUTPUT, IndicatorKind.OUTPUT));
    assertEquals(90, score.value()); // 85 × 0.7 + 100 % × 30
  }

  @Test
  void resultFinancingWithOutcomeIndicatorsSteersLess() {
    assertEquals(
        39,
        PositionFormula.steering(
                List.of(SteeringInstrument.CONTRACTFINANCIERING_RESULTAAT),
                List.of(IndicatorKind.OUTCOME, IndicatorKind.EFFECT))
            .value()); // 55 × 0.7 + 0
  }

  @Test
  void instrumentsAreAveragedAndMissingIndicatorsCountHalf() {
    PositionFormula.Score score =
        PositionFormula.steering(
            List.of(SteeringInstrument.AANBESTEDEN, SteeringInstrument.SUBSIDIEDIALOOG), List.of());
    assertEquals(59, score.value()); // (90 + 35) / 2 = 62.5 × 0.7 = 43.75, + half of 30 = 58.75
    assertEquals("position.reason.noIndicators", score.reasons().get(1).key());
  }

  @Test
  void inputCountsAsOutputInTheIndicatorMix() {
    assertEquals(
        PositionFormula.steering(
                List.of(SteeringInstrument.SUBSIDIEDIALOOG), List.of(IndicatorKind.OUTPUT))
            .value(),
        PositionFormula.steering(
                List.of(SteeringInstrument.SUBSIDIEDIALOOG), List.of(IndicatorKind.INPUT))
            .value());
  }

  @ParameterizedTest
  @EnumSource(SteeringInstrument.class)
  void everyInstrumentHasASteeringWeight(SteeringInstrument instrument) {
    int weight = PositionFormula.steeringOf(instrument);
    assertTrue(weight >= 0 && weight <= 100);
  }

  @Test
  void theStrictestMixIsTheMaximumAndTheLoosestTheMinimum() {
    assertEquals(
        93, // 90 × 0.7 + 30
        PositionFormula.steering(
                Collections.nCopies(3, SteeringInstrument.AANBESTEDEN),
                List.of(IndicatorKind.OUTPUT))
            .value());
    assertEquals(
        4, // 5 × 0.7
        PositionFormula.steering(
                List.of(SteeringInstrument.BUDGET_BIJ_INWONERS), List.of(IndicatorKind.EFFECT))
            .value());
  }

  @ParameterizedTest
  @CsvSource({
    "0, 100, MEERVOUDIG_OPDRACHTGEVERSCHAP",
    "49, 50, MEERVOUDIG_OPDRACHTGEVERSCHAP",
    "50, 50, ENKELVOUDIG_OPDRACHTGEVERSCHAP",
    "100, 100, ENKELVOUDIG_OPDRACHTGEVERSCHAP",
    "50, 49, MAATSCHAPPELIJK_PARTNERSCHAP",
    "100, 0, MAATSCHAPPELIJK_PARTNERSCHAP",
    "49, 49, GEDELEGEERD_OPDRACHTGEVERSCHAP",
    "0, 0, GEDELEGEERD_OPDRACHTGEVERSCHAP"
  })
  void theQuadrantFollowsFromThePositionWithTheMiddleOnTheSteeringAndNetworkedSide(
      int network, int steering, Quadrant expected) {
    assertEquals(expected, Quadrant.of(network, steering));
  }

  @Test
  void eachQuadrantHasItsSteeringModelAndNumber() {
    assertEquals(SteeringModel.EIGEN_BEHEER, Quadrant.MEERVOUDIG_OPDRACHTGEVERSCHAP.model());
    assertEquals(SteeringModel.MARKTMEESTER, Quadrant.ENKELVOUDIG_OPDRACHTGEVERSCHAP.model());
    assertEquals(SteeringModel.SAMENWERKINGSPARTNER, Quadrant.MAATSCHAPPELIJK_PARTNERSCHAP.model());
    assertEquals(SteeringModel.FACILITATOR, Quadrant.GEDELEGEERD_OPDRACHTGEVERSCHAP.model());
    assertEquals(3, Quadrant.MAATSCHAPPELIJK_PARTNERSCHAP.number());
  }

  @ParameterizedTest
  @EnumSource(Quadrant.class)
  void aQuadrantsCentreLiesInIt(Quadrant quadrant) {
    assertEquals(quadrant, Quadrant.of(quadrant.centreNetwork(), quadrant.centreSteering()));
    assertTrue(!quadrant.instruments().isEmpty());
  }

  @Test
  void switchingNamesEachAxisThatChanges() {
    assertEquals(
        List.of("switch.steerLess", "switch.networkMore"),
        Quadrant.MEERVOUDIG_OPDRACHTGEVERSCHAP.switchTo(Quadrant.MAATSCHAPPELIJK_PARTNERSCHAP));
    assertEquals(
        List.of("switch.steerMore"),
        Quadrant.GEDELEGEERD_OPDRACHTGEVERSCHAP.switchTo(Quadrant.MEERVOUDIG_OPDRACHTGEVERSCHAP));
    assertEquals(
        List.of("switch.networkLess"),
        Quadrant.ENKELVOUDIG_OPDRACHTGEVERSCHAP.switchTo(Quadrant.MEERVOUDIG_OPDRACHTGEVERSCHAP));
    assertEquals(
        List.of(),
        Quadrant.MAATSCHAPPELIJK_PARTNERSCHAP.switchTo(Quadrant.MAATSCHAPPELIJK_PARTNERSCHAP));
  }
}
