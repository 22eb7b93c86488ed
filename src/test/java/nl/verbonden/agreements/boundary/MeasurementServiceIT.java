package nl.verbonden.agreements.boundary;

import static nl.verbonden.agreements.boundary.AgreementFixtures.REGISSEUR;
import static nl.verbonden.agreements.boundary.AgreementFixtures.reach;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.util.List;
import nl.verbonden.agreements.entity.Agreement;
import nl.verbonden.agreements.entity.Indicator;
import nl.verbonden.agreements.entity.TrafficLight;
import nl.verbonden.register.boundary.PartyService;
import nl.verbonden.register.entity.Party;
import nl.verbonden.shared.entity.DomainException;
import nl.verbonden.shared.entity.NotFoundException;
import nl.verbonden.testsupport.InContainer;
import org.junit.jupiter.api.Test;

/**
 * Measurements in the container: recorded and corrected with their history, refused outside the
 * agreement or its indicators' frequency, imported from a CSV file all or nothing, and saved when
 * the party has no escalation ladder.
 */
class MeasurementServiceIT extends InContainer {

  @Inject private AgreementService agreements;
  @Inject private MeasurementService measurements;
  @Inject private PartyService parties;

  private Agreement newAgreement(Long partyId, String title) {
    return AgreementFixtures.newAgreement(agreements, partyId, title);
  }

  private RecordResult record(Long agreementId, Long indicatorId, String period, String value) {
    return AgreementFixtures.record(measurements, agreementId, indicatorId, period, value);
  }

  @Test
  void measurementsAreRecordedCorrectedWithHistoryAndLeftAloneWhenEqual() {
    as.login(REGISSEUR);
    Long party = parties.create(new Party("Stichting DVO Metingen", "Woudenberg")).getId();
    Agreement agreement = newAgreement(party, "DVO metingen");
    Indicator indicator = agreements.addIndicator(agreement.getId(), reach());

    assertEquals(1, record(agreement.getId(), indicator.getId(), "2026-K1", "88").added());
    RecordResult corrected = record(agreement.getId(), indicator.getId(), "2026-K1", "86.5");
    assertEquals(1, corrected.corrected());
    assertEquals(1, record(agreement.getId(), indicator.getId(), "2026-K1", "86.50").unchanged());

    AgreementStatusView view = agreements.status(agreement.getId());
    assertEquals(new BigDecimal("86.50"), view.indicators().get(0).latest().getValue());
    assertEquals(TrafficLight.GREEN, view.light());
    assertEquals(1, measurements.corrections(agreement.getId()).size());
    assertEquals(
        new BigDecimal("88.00"), measurements.corrections(agreement.getId()).get(0).getOldValue());
  }

  @Test
  void aPeriodOutsideTheAgreementOrOfAnotherFrequencySavesNothing() {
    as.login(REGISSEUR);
    Long party = parties.create(new Party("Stichting DVO Perioden", "Woudenberg")).getId();
    Agreement agreement = newAgreement(party, "DVO perioden");
    Indicator indicator = agreements.addIndicator(agreement.getId(), reach());

    DomainException outside =
        assertThrows(
            DomainException.class,
            () -> record(agreement.getId(), indicator.getId(), "2027-K1", "88"));
    assertEquals("verbonden.measurement.outsideAgreement", outside.messageKey());
    DomainException frequency =
        assertThrows(
            DomainException.class,
            () -> record(agreement.getId(), indicator.getId(), "2026-03", "88"));
    assertEquals("verbonden.measurement.frequency", frequency.messageKey());
    assertTrue(agreements.status(agreement.getId()).indicators().get(0).measurements().isEmpty());
  }

  @Test
  void withoutALadderTheMeasurementsAreSavedAndTheMissingLadderReported() {
    as.login(REGISSEUR);
    Long party = parties.create(new Party("Stichting DVO Zonder Ladder", "Woudenberg")).getId();
    Agreement agreement = newAgreement(party, "DVO zonder ladder");
    Indicator indicator = agreements.addIndicator(agreement.getId(), reach());
    record(agreement.getId(), indicator.getId(), "2026-K1", "60");
    RecordResult second = record(agreement.getId(), indicator.getId(), "2026-K2", "60");
    assertEquals(List.of("Bereik"), second.withoutLadder());
    assertEquals(List.of(), agreements.status(agreement.getId()).escalations());
    assertEquals(2, agreements.status(agreement.getId()).indicators().get(0).measurements().size());
  }

  @Test
  void importingTheSameFileTwiceChangesNothingAndAWrongRowImportsNothing() {
    as.login(REGISSEUR);
    Long party = parties.create(new Party("Stichting DVO Import", "Woudenberg")).getId();
    Agreement agreement = newAgreement(party, "DVO import");
    agreements.addIndicator(agreement.getId(), reach());
    byte[] file =
        ("indicator;periode;waarde;bron;toelichting\n"
                + "Bereik;2026-K1;88;Rapportage;\n"
                + "bereik;2026-K2;86,5;Rapportage;Na de zomer\n")
            .getBytes(java.nio.charset.StandardCharsets.UTF_8);

    MeasurementImportResult first = measurements.importCsv(agreement.getId(), file);
    assertTrue(first.succeeded());
    assertEquals(2, first.recorded().added());
    MeasurementImportResult again = measurements.importCsv(agreement.getId(), file);
    assertEquals(2, again.recorded().unchanged());
    assertEquals(0, again.recorded().added() + again.recorded().corrected());
    assertEquals(List.of(), measurements.corrections(agreement.getId()));

    byte[] wrong =
        ("indicator;periode;waarde;bron;toelichting\n"
                + "Bereik;2026-K1;80;Rapportage;\n"
                + "Bereik;2026-K3;veel;;\n"
                + "Onbekend;2026-K3;1;;\n")
            .getBytes(java.nio.charset.StandardCharsets.UTF_8);
    MeasurementImportResult refused = measurements.importCsv(agreement.getId(), wrong);
    assertTrue(!refused.succeeded());
    assertEquals(List.of(3, 4), refused.result().errors().stream().map(e -> e.row()).toList());
    AgreementStatusView view = agreements.status(agreement.getId());
    assertEquals(
        new BigDecimal("88.00"), view.indicators().get(0).measurements().get(0).getValue());
    assertEquals(2, view.indicators().get(0).measurements().size());

    as.logout();
    as.login("regisseur.zeist");
    assertThrows(NotFoundException.class, () -> measurements.importCsv(agreement.getId(), file));
  }
}
