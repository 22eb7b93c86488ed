package nl.verbonden.agreements.boundary;

import static nl.verbonden.agreements.boundary.AgreementFixtures.REGISSEUR;
import static nl.verbonden.agreements.boundary.AgreementFixtures.reach;
import static nl.verbonden.agreements.boundary.AgreementFixtures.record;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import nl.verbonden.agreements.entity.Agreement;
import nl.verbonden.agreements.entity.AgreementStatus;
import nl.verbonden.agreements.entity.Indicator;
import nl.verbonden.agreements.entity.Measurement;
import nl.verbonden.agreements.entity.Period;
import nl.verbonden.agreements.entity.SteeringInstrument;
import nl.verbonden.agreements.entity.ThresholdVersion;
import nl.verbonden.agreements.entity.TrafficLight;
import nl.verbonden.register.boundary.PartyService;
import nl.verbonden.register.entity.Party;
import nl.verbonden.shared.entity.DomainException;
import nl.verbonden.testsupport.InContainer;
import org.junit.jupiter.api.Test;

/**
 * Threshold versions in the container: a change from a period is kept with that period, earlier
 * measurements keep their light on the agreement page, and a refused change keeps nothing.
 */
class ThresholdVersionsIT extends InContainer {

  @Inject private AgreementService agreements;
  @Inject private MeasurementService measurements;
  @Inject private PartyService parties;
  @Inject private java.time.Clock clock;

  private Indicator setUp(String partyName) {
    as.login(REGISSEUR);
    Long party = parties.create(new Party(partyName, "Woudenberg")).getId();
    Agreement agreement = new Agreement();
    agreement.setTitle("DVO " + partyName);
    agreement.setStartDate(LocalDate.of(2026, 1, 1));
    // ending more than 90 days ahead, so that it stays off the dashboard's list of agreements
    // ending
    agreement.setEndDate(LocalDate.now(clock).plusYears(1));
    agreement.setStatus(AgreementStatus.ACTIEF);
    agreement.setInstrument(SteeringInstrument.SUBSIDIEDIALOOG);
    agreement.setAnnualBudget(new BigDecimal("100000.00"));
    agreement = agreements.create(party, agreement);
    return agreements.addIndicator(agreement.getId(), reach());
  }

  private static Map<String, TrafficLight> lights(AgreementStatusView view) {
    return view.indicators().get(0).measurements().stream()
        .collect(Collectors.toMap(Measurement::getPeriodCode, Measurement::light));
  }

  @Test
  void aPeriodIsJudgedByTheThresholdsThatHeldThen() {
    Indicator indicator = setUp("Stichting Drempels Door De Tijd");
    Long agreementId = indicator.getAgreement().getId();
    record(measurements, agreementId, indicator.getId(), "2026-K1", "86");

    Indicator edited = agreements.find(agreementId).getIndicators().get(0);
    edited.setGreenThreshold(new BigDecimal("95"));
    edited.setRedThreshold(new BigDecimal("80"));
    edited.setTarget(new BigDecimal("96"));
    agreements.updateIndicator(agreementId, edited, Period.parse("2026-K2"));
    record(measurements, agreementId, indicator.getId(), "2026-K2", "86");

    AgreementStatusView view = agreements.status(agreementId);
    assertEquals(
        Map.of("2026-K1", TrafficLight.GREEN, "2026-K2", TrafficLight.AMBER), lights(view));
    assertEquals(TrafficLight.AMBER, view.light());
    List<ThresholdVersion> history = view.indicators().get(0).indicator().thresholdHistory();
    assertEquals(2, history.size());
    assertEquals("2026-K2", history.get(0).getValidFromCode());
    assertEquals(0, new BigDecimal("95").compareTo(history.get(0).getGreen()));
    assertTrue(history.get(1).isFromBeginning());
    assertEquals(0, new BigDecimal("85").compareTo(history.get(1).getGreen()));

    // the thresholds back from the beginning: every measurement judged by them again
    Indicator again = agreements.find(agreementId).getIndicators().get(0);
    again.setGreenThreshold(new BigDecimal("80"));
    again.setRedThreshold(new BigDecimal("60"));
    again.setTarget(new BigDecimal("90"));
    agreements.updateIndicator(agreementId, again, null);
    AgreementStatusView after = agreements.status(agreementId);
    assertEquals(
        Map.of("2026-K1", TrafficLight.GREEN, "2026-K2", TrafficLight.GREEN), lights(after));
    assertEquals(1, after.indicators().get(0).indicator().thresholdHistory().size());
  }

  @Test
  void aRefusedChangeKeepsNoVersion() {
    Indicator indicator = setUp("Stichting Drempels Geweigerd");
    Long agreementId = indicator.getAgreement().getId();
    Indicator wrong = agreements.find(agreementId).getIndicators().get(0);
    wrong.setGreenThreshold(new BigDecimal("95"));
    wrong.setRedThreshold(new BigDecimal("80"));
    // the target 90 would not be green by 95
    DomainException refused =
        assertThrows(
            DomainException.class,
            () -> agreements.updateIndicator(agreementId, wrong, Period.parse("2026-K2")));
    assertEquals("doel", refused.field());
    Indicator kept = agreements.status(agreementId).indicators().get(0).indicator();
    assertEquals(1, kept.thresholdHistory().size());
    assertEquals(0, new BigDecimal("85").compareTo(kept.getGreenThreshold()));
  }

  @Test
  void everyDemoIndicatorHasAVersionFromTheBeginning() {
    as.login(REGISSEUR);
    for (Agreement agreement : agreements.list()) {
      agreements
          .status(agreement.getId())
          .indicators()
          .forEach(
              st -> {
                List<ThresholdVersion> history = st.indicator().thresholdHistory();
                ThresholdVersion first = history.get(history.size() - 1);
                // saved, not the stand-in of an indicator without versions
                assertTrue(first.getId() != null, st.indicator().getName());
                assertTrue(first.isFromBeginning(), st.indicator().getName());
              });
    }
  }
}
