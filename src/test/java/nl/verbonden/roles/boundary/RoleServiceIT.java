package nl.verbonden.roles.boundary;

import static nl.verbonden.testsupport.Demo.REGISSEUR;
import static nl.verbonden.testsupport.Demo.WOUDENBERG;
import static nl.verbonden.testsupport.Demo.ZEIST;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import nl.verbonden.register.boundary.PartyService;
import nl.verbonden.register.entity.Party;
import nl.verbonden.roles.entity.Finding;
import nl.verbonden.roles.entity.FindingKind;
import nl.verbonden.roles.entity.MunicipalRole;
import nl.verbonden.roles.entity.OfficeKind;
import nl.verbonden.roles.entity.Person;
import nl.verbonden.roles.entity.RoleLevel;
import nl.verbonden.roles.entity.RolePlan;
import nl.verbonden.shared.entity.DomainException;
import nl.verbonden.shared.entity.NotFoundException;
import nl.verbonden.shared.entity.StaleEditException;
import nl.verbonden.testsupport.InContainer;
import org.junit.jupiter.api.Test;

/**
 * The role model in the container: saved whole or not at all, conflicts only with a justification,
 * stale saves refused, drafts kept and dropped, findings over the register and per person, and no
 * tenant reaching another's parties, people or offices.
 */
class RoleServiceIT extends InContainer {

  @Inject private RoleService roles;
  @Inject private PeopleService people;
  @Inject private PartyService parties;
  @Inject private java.time.Clock clock;

  private Long newParty(String name) {
    return parties.create(new Party(name, "Woudenberg")).getId();
  }

  private Long office(String person) {
    return data.officeId(WOUDENBERG, person);
  }

  /** A complete plan with Woudenberg's demo people: no findings. */
  private RolePlan sound() {
    RolePlan plan = RolePlan.empty();
    held(plan, MunicipalRole.OPDRACHTGEVER, office("Ilse Vermeulen"), office("Sanne de Vries"));
    held(plan, MunicipalRole.EIGENAAR, office("Thomas Kok"), office("Eva Hendriks"));
    plan.answer(MunicipalRole.OPDRACHTNEMER).setHeld(false);
    plan.answer(MunicipalRole.OPDRACHTNEMER).setReason("Geen taken voor de partij.");
    plan.answer(MunicipalRole.UITVOERDER).setHeld(false);
    plan.answer(MunicipalRole.UITVOERDER).setReason("De partij voert zelf uit.");
    plan.setRegisseurOfficeId(office("Sanne de Vries"));
    plan.useExampleLadder();
    plan.setPartyDirector("Directeur");
    return plan;
  }

  private static void held(RolePlan plan, MunicipalRole role, Long bestuurlijk, Long ambtelijk) {
    plan.answer(role).setHeld(true);
    plan.answer(role).setBestuurlijkOfficeId(bestuurlijk);
    plan.answer(role).setAmbtelijkOfficeId(ambtelijk);
  }

  @Test
  void aWalkedThroughModelIsSavedWholeWithItsHistory() {
    as.login(REGISSEUR);
    Long party = newParty("Stichting Rollen Heel");
    long historyBefore = data.countRowsOfParty("party_change", party);

    PartyRoles saved = roles.save(party, sound(), -1);

    assertTrue(saved.isWalkedThrough());
    assertEquals(List.of(), saved.findings());
    assertEquals(4, data.countRowsOfParty("role_assignment", party));
    assertEquals(1, data.countRowsOfParty("party_governance", party));
    assertEquals(
        "Ilse Vermeulen",
        saved.holder(MunicipalRole.OPDRACHTGEVER, RoleLevel.BESTUURLIJK).getPerson().getName());
    assertEquals("Geen taken voor de partij.", saved.reason(MunicipalRole.OPDRACHTNEMER));
    assertEquals(3, saved.ladder().size());
    assertEquals("Sanne de Vries", saved.regisseur().getPerson().getName());
    // one line per role, the regisseur, the ladder and the director
    assertEquals(historyBefore + 7, data.countRowsOfParty("party_change", party));
  }

  @Test
  void aConflictWithoutJustificationSavesNothing() {
    as.login(REGISSEUR);
    Long party = newParty("Stichting Rollen Conflict");
    RolePlan plan = sound();
    held(plan, MunicipalRole.EIGENAAR, office("Ilse Vermeulen"), office("Eva Hendriks"));

    DomainException refused =
        assertThrows(DomainException.class, () -> roles.save(party, plan, -1));

    assertEquals("verbonden.roles.conflict.justify", refused.messageKey());
    assertEquals("rechtvaardiging", refused.field());
    assertEquals(0, data.countRowsOfParty("role_assignment", party));
    assertEquals(0, data.countRowsOfParty("party_governance", party));
    assertFalse(roles.roles(party).isWalkedThrough());
  }

  @Test
  void aJustifiedConflictIsSavedAndShownEverywhere() {
    as.login(REGISSEUR);
    Long party = newParty("Stichting Rollen Gerechtvaardigd");
    RolePlan plan = sound();
    held(plan, MunicipalRole.EIGENAAR, office("Ilse Vermeulen"), office("Eva Hendriks"));
    plan.setJustification("Kleine gemeente; besloten door de raad.");

    PartyRoles saved = roles.save(party, plan, -1);

    assertTrue(saved.isConflict());
    Finding conflict = saved.findings().get(0);
    assertEquals(FindingKind.CONFLICT, conflict.kind());
    assertEquals("Kleine gemeente; besloten door de raad.", conflict.justification());
    assertEquals(Set.of(party), roles.conflicted(List.of(party)));
    assertTrue(
        roles.matrix().stream()
            .filter(r -> r.party().id().equals(party))
            .allMatch(MatrixRow::isConflict));
    assertTrue(
        roles.findings().stream()
            .anyMatch(
                f ->
                    f.party().id().equals(party)
                        && f.kind() == FindingKind.CONFLICT
                        && f.isJustified()));
    Long vermeulen = data.personId(WOUDENBERG, "Ilse Vermeulen");
    assertTrue(
        roles.holdings(vermeulen).stream()
            .anyMatch(
                h ->
                    h.party().id().equals(party)
                        && h.role() == MunicipalRole.EIGENAAR
                        && h.conflict()));
  }

  @Test
  void aStaleSaveIsRefusedAndTheFirstSaveStays() {
    as.login(REGISSEUR);
    Long party = newParty("Stichting Rollen Twee Bewerkers");
    roles.save(party, sound(), -1);
    RolePlan second = sound();
    second.setPartyDirector("Tweede bewerker");

    assertThrows(StaleEditException.class, () -> roles.save(party, second, -1));

    assertEquals("Directeur", roles.roles(party).plan().getPartyDirector());
    long version = roles.roles(party).version();
    RolePlan third = sound();
    third.setPartyDirector("Derde bewerker");
    roles.save(party, third, version);
    assertThrows(StaleEditException.class, () -> roles.save(party, sound(), version));
    assertEquals("Derde bewerker", roles.roles(party).plan().getPartyDirector());
  }

  @Test
  void aDraftIsKeptApartAndRemovedBySaving() {
    as.login(REGISSEUR);
    Long party = newParty("Stichting Rollen Concept");
    RolePlan half = RolePlan.empty();
    held(half, MunicipalRole.OPDRACHTGEVER, office("Ilse Vermeulen"), null);

    roles.keepDraft(party, half, "stap_EIGENAAR", -1);

    WalkthroughDraft draft = roles.draft(party).orElseThrow();
    assertEquals("stap_EIGENAAR", draft.step());
    assertEquals(
        office("Ilse Vermeulen"),
        draft.plan().answer(MunicipalRole.OPDRACHTGEVER).getBestuurlijkOfficeId());
    assertEquals(0, data.countRowsOfParty("role_assignment", party));
    assertFalse(roles.roles(party).isWalkedThrough());

    roles.keepDraft(party, half, "stap_REGIE", -1);
    assertEquals(1, data.countRowsOfParty("role_draft", party));

    roles.save(party, sound(), draft.baseVersion());
    assertTrue(roles.draft(party).isEmpty());
    assertEquals(0, data.countRowsOfParty("role_draft", party));
  }

  @Test
  void discardingADraftStartsOver() {
    as.login(REGISSEUR);
    Long party = newParty("Stichting Rollen Opnieuw");
    roles.keepDraft(party, RolePlan.empty(), "stap_UITVOERDER", -1);
    roles.discardDraft(party);
    assertTrue(roles.draft(party).isEmpty());
  }

  @Test
  void anIncompleteModelSavesNothing() {
    as.login(REGISSEUR);
    Long party = newParty("Stichting Rollen Half");
    RolePlan plan = sound();
    plan.answer(MunicipalRole.UITVOERDER).setHeld(null);
    DomainException refused =
        assertThrows(DomainException.class, () -> roles.save(party, plan, -1));
    assertEquals("houdt_UITVOERDER", refused.field());
    assertEquals(0, data.countRowsOfParty("role_assignment", party));
  }

  @Test
  void theDemoRegisterShowsItsFindings() {
    as.login(REGISSEUR);
    List<Finding> findings = roles.findings();
    assertEquals(FindingKind.CONFLICT, findings.get(0).kind());
    assertTrue(
        findings.stream()
            .anyMatch(
                f ->
                    f.party().name().equals("Afvalverwijdering Utrecht (AVU)")
                        && f.kind() == FindingKind.TERM_ENDED));
    assertTrue(
        findings.stream()
            .anyMatch(
                f ->
                    f.party().name().equals("Veiligheidsregio Utrecht")
                        && f.isConflict()
                        && f.isJustified()));
    assertEquals(data.partyIds(WOUDENBERG).size(), roles.matrix().size() + endedParties());
  }

  private int endedParties() {
    return (int) parties.list().stream().filter(p -> !p.isActiveOn(LocalDate.now(clock))).count();
  }

  @Test
  void endingATermTurnsTheRolesItHoldsIntoGaps() {
    as.login(REGISSEUR);
    Long party = newParty("Stichting Rollen Termijn");
    Person person =
        people.createWithOffice(
            new Person("Wim Tijdelijk", null),
            OfficeKind.WETHOUDER,
            "Sport",
            LocalDate.now(clock).minusYears(4),
            null);
    Long officeId = person.getOffices().get(0).getId();
    RolePlan plan = sound();
    held(plan, MunicipalRole.UITVOERDER, officeId, office("Joost Mulder"));
    roles.save(party, plan, -1);
    assertEquals(List.of(), roles.roles(party).findings());

    people.endOffice(officeId, LocalDate.now(clock).minusMonths(2));

    Finding gap = roles.roles(party).findings().get(0);
    assertEquals(FindingKind.TERM_ENDED, gap.kind());
    assertEquals(MunicipalRole.UITVOERDER, gap.role());
    assertEquals(1L, roles.loadPerPerson().get(person.getId()));
    assertEquals(1, roles.holdings(person.getId()).size());
    assertTrue(
        roles.choices(RoleLevel.BESTUURLIJK, null).stream()
            .noneMatch(o -> o.getId().equals(officeId)));
    assertTrue(
        roles.choices(RoleLevel.BESTUURLIJK, plan).stream()
            .anyMatch(o -> o.getId().equals(officeId)));
  }

  @Test
  void aPersonWithARefusedOfficeIsNotSaved() {
    as.login(REGISSEUR);
    DomainException refused =
        assertThrows(
            DomainException.class,
            () ->
                people.createWithOffice(
                    new Person("Zonder Portefeuille", null),
                    OfficeKind.WETHOUDER,
                    " ",
                    LocalDate.of(2026, 6, 1),
                    null));
    assertEquals("functiePortefeuille", refused.field());
    assertEquals(0, data.countPeopleNamed("Zonder Portefeuille"));
    DomainException duplicate =
        assertThrows(
            DomainException.class,
            () ->
                people.createWithOffice(
                    new Person("ilse vermeulen", null),
                    OfficeKind.CONTROLLER,
                    null,
                    LocalDate.of(2026, 6, 1),
                    null));
    assertEquals("verbonden.person.duplicate", duplicate.messageKey());
  }

  @Test
  void aStaleEditOfAPersonIsRefusedAndTheFirstStays() {
    as.login(REGISSEUR);
    Person created =
        people.createWithOffice(
            new Person("Petra Tweemaal", null),
            OfficeKind.CONTROLLER,
            null,
            LocalDate.of(2026, 1, 1),
            null);
    Person first = people.find(created.getId());
    Person second = people.find(created.getId());
    first.setEmail("p.eerst@woudenberg.example");
    people.update(first);
    second.setEmail("p.later@woudenberg.example");
    assertThrows(StaleEditException.class, () -> people.update(second));
    assertEquals("p.eerst@woudenberg.example", people.find(created.getId()).getEmail());
  }

  @Test
  void anotherTenantsPartiesPeopleAndOfficesAreOutOfReach() {
    Long zeistParty =
        data.partyId(ZEIST, "Regionale Dienst Werk en Inkomen Kromme Rijn Heuvelrug (RDWI)");
    Long zeistPerson = data.personId(ZEIST, "Kees Bakker");
    Long zeistOffice = data.officeId(ZEIST, "Kees Bakker");
    long zeistAssignments = data.countTenantRows("role_assignment", ZEIST);
    as.login(REGISSEUR);

    assertThrows(NotFoundException.class, () -> roles.roles(zeistParty));
    assertThrows(NotFoundException.class, () -> roles.save(zeistParty, sound(), -1));
    assertThrows(
        NotFoundException.class, () -> roles.keepDraft(zeistParty, sound(), "stap_REGIE", -1));
    assertThrows(NotFoundException.class, () -> roles.draft(zeistParty));
    assertThrows(NotFoundException.class, () -> roles.discardDraft(zeistParty));
    assertThrows(NotFoundException.class, () -> roles.checkStep(zeistParty, sound(), null));
    assertThrows(NotFoundException.class, () -> roles.review(zeistParty, sound()));
    assertThrows(NotFoundException.class, () -> roles.holdings(zeistPerson));
    assertThrows(NotFoundException.class, () -> people.find(zeistPerson));
    assertThrows(
        NotFoundException.class,
        () ->
            people.appoint(
                zeistPerson, OfficeKind.CONTROLLER, null, LocalDate.of(2026, 1, 1), null));
    assertThrows(
        NotFoundException.class, () -> people.endOffice(zeistOffice, LocalDate.of(2026, 1, 1)));

    Long own = newParty("Stichting Rollen Vreemde Functie");
    RolePlan forged = sound();
    forged.setRegisseurOfficeId(zeistOffice);
    DomainException refused =
        assertThrows(DomainException.class, () -> roles.save(own, forged, -1));
    assertEquals("verbonden.roles.unknownOffice", refused.messageKey());
    assertEquals(0, data.countRowsOfParty("role_assignment", own));

    assertTrue(roles.matrix().stream().noneMatch(r -> r.party().id().equals(zeistParty)));
    assertTrue(roles.offices().values().stream().noneMatch(o -> o.getId().equals(zeistOffice)));
    assertTrue(people.people().stream().noneMatch(p -> p.getId().equals(zeistPerson)));
    assertEquals(Set.of(), roles.conflicted(List.of(zeistParty)));
    as.logout();
    assertEquals(zeistAssignments, data.countTenantRows("role_assignment", ZEIST));
  }

  @Test
  void councilMembersAndTheAdministratorAreRefused() {
    Long party = data.partyIds(WOUDENBERG).get(0);
    for (String user : List.of("raad.woudenberg", "beheer")) {
      as.login(user);
      assertThrows(EJBAccessException.class, () -> roles.roles(party));
      assertThrows(EJBAccessException.class, () -> roles.matrix());
      assertThrows(EJBAccessException.class, () -> roles.save(party, RolePlan.empty(), -1));
      assertThrows(EJBAccessException.class, () -> people.people());
      as.logout();
    }
  }
}
