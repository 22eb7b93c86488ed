package nl.verbonden.cycle.boundary;

import static nl.verbonden.testsupport.Demo.REGISSEUR;
import static nl.verbonden.testsupport.Demo.WOUDENBERG;
import static nl.verbonden.testsupport.Demo.ZEIST;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import nl.verbonden.cycle.entity.Breach;
import nl.verbonden.cycle.entity.CycleYear;
import nl.verbonden.cycle.entity.Deadline;
import nl.verbonden.cycle.entity.WgrRule;
import nl.verbonden.cycle.entity.Zienswijze;
import nl.verbonden.cycle.entity.ZienswijzeProposal;
import nl.verbonden.cycle.entity.ZienswijzeStatus;
import nl.verbonden.cycle.entity.ZienswijzeSubject;
import nl.verbonden.register.boundary.PartyService;
import nl.verbonden.register.entity.LegalForm;
import nl.verbonden.register.entity.Party;
import nl.verbonden.shared.entity.DomainException;
import nl.verbonden.shared.entity.NotFoundException;
import nl.verbonden.shared.entity.StaleEditException;
import nl.verbonden.testsupport.InContainer;
import org.junit.jupiter.api.Test;

/**
 * The governance year in the container: the demo's calendar, recording a year with a stale-edit
 * check, council meetings, a zienswijze walked through, roles and tenants kept apart.
 */
class CycleServiceIT extends InContainer {

  @Inject private CycleService cycle;
  @Inject private ZienswijzeService zienswijzen;
  @Inject private PartyService parties;
  @Inject private Clock clock;

  private LocalDate today() {
    return LocalDate.now(clock);
  }

  private ArrangementCalendar of(List<ArrangementCalendar> calendar, String name) {
    return calendar.stream().filter(a -> a.partyName().equals(name)).findFirst().orElseThrow();
  }

  private Deadline rule(ArrangementCalendar a, WgrRule rule) {
    return a.deadlines().stream().filter(d -> d.rule() == rule).findFirst().orElseThrow();
  }

  @Test
  void theDemoCalendarListsTheArrangementsWithABudgetAndWarnsWhereTheLawIsNotKept() {
    as.login(REGISSEUR);
    List<ArrangementCalendar> calendar = cycle.calendar(today().getYear());
    List<String> names = calendar.stream().map(ArrangementCalendar::partyName).toList();
    assertTrue(names.contains("GGD regio Utrecht"), names.toString());
    assertTrue(names.contains("Welstand en Monumenten Midden-Nederland"), names.toString());
    assertTrue(
        calendar.stream().allMatch(a -> a.legalForm().hasBudgetCycle()),
        "only joint arrangements with a budget cycle (other tests add some, of any name): "
            + names);
    ArrangementCalendar ggd = of(calendar, "GGD regio Utrecht");
    assertEquals(5, ggd.deadlines().size());
    assertEquals(
        LocalDate.of(today().getYear(), 7, 17), rule(ggd, WgrRule.BEGROTING_NAAR_GS).due());
    if (!LocalDate.of(today().getYear(), 4, 12).isAfter(today())) {
      // the draft budget arrived on 12 April for a meeting on 3 July: 11 weeks, the law asks 12
      assertEquals(
          List.of(new Breach(Breach.Kind.TOO_SHORT, 11, 12)),
          rule(ggd, WgrRule.ONTWERPBEGROTING_NAAR_RADEN).breaches());
    }
  }

  @Test
  void aRegisseurRecordsTheYearAndAStaleEditIsRefused() {
    as.login(REGISSEUR);
    int year = today().getYear() + 1;
    Long party =
        parties
            .create(new Party("GR Jaarcyclus Opnemen", LegalForm.GR_OPENBAAR_LICHAAM, "Woudenberg"))
            .getId();
    ArrangementCalendar empty = cycle.arrangement(party, year);
    assertEquals(-1, empty.version());
    assertEquals(
        "de datum van de AB-vergadering die de begroting vaststelt",
        rule(empty, WgrRule.ONTWERPBEGROTING_NAAR_RADEN).needs());

    LocalDate meeting = LocalDate.of(year, 7, 2);
    ArrangementCalendar saved =
        cycle.record(party, year, -1, new CycleYear(year, null, null, meeting, null));
    assertEquals(LocalDate.of(year, 4, 9), rule(saved, WgrRule.ONTWERPBEGROTING_NAAR_RADEN).due());
    assertThrows(
        StaleEditException.class,
        () -> cycle.record(party, year, -1, new CycleYear(year, null, null, meeting, null)));
    DomainException future =
        assertThrows(
            DomainException.class,
            () ->
                cycle.record(
                    party,
                    year,
                    saved.version(),
                    new CycleYear(year, today().plusDays(1), null, meeting, null)));
    assertEquals("kaders", future.field());
    assertEquals(meeting, cycle.arrangement(party, year).recorded().budgetMeeting());
  }

  @Test
  void aZienswijzeIsWalkedThroughAndItsDeadlineNamesTheLastCouncilMeetingInTime() {
    as.login(REGISSEUR);
    LocalDate meeting = today().plusWeeks(3);
    cycle.addCouncilMeeting(meeting, "Extra raadsvergadering voor de test");
    DomainException twice =
        assertThrows(DomainException.class, () -> cycle.addCouncilMeeting(meeting, null));
    assertEquals("raadsvergadering", twice.field());
    Long party =
        parties
            .create(
                new Party("GR Zienswijze Doorlopen", LegalForm.GR_CENTRUMREGELING, "Woudenberg"))
            .getId();
    assertFalse(cycle.arrangement(party, today().getYear()).hasBudgetCycle());

    Zienswijze z =
        zienswijzen.receive(
            party,
            ZienswijzeSubject.WIJZIGING_REGELING,
            "Wijziging regeling",
            today().minusWeeks(5),
            null,
            null);
    Long id = z.getId();
    ZienswijzeRow row = zienswijzen.row(id);
    assertEquals(today().plusWeeks(3), row.deadline().due());
    assertEquals(meeting, row.deadline().lastCouncilMeeting());
    assertTrue(zienswijzen.open().stream().anyMatch(r -> r.id().equals(id)));

    z = zienswijzen.propose(id, z.getVersion(), ZienswijzeProposal.POSITIEF, "Akkoord.");
    long stale = z.getVersion() - 1;
    assertThrows(StaleEditException.class, () -> zienswijzen.decide(id, stale, today()));
    z = zienswijzen.decide(id, z.getVersion(), today());
    z = zienswijzen.send(id, z.getVersion(), today());
    z = zienswijzen.answer(id, z.getVersion(), today(), "Dank u.", false);
    assertEquals(ZienswijzeStatus.BEANTWOORD, zienswijzen.find(id).getStatus());
    assertEquals(5, zienswijzen.find(id).getSteps().size());
    assertFalse(zienswijzen.open().stream().anyMatch(r -> r.id().equals(id)));
  }

  @Test
  void aRaadslidReadsButDoesNotWrite() {
    as.login("raad.woudenberg");
    assertFalse(cycle.calendar(today().getYear()).isEmpty());
    assertFalse(zienswijzen.open().isEmpty());
    assertThrows(
        EJBAccessException.class, () -> cycle.addCouncilMeeting(today().plusYears(3), null));
    Long rud = data.partyId(WOUDENBERG, "Regionale Uitvoeringsdienst (RUD) Utrecht");
    assertThrows(
        EJBAccessException.class,
        () ->
            zienswijzen.receive(
                rud, ZienswijzeSubject.WIJZIGING_REGELING, "x", today(), null, null));
  }

  @Test
  void anotherMunicipalitysArrangementIsNotFound() {
    as.login("regisseur.zeist");
    Long ggdWoudenberg = data.partyId(WOUDENBERG, "GGD regio Utrecht");
    assertThrows(NotFoundException.class, () -> cycle.arrangement(ggdWoudenberg, 2026));
    assertThrows(NotFoundException.class, () -> zienswijzen.ofParty(ggdWoudenberg));
    List<Long> zeistParties = data.partyIds(ZEIST);
    assertTrue(
        zienswijzen.open().stream().allMatch(z -> zeistParties.contains(z.partyId())),
        "only Zeist's own dossiers (ReminderMailIT adds one)");
    assertThrows(NotFoundException.class, () -> cycle.clauses(ggdWoudenberg));
    assertTrue(
        cycle.missingClauses().stream().allMatch(c -> zeistParties.contains(c.partyId())),
        "only Zeist's own regelingen");
  }

  @Test
  void aRegisseurRecordsWhereTheRegelingCoversTheRequiredProvisions() {
    as.login(REGISSEUR);
    Long recreatieschap =
        data.partyId(
            WOUDENBERG, "Recreatieschap Utrechtse Heuvelrug, Vallei- en Kromme Rijngebied");
    assertTrue(
        cycle.missingClauses().stream().anyMatch(c -> c.partyId().equals(recreatieschap)),
        "the demo's regeling without burgerparticipatie is a finding");
    Long gr =
        parties
            .create(new Party("GR Bepalingen", LegalForm.GR_GEMEENSCHAPPELIJK_ORGAAN, "Woudenberg"))
            .getId();
    ClausesView none = cycle.clauses(gr);
    assertEquals(-1, none.version());
    assertEquals(4, none.missing().size());
    java.util.Map<nl.verbonden.cycle.entity.WgrClause, String> where =
        new java.util.EnumMap<>(nl.verbonden.cycle.entity.WgrClause.class);
    where.put(nl.verbonden.cycle.entity.WgrClause.ZIENSWIJZE_BESLUITEN, "artikel 9");
    where.put(nl.verbonden.cycle.entity.WgrClause.UITTREDING, "artikel 20");
    ClausesView saved =
        cycle.recordClauses(gr, -1, where, today().minusYears(2), "Protocol 2024", null);
    assertEquals(
        List.of(
            nl.verbonden.cycle.entity.WgrClause.BURGERPARTICIPATIE,
            nl.verbonden.cycle.entity.WgrClause.EVALUATIE),
        saved.missing());
    assertTrue(cycle.missingClauses().stream().anyMatch(c -> c.partyId().equals(gr)));
    assertThrows(
        StaleEditException.class,
        () -> cycle.recordClauses(gr, -1, where, null, null, null),
        "a second first save is stale");
    assertThrows(
        StaleEditException.class,
        () -> cycle.recordClauses(gr, saved.version() + 1, where, null, null, null));
    where.put(nl.verbonden.cycle.entity.WgrClause.BURGERPARTICIPATIE, "artikel 12");
    where.put(nl.verbonden.cycle.entity.WgrClause.EVALUATIE, "artikel 25");
    assertTrue(cycle.recordClauses(gr, saved.version(), where, null, null, null).complete());
    assertFalse(cycle.missingClauses().stream().anyMatch(c -> c.partyId().equals(gr)));
    Long foundation =
        parties
            .create(new Party("Stichting Bepalingen", LegalForm.STICHTING, "Woudenberg"))
            .getId();
    assertThrows(DomainException.class, () -> cycle.clauses(foundation));
    as.logout();
    as.login("raad.woudenberg");
    assertTrue(cycle.clauses(gr).complete(), "a council member reads");
    assertThrows(
        EJBAccessException.class, () -> cycle.recordClauses(gr, 0, where, null, null, null));
  }

  @Test
  void theBeheerderHasNoAccess() {
    as.login("beheer");
    assertThrows(EJBAccessException.class, () -> cycle.calendar(2026));
  }
}
