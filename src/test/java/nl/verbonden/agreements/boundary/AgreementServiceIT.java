package nl.verbonden.agreements.boundary;

import static nl.verbonden.testsupport.Demo.REGISSEUR;
import static nl.verbonden.testsupport.Demo.WOUDENBERG;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import nl.verbonden.agreements.control.Reading;
import nl.verbonden.agreements.entity.Agreement;
import nl.verbonden.agreements.entity.AgreementStatus;
import nl.verbonden.agreements.entity.Direction;
import nl.verbonden.agreements.entity.Escalation;
import nl.verbonden.agreements.entity.EscalationStatus;
import nl.verbonden.agreements.entity.Frequency;
import nl.verbonden.agreements.entity.Indicator;
import nl.verbonden.agreements.entity.IndicatorKind;
import nl.verbonden.agreements.entity.Period;
import nl.verbonden.agreements.entity.SteeringInstrument;
import nl.verbonden.agreements.entity.TrafficLight;
import nl.verbonden.register.boundary.PartyService;
import nl.verbonden.register.entity.Party;
import nl.verbonden.shared.entity.DomainException;
import nl.verbonden.shared.entity.NotFoundException;
import nl.verbonden.shared.entity.StaleEditException;
import nl.verbonden.testsupport.InContainer;
import org.junit.jupiter.api.Test;

/**
 * Agreements in the container: indicators checked, measurements recorded and corrected with their
 * history, the light turning red and an escalation opening along the party's ladder, the dashboard,
 * and no tenant reaching another's.
 */
class AgreementServiceIT extends InContainer {

  /** Has an escalation ladder in the demo data. */
  private static final String GGD = "GGD regio Utrecht";

  @Inject private AgreementService agreements;
  @Inject private PartyService parties;

  private Agreement newAgreement(Long partyId, String title) {
    Agreement agreement = new Agreement();
    agreement.setTitle(title);
    agreement.setStartDate(LocalDate.of(2026, 1, 1));
    agreement.setEndDate(LocalDate.of(2026, 12, 31));
    agreement.setStatus(AgreementStatus.ACTIEF);
    agreement.setInstrument(SteeringInstrument.SUBSIDIEDIALOOG);
    agreement.setAnnualBudget(new BigDecimal("100000.00"));
    return agreements.create(partyId, agreement);
  }

  private static Indicator reach() {
    return new Indicator(
        "Bereik",
        IndicatorKind.OUTPUT,
        "%",
        Direction.HIGHER_IS_BETTER,
        "90",
        "85",
        "70",
        Frequency.KWARTAAL);
  }

  private RecordResult record(Long agreementId, Long indicatorId, String period, String value) {
    return agreements.record(
        agreementId,
        Period.parse(period),
        List.of(new Reading(indicatorId, new BigDecimal(value), "Rapportage", null)));
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
    assertEquals(1, agreements.corrections(agreement.getId()).size());
    assertEquals(
        new BigDecimal("88.00"), agreements.corrections(agreement.getId()).get(0).getOldValue());
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
  void indicatorsAreCheckedAtTheirFields() {
    as.login(REGISSEUR);
    Long party = parties.create(new Party("Stichting DVO Indicatoren", "Woudenberg")).getId();
    Agreement agreement = newAgreement(party, "DVO indicatoren");
    Indicator wrong = reach();
    wrong.setRedThreshold(new BigDecimal("95"));
    assertEquals(
        "drempelRood",
        assertThrows(DomainException.class, () -> agreements.addIndicator(agreement.getId(), wrong))
            .field());
    agreements.addIndicator(agreement.getId(), reach());
    DomainException duplicate =
        assertThrows(
            DomainException.class, () -> agreements.addIndicator(agreement.getId(), reach()));
    assertEquals("indicatorNaam", duplicate.field());
    assertEquals(1, agreements.find(agreement.getId()).getIndicators().size());
  }

  @Test
  void twoRedQuartersOpenAnEscalationAtTheFirstLevelOfTheLadder() {
    as.login(REGISSEUR);
    Long ggd = data.partyId(WOUDENBERG, GGD);
    Agreement agreement = newAgreement(ggd, "DVO escalatie");
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
        agreements.dashboard().openEscalations().stream()
            .anyMatch(e -> e.id().equals(escalation.getId())));

    Escalation raised = agreements.raise(escalation.getId(), "Geen verbeterplan ontvangen");
    assertEquals(2, raised.getLevel());
    DomainException noNote =
        assertThrows(DomainException.class, () -> agreements.resolve(escalation.getId(), " "));
    assertEquals("oplossing", noNote.field());
    Escalation resolved = agreements.resolve(escalation.getId(), "Verbeterplan afgesproken");
    assertEquals(EscalationStatus.RESOLVED, resolved.getStatus());
    assertEquals(3, agreements.status(agreement.getId()).escalations().get(0).getEvents().size());
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

    MeasurementImportResult first = agreements.importCsv(agreement.getId(), file);
    assertTrue(first.succeeded());
    assertEquals(2, first.recorded().added());
    MeasurementImportResult again = agreements.importCsv(agreement.getId(), file);
    assertEquals(2, again.recorded().unchanged());
    assertEquals(0, again.recorded().added() + again.recorded().corrected());
    assertEquals(List.of(), agreements.corrections(agreement.getId()));

    byte[] wrong =
        ("indicator;periode;waarde;bron;toelichting\n"
                + "Bereik;2026-K1;80;Rapportage;\n"
                + "Bereik;2026-K3;veel;;\n"
                + "Onbekend;2026-K3;1;;\n")
            .getBytes(java.nio.charset.StandardCharsets.UTF_8);
    MeasurementImportResult refused = agreements.importCsv(agreement.getId(), wrong);
    assertTrue(!refused.succeeded());
    assertEquals(List.of(3, 4), refused.result().errors().stream().map(e -> e.row()).toList());
    AgreementStatusView view = agreements.status(agreement.getId());
    assertEquals(
        new BigDecimal("88.00"), view.indicators().get(0).measurements().get(0).getValue());
    assertEquals(2, view.indicators().get(0).measurements().size());

    as.logout();
    as.login("regisseur.zeist");
    assertThrows(NotFoundException.class, () -> agreements.importCsv(agreement.getId(), file));
  }

  @Test
  void theDashboardShowsTheDemoAttentionPoints() {
    as.login(REGISSEUR);
    Dashboard dashboard = agreements.dashboard();
    assertTrue(
        dashboard.openEscalations().stream()
            .anyMatch(
                e -> e.indicator().equals("Bereik contactmomenten 0-4 jaar") && e.level() == 1));
    assertTrue(
        dashboard.endingSoon().stream()
            .anyMatch(
                a ->
                    a.title().equals("Uitvoeringsovereenkomst welzijnswerk 2026")
                        && a.status() == AgreementStatus.ACTIEF));
    assertTrue(
        dashboard.overdue().stream()
            .anyMatch(
                o -> o.indicator().equals("Uitstroom naar werk") && o.period().equals("2026-K3")));
  }

  @Test
  void aStaleAgreementEditIsRefused() {
    as.login(REGISSEUR);
    Long party = parties.create(new Party("Stichting DVO Twee Bewerkers", "Woudenberg")).getId();
    Agreement created = newAgreement(party, "DVO twee bewerkers");
    Agreement first = agreements.find(created.getId());
    Agreement second = agreements.find(created.getId());
    first.setTitle("Eerste");
    agreements.update(first);
    second.setTitle("Tweede");
    assertThrows(StaleEditException.class, () -> agreements.update(second));
    assertEquals("Eerste", agreements.find(created.getId()).getTitle());
    Agreement backwards = agreements.find(created.getId());
    backwards.setEndDate(LocalDate.of(2025, 1, 1));
    assertEquals(
        "einddatum",
        assertThrows(DomainException.class, () -> agreements.update(backwards)).field());
  }

  @Test
  void anotherTenantsAgreementsAreOutOfReach() {
    as.login(REGISSEUR);
    Agreement woudenbergs = agreements.list().get(0);
    Long indicator = agreements.find(woudenbergs.getId()).getIndicators().get(0).getId();
    Long escalation =
        agreements.dashboard().openEscalations().stream()
            .findFirst()
            .map(Dashboard.OpenEscalation::id)
            .orElseThrow();
    Long woudenbergParty = data.partyIds(WOUDENBERG).get(0);
    as.logout();

    as.login("regisseur.zeist");
    assertTrue(agreements.list().stream().noneMatch(a -> a.getId().equals(woudenbergs.getId())));
    assertThrows(NotFoundException.class, () -> agreements.find(woudenbergs.getId()));
    assertThrows(NotFoundException.class, () -> agreements.status(woudenbergs.getId()));
    assertThrows(
        NotFoundException.class, () -> record(woudenbergs.getId(), indicator, "2026-K1", "1"));
    assertThrows(NotFoundException.class, () -> agreements.raise(escalation, "overgenomen"));
    assertThrows(NotFoundException.class, () -> agreements.resolve(escalation, "overgenomen"));
    assertThrows(
        NotFoundException.class, () -> agreements.addIndicator(woudenbergs.getId(), reach()));
    assertThrows(NotFoundException.class, () -> newAgreement(woudenbergParty, "Overgenomen"));
    assertTrue(
        agreements.dashboard().openEscalations().stream()
            .noneMatch(e -> e.id().equals(escalation)));
    assertTrue(
        agreements.dashboard().agreements().stream()
            .noneMatch(a -> a.id().equals(woudenbergs.getId())));
  }

  @Test
  void councilMembersAndTheAdministratorAreRefused() {
    for (String user : List.of("raad.woudenberg", "beheer")) {
      as.login(user);
      assertThrows(EJBAccessException.class, () -> agreements.list());
      assertThrows(EJBAccessException.class, () -> agreements.dashboard());
      as.logout();
    }
  }
}
