package nl.verbonden.agreements.boundary;

import static nl.verbonden.agreements.boundary.AgreementFixtures.REGISSEUR;
import static nl.verbonden.agreements.boundary.AgreementFixtures.WOUDENBERG;
import static nl.verbonden.agreements.boundary.AgreementFixtures.reach;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import nl.verbonden.agreements.entity.Agreement;
import nl.verbonden.agreements.entity.Indicator;
import nl.verbonden.agreements.entity.Period;
import nl.verbonden.register.boundary.PartyService;
import nl.verbonden.register.entity.Party;
import nl.verbonden.shared.entity.DomainException;
import nl.verbonden.shared.entity.NotFoundException;
import nl.verbonden.shared.entity.StaleEditException;
import nl.verbonden.testsupport.InContainer;
import org.junit.jupiter.api.Test;

/**
 * Agreements and indicators in the container: indicators checked, stale edits refused; and for all
 * the agreement services, no tenant reaching another's agreements and only regisseurs let in.
 */
class AgreementServiceIT extends InContainer {

  @Inject private AgreementService agreements;
  @Inject private MeasurementService measurements;
  @Inject private EscalationService escalations;
  @Inject private AgreementDashboardService dashboards;
  @Inject private PartyService parties;
  @Inject private java.time.Clock clock;

  private Agreement newAgreement(Long partyId, String title) {
    return AgreementFixtures.newAgreement(agreements, partyId, title);
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
        dashboards.dashboard().openEscalations().stream()
            .findFirst()
            .map(Dashboard.OpenEscalation::id)
            .orElseThrow();
    Long woudenbergParty = data.partyIds(WOUDENBERG).get(0);
    as.logout();

    as.login("regisseur.zeist");
    assertTrue(agreements.list().stream().noneMatch(a -> a.getId().equals(woudenbergs.getId())));
    assertThrows(NotFoundException.class, () -> agreements.find(woudenbergs.getId()));
    assertThrows(NotFoundException.class, () -> agreements.status(woudenbergs.getId()));
    assertThrows(NotFoundException.class, () -> measurements.corrections(woudenbergs.getId()));
    assertThrows(
        NotFoundException.class,
        () ->
            AgreementFixtures.record(measurements, woudenbergs.getId(), indicator, "2026-K1", "1"));
    assertThrows(NotFoundException.class, () -> escalations.raise(escalation, "overgenomen"));
    assertThrows(NotFoundException.class, () -> escalations.resolve(escalation, "overgenomen"));
    assertThrows(
        NotFoundException.class, () -> agreements.addIndicator(woudenbergs.getId(), reach()));
    assertThrows(NotFoundException.class, () -> newAgreement(woudenbergParty, "Overgenomen"));
    assertTrue(
        dashboards.dashboard().openEscalations().stream()
            .noneMatch(e -> e.id().equals(escalation)));
    assertTrue(
        dashboards.dashboard().agreements().stream()
            .noneMatch(a -> a.id().equals(woudenbergs.getId())));
  }

  @Test
  void councilMembersAndTheAdministratorAreRefused() {
    for (String user : List.of("raad.woudenberg", "beheer")) {
      as.login(user);
      assertThrows(EJBAccessException.class, () -> agreements.list());
      assertThrows(EJBAccessException.class, () -> dashboards.dashboard());
      assertThrows(
          EJBAccessException.class,
          () -> measurements.record(1L, Period.parse("2026-K1"), List.of()));
      assertThrows(EJBAccessException.class, () -> measurements.corrections(1L));
      assertThrows(EJBAccessException.class, () -> escalations.resolve(1L, "opgelost"));
      as.logout();
    }
  }

  @Test
  void aFigureThatIsOverdueIsShownMissingBesideTheLatestLight() {
    as.login(REGISSEUR);
    java.time.LocalDate today = java.time.LocalDate.now(clock);
    nl.verbonden.agreements.entity.MeasurementDue due =
        nl.verbonden.agreements.entity.MeasurementDue.lastCompleted(
            nl.verbonden.agreements.entity.Frequency.KWARTAAL, today);
    Agreement rwa =
        agreements.list().stream()
            .filter(a -> a.getTitle().startsWith("Dienstverlening Participatiewet"))
            .findFirst()
            .orElseThrow();
    IndicatorStatus outflow =
        agreements.status(rwa.getId()).indicators().stream()
            .filter(st -> st.indicator().getName().equals("Uitstroom naar werk"))
            .findFirst()
            .orElseThrow();
    // the demo leaves the last completed quarter's figure out: missing once it is due
    boolean overdue = due.dueOn().isBefore(today);
    assertEquals(overdue ? due.period().code() : null, outflow.missingPeriod());
    assertEquals(overdue, agreements.status(rwa.getId()).missingFigures() > 0);
  }
}
