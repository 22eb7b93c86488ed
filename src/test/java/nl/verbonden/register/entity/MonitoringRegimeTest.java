package nl.verbonden.register.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import nl.verbonden.register.RegisterBundles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Licht, middel, zwaar: each heavier regime requires the instruments of the lighter ones and comes
 * back sooner.
 */
class MonitoringRegimeTest {

  @ParameterizedTest
  @CsvSource({"LAAG, LICHT", "GEMIDDELD, MIDDEL", "HOOG, ZWAAR"})
  void eachRiskProfileHasItsRegime(RiskLevel profile, MonitoringRegime regime) {
    assertEquals(regime, MonitoringRegime.forProfile(profile));
  }

  @ParameterizedTest
  @CsvSource({"LICHT, 24", "MIDDEL, 12", "ZWAAR, 6"})
  void aHeavierRegimeIsReassessedSooner(MonitoringRegime regime, int months) {
    assertEquals(months, regime.reassessAfterMonths());
    assertEquals(
        LocalDate.of(2026, 3, 15).plusMonths(months), regime.reassessBy(LocalDate.of(2026, 3, 15)));
  }

  @ParameterizedTest(name = "{0} + {1} → {2}")
  @CsvSource({
    "2026-08-31, ZWAAR, 2027-02-28",
    "2027-08-31, ZWAAR, 2028-02-29",
    "2026-03-31, ZWAAR, 2026-09-30",
    "2028-02-29, MIDDEL, 2029-02-28",
    "2028-02-29, LICHT, 2030-02-28"
  })
  void aDayThatTheTargetMonthLacksBecomesItsLastDay(
      LocalDate assessedOn, MonitoringRegime regime, LocalDate by) {
    assertEquals(by, regime.reassessBy(assessedOn));
  }

  @Test
  void theInstrumentsAreCumulativeInOrder() {
    List<String> licht = MonitoringRegime.LICHT.instruments();
    List<String> middel = MonitoringRegime.MIDDEL.instruments();
    List<String> zwaar = MonitoringRegime.ZWAAR.instruments();
    assertEquals(List.of("regime.instrument.budget", "regime.instrument.annualAccount"), licht);
    assertEquals(
        List.of(
            "regime.instrument.budget",
            "regime.instrument.annualAccount",
            "regime.instrument.periodicReports",
            "regime.instrument.consultation"),
        middel);
    assertEquals(
        List.of(
            "regime.instrument.budget",
            "regime.instrument.annualAccount",
            "regime.instrument.periodicReports",
            "regime.instrument.consultation",
            "regime.instrument.riskAnalysis",
            "regime.instrument.frameworks",
            "regime.instrument.audit"),
        zwaar);
    assertEquals(licht, middel.subList(0, licht.size()));
    assertEquals(middel, zwaar.subList(0, middel.size()));
    assertTrue(licht.size() < middel.size() && middel.size() < zwaar.size());
  }

  @ParameterizedTest
  @EnumSource(MonitoringRegime.class)
  void eachInstrumentIsNamedOnceAndExistsInDutchAndEnglish(MonitoringRegime regime) {
    List<String> instruments = regime.instruments();
    assertEquals(instruments.size(), new HashSet<>(instruments).size(), "no instrument twice");
    for (String key : instruments) {
      assertTrue(RegisterBundles.dutch().containsKey(key), key + " in messages.properties");
      assertTrue(RegisterBundles.english().containsKey(key), key + " in messages_en.properties");
    }
  }

  @Test
  void theInstrumentsCannotBeChangedFromOutside() {
    List<String> first = MonitoringRegime.LICHT.instruments();
    first.add("extra");
    assertEquals(2, MonitoringRegime.LICHT.instruments().size());
  }
}
