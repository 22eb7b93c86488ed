package nl.verbonden.agreements.entity;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import nl.verbonden.shared.entity.DomainException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The traffic light of an indicator, boundaries included, and the thresholds' consistency with the
 * direction.
 */
class IndicatorTest {

  /** Share of clients helped within 8 weeks: target 90 %, green from 85, red below 70. */
  private static Indicator higher() {
    return new Indicator(
        "Binnen 8 weken geholpen",
        IndicatorKind.OUTPUT,
        "%",
        Direction.HIGHER_IS_BETTER,
        "90",
        "85",
        "70",
        Frequency.KWARTAAL);
  }

  /** Waiting time in days: target 20, green up to 28, red above 42. */
  private static Indicator lower() {
    return new Indicator(
        "Wachttijd",
        IndicatorKind.OUTPUT,
        "dagen",
        Direction.LOWER_IS_BETTER,
        "20",
        "28",
        "42",
        Frequency.MAAND);
  }

  @ParameterizedTest
  @CsvSource({
    "100, GREEN",
    "85, GREEN",
    "85.00, GREEN",
    "84.99, AMBER",
    "70, AMBER",
    "69.99, RED",
    "0, RED",
    "-5, RED"
  })
  void higherIsBetter(String value, TrafficLight expected) {
    assertEquals(expected, higher().light(new BigDecimal(value)));
  }

  @ParameterizedTest
  @CsvSource({"0, GREEN", "28, GREEN", "28.01, AMBER", "42, AMBER", "42.01, RED", "365, RED"})
  void lowerIsBetter(String value, TrafficLight expected) {
    assertEquals(expected, lower().light(new BigDecimal(value)));
  }

  @Test
  void noValueIsGrey() {
    assertEquals(TrafficLight.GREY, higher().light(null));
  }

  @Test
  void consistentThresholdsPass() {
    assertDoesNotThrow(() -> higher().checkThresholds());
    assertDoesNotThrow(() -> lower().checkThresholds());
  }

  @Test
  void equalThresholdsMeanNoAmberZone() {
    Indicator noAmber = higher();
    noAmber.setRedThreshold(new BigDecimal("85"));
    assertDoesNotThrow(noAmber::checkThresholds);
    assertEquals(TrafficLight.RED, noAmber.light(new BigDecimal("84.99")));
  }

  @Test
  void higherIsBetterWithRedAboveGreenIsRefused() {
    Indicator wrong = higher();
    wrong.setRedThreshold(new BigDecimal("86"));
    DomainException e = assertThrows(DomainException.class, wrong::checkThresholds);
    assertEquals("verbonden.indicator.redAboveGreen", e.messageKey());
    assertEquals("drempelRood", e.field());
  }

  @Test
  void lowerIsBetterWithRedBelowGreenIsRefused() {
    Indicator wrong = lower();
    wrong.setRedThreshold(new BigDecimal("27"));
    assertEquals(
        "verbonden.indicator.redBelowGreen",
        assertThrows(DomainException.class, wrong::checkThresholds).messageKey());
  }

  @Test
  void theTargetMustBeGreen() {
    Indicator wrong = higher();
    wrong.setTarget(new BigDecimal("80"));
    DomainException e = assertThrows(DomainException.class, wrong::checkThresholds);
    assertEquals("verbonden.indicator.targetNotGreen", e.messageKey());
    assertEquals("doel", e.field());
    Indicator wrongLower = lower();
    wrongLower.setTarget(new BigDecimal("30"));
    assertThrows(DomainException.class, wrongLower::checkThresholds);
  }

  @Test
  void theWorstLightOfSeveral() {
    assertEquals(TrafficLight.GREY, TrafficLight.worst(java.util.List.of()));
    assertEquals(
        TrafficLight.GREEN,
        TrafficLight.worst(java.util.List.of(TrafficLight.GREY, TrafficLight.GREEN)));
    assertEquals(
        TrafficLight.RED,
        TrafficLight.worst(
            java.util.List.of(TrafficLight.GREEN, TrafficLight.RED, TrafficLight.AMBER)));
  }
}
