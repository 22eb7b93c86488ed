package nl.verbonden.agreements.boundary;

import static nl.verbonden.agreements.boundary.AgreementFixtures.GGD;
import static nl.verbonden.agreements.boundary.AgreementFixtures.REGISSEUR;
import static nl.verbonden.agreements.boundary.AgreementFixtures.WOUDENBERG;
import static nl.verbonden.agreements.boundary.AgreementFixtures.reach;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import java.util.List;
import nl.verbonden.agreements.entity.Agreement;
import nl.verbonden.agreements.entity.Escalation;
import nl.verbonden.agreements.entity.EscalationStatus;
import nl.verbonden.agreements.entity.Indicator;
import nl.verbonden.agreements.entity.TrafficLight;
import nl.verbonden.shared.entity.DomainException;
import nl.verbonden.testsupport.InContainer;
import org.junit.jupiter.api.Test;

/**
 * Escalations in the container: the light turning red opens one along the party's ladder, which is
 * then raised and resolved.
 */
class EscalationServiceIT extends InContainer {

  @Inject private AgreementService agreements;
  @Inject private MeasurementService measurements;
  @Inject private EscalationService escalations;
  @Inject private AgreementDashboardService dashboards;

  private RecordResult record(Long agreementId, Long indicatorId, String period, String value) {
    return AgreementFixtures.record(measurements, agreementId, indicatorId, period, value);
  }

  @Test
  void twoRedQuartersOpenAnEscalationAtTheFirstLevelOfTheLadder() {
    as.login(REGISSEUR);
    Long ggd = data.partyId(WOUDENBERG, GGD);
    Agreement agreement = AgreementFixtures.newAgreement(agreements, ggd, "DVO escalatie");
    Indicator indicator = agreements.addIndicator(agreement.getId(), reach());

    assertEquals(
        List.of(), record(agreement.getId(), indicator.getId(), "2026-K1", "60").escalated());
    RecordResult second = record(agreement.getId(), indicator.getId(), "2026-K2", "65");
    assertEquals(List.of("Bereik"), second.escalated());
    assertEquals(
        List.of(),
        record(agreement.getId(), indicator.getId(), "2026-K3", "50").escalated(),
        "one open at a time");

    AgreementStatusView view = agreements.status(agreement.getId());
    assertEquals(TrafficLight.RED, view.light());
    Escalation escalation = view.escalations().get(0);
    assertEquals(1, escalation.getLevel());
    assertEquals("Accountmanager", escalation.getOurSide());
    assertTrue(
        dashboards.dashboard().openEscalations().stream()
            .anyMatch(e -> e.id().equals(escalation.getId())));

    Escalation raised = escalations.raise(escalation.getId(), "Geen verbeterplan ontvangen");
    assertEquals(2, raised.getLevel());
    DomainException noNote =
        assertThrows(DomainException.class, () -> escalations.resolve(escalation.getId(), " "));
    assertEquals("oplossing", noNote.field());
    Escalation resolved = escalations.resolve(escalation.getId(), "Verbeterplan afgesproken");
    assertEquals(EscalationStatus.RESOLVED, resolved.getStatus());
    assertEquals(3, agreements.status(agreement.getId()).escalations().get(0).getEvents().size());
  }
}
