package nl.verbonden.agreements.entity;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import nl.verbonden.shared.entity.DomainException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A period is judged by the thresholds that held then: a change of thresholds from a period on
 * leaves the colour of earlier measurements as it was.
 */
class ThresholdVersionTest {

  /** Quarterly share: green from 85, red below 70, saved (so with its first version). */
  private static Indicator reach() {
    Indicator indicator =
        new Indicator(
            "Bereik",
            IndicatorKind.OUTPUT,
            "%",
            Direction.HIGHER_IS_BETTER,
            "90",
            "85",
            "70",
            Frequency.KWARTAAL);
    new Agreement().addIndicator(indicator);
    return indicator;
  }

  private static BigDecimal n(String value) {
    return new BigDecimal(value);
  }

  private static TrafficLight light(Indicator indicator, String period, String value) {
    return new Measurement(indicator, Period.parse(period), n(value), null, null).light();
  }

  /**
   * Green from 95, red below 80 from 2026-K3 on: 86 was green before, amber from then on; 75 was
   * amber, red from then on.
   */
  @ParameterizedTest
  @CsvSource({
    "2025-K4, 86, GREEN",
    "2026-K1, 86, GREEN",
    "2026-K2, 86, GREEN",
    "2026-K2, 75, AMBER",
    "2026-K2, 69.99, RED",
    "2026-K3, 86, AMBER",
    "2026-K3, 75, RED",
    "2026-K3, 95, GREEN",
    "2026-K3, 80, AMBER",
    "2026-K3, 79.99, RED",
    "2026-K4, 86, AMBER",
    "2027-K1, 94.99, AMBER",
    // a month, a half year and a year are judged by the version started by their first day
    "2026-06, 86, GREEN",
    "2026-07, 86, AMBER",
    "2026-H1, 86, GREEN",
    "2026-H2, 86, AMBER",
    "2026, 86, GREEN"
  })
  void eachPeriodIsJudgedByTheThresholdsThatHeldThen(
      String period, String value, TrafficLight expected) {
    Indicator indicator = reach();
    indicator.changeThresholds(Period.parse("2026-K3"), n("95"), n("80"));
    assertEquals(expected, light(indicator, period, value));
  }

  @Test
  void theFormShowsTheNewestThresholdsAndTheHistoryNewestFirst() {
    Indicator indicator = reach();
    indicator.changeThresholds(Period.parse("2026-K3"), n("95"), n("80"));
    assertEquals(0, n("95").compareTo(indicator.getGreenThreshold()));
    assertEquals(0, n("80").compareTo(indicator.getRedThreshold()));
    List<ThresholdVersion> history = indicator.thresholdHistory();
    assertEquals(2, history.size());
    assertEquals("2026-K3", history.get(0).getValidFromCode());
    assertTrue(history.get(1).isFromBeginning());
    assertEquals(0, n("85").compareTo(history.get(1).getGreen()));
  }

  @Test
  void aChangeFromAnEarlierPeriodReplacesTheVersionsFromThatPeriodOn() {
    Indicator indicator = reach();
    indicator.changeThresholds(Period.parse("2026-K3"), n("95"), n("80"));
    indicator.changeThresholds(Period.parse("2026-K2"), n("88"), n("75"));
    assertEquals(
        List.of("2026-K2", "begin"),
        indicator.thresholdHistory().stream()
            .map(v -> v.isFromBeginning() ? "begin" : v.getValidFromCode())
            .toList());
    assertEquals(TrafficLight.GREEN, light(indicator, "2026-K1", "86"));
    assertEquals(TrafficLight.AMBER, light(indicator, "2026-K2", "86"));
    assertEquals(TrafficLight.GREEN, light(indicator, "2026-K4", "90"));
  }

  @Test
  void aChangeInTheSamePeriodReplacesThatVersion() {
    Indicator indicator = reach();
    indicator.changeThresholds(Period.parse("2026-K3"), n("95"), n("80"));
    indicator.changeThresholds(Period.parse("2026-K3"), n("92"), n("80"));
    assertEquals(2, indicator.thresholdHistory().size());
    assertEquals(TrafficLight.GREEN, light(indicator, "2026-K3", "92"));
  }

  @Test
  void withoutAPeriodTheNewThresholdsHoldFromTheBeginningForEveryMeasurement() {
    Indicator indicator = reach();
    indicator.changeThresholds(Period.parse("2026-K3"), n("95"), n("80"));
    indicator.changeThresholds(null, n("60"), n("50"));
    assertEquals(1, indicator.thresholdHistory().size());
    assertTrue(indicator.thresholdHistory().get(0).isFromBeginning());
    assertEquals(TrafficLight.GREEN, light(indicator, "2020-K1", "61"));
    assertEquals(TrafficLight.GREEN, light(indicator, "2026-K4", "61"));
  }

  @Test
  void anEditWithTheSameThresholdsMakesNoNewVersion() {
    Indicator indicator = reach();
    Indicator edited =
        new Indicator(
            "Bereik jeugd",
            IndicatorKind.OUTCOME,
            "%",
            Direction.HIGHER_IS_BETTER,
            "90",
            "85.00",
            "70",
            Frequency.KWARTAAL);
    indicator.copyEditableFrom(edited, Period.parse("2026-K3"));
    assertEquals("Bereik jeugd", indicator.getName());
    assertEquals(1, indicator.thresholdHistory().size());
    edited.setGreenThreshold(n("87"));
    indicator.copyEditableFrom(edited, Period.parse("2026-K3"));
    assertEquals(2, indicator.thresholdHistory().size());
    assertEquals(TrafficLight.GREEN, light(indicator, "2026-K2", "86"));
    assertEquals(TrafficLight.AMBER, light(indicator, "2026-K3", "86"));
  }

  @Test
  void aNewIndicatorNotYetSavedIsJudgedByTheThresholdsOfItsForm() {
    Indicator form = new Indicator();
    form.setDirection(Direction.LOWER_IS_BETTER);
    form.setGreenThreshold(n("28"));
    form.setRedThreshold(n("42"));
    assertEquals(TrafficLight.AMBER, form.light(Period.parse("2026-K1"), n("30")));
  }

  @Test
  void aChangedDirectionMustFitEveryVersion() {
    Indicator indicator = reach();
    indicator.changeThresholds(Period.parse("2026-K3"), n("88"), n("80"));
    assertDoesNotThrow(indicator::checkThresholds);
    // lower is better now, with thresholds that fit it from 2026-K3, but not the earlier version
    indicator.setDirection(Direction.LOWER_IS_BETTER);
    indicator.setTarget(n("10"));
    indicator.changeThresholds(Period.parse("2026-K3"), n("20"), n("30"));
    DomainException e = assertThrows(DomainException.class, indicator::checkThresholds);
    assertEquals("drempelRood", e.field());
  }

  /**
   * The escalation rule judges each period by its own thresholds: 75 was amber in 2026-K1 and is
   * red from 2026-K2 on, so two red quarters are 2026-K2 and 2026-K3, not 2026-K1.
   */
  @Test
  void theEscalationRuleJudgesEachPeriodByItsOwnThresholds() {
    Indicator indicator = reach();
    indicator.changeThresholds(Period.parse("2026-K2"), n("88"), n("80"));
    Measurement first = new Measurement(indicator, Period.parse("2026-K1"), n("75"), null, null);
    Measurement second = new Measurement(indicator, Period.parse("2026-K2"), n("75"), null, null);
    Measurement third = new Measurement(indicator, Period.parse("2026-K3"), n("75"), null, null);
    assertEquals(TrafficLight.AMBER, first.light());
    assertEquals(TrafficLight.RED, second.light());
    assertFalse(EscalationRule.redTooLong(List.of(first, second), 2));
    assertTrue(EscalationRule.redTooLong(List.of(first, second, third), 2));
  }
}
