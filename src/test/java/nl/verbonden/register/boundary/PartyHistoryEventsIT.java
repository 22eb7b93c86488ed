package nl.verbonden.register.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.EJBException;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Status;
import jakarta.transaction.UserTransaction;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import nl.verbonden.quadrants.boundary.QuadrantService;
import nl.verbonden.quadrants.entity.Quadrant;
import nl.verbonden.register.entity.Party;
import nl.verbonden.register.entity.PartyChange;
import nl.verbonden.register.entity.PartyChanged;
import nl.verbonden.roles.boundary.RoleService;
import nl.verbonden.roles.entity.MunicipalRole;
import nl.verbonden.roles.entity.RolePlan;
import nl.verbonden.testsupport.InContainer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * One history mechanism in the container: the roles and quadrants components raise a {@link
 * PartyChanged} event, the register's {@link PartyHistoryWriter} writes it in the caller's
 * transaction under the caller's tenant; a rolled-back change leaves no history; an event outside a
 * transaction or a tenant's persistence context writes nothing. The demo data's lines come the same
 * way.
 */
class PartyHistoryEventsIT extends InContainer {

  private static final String WOUDENBERG = "GM0351";
  private static final String ZEIST = "GM0355";
  private static final String PARTY_CHANGE = "party_change";

  @Inject private PartyService parties;
  @Inject private RoleService roles;
  @Inject private QuadrantService quadrants;
  @Inject private Clock clock;
  @Inject private UserTransaction transaction;
  @Inject private Event<PartyChanged> partyChanged;

  @AfterEach
  void cleanUp() throws Exception {
    if (transaction.getStatus() != Status.STATUS_NO_TRANSACTION) {
      transaction.rollback();
    }
    as.logout();
  }

  /**
   * The history rows of a party, of the tenant and of the other tenant, counted past the filter.
   */
  private record Counts(long ofParty, long woudenberg, long zeist) {}

  private Counts counts(Long party) {
    return new Counts(
        data.countRowsOfParty(PARTY_CHANGE, party),
        data.countTenantRows(PARTY_CHANGE, WOUDENBERG),
        data.countTenantRows(PARTY_CHANGE, ZEIST));
  }

  private int thisYear() {
    return LocalDate.now(clock).getYear();
  }

  private static List<PartyChange> lines(List<PartyChange> history, String key) {
    return history.stream().filter(l -> l.getFieldKey().equals(key)).toList();
  }

  /** A complete role plan with Woudenberg's demo people. */
  private RolePlan woudenbergPlan() {
    RolePlan plan = RolePlan.empty();
    held(plan, MunicipalRole.OPDRACHTGEVER, "Ilse Vermeulen", "Sanne de Vries");
    held(plan, MunicipalRole.EIGENAAR, "Thomas Kok", "Eva Hendriks");
    plan.answer(MunicipalRole.OPDRACHTNEMER).setHeld(false);
    plan.answer(MunicipalRole.OPDRACHTNEMER).setReason("Geen taken voor de partij.");
    plan.answer(MunicipalRole.UITVOERDER).setHeld(false);
    plan.answer(MunicipalRole.UITVOERDER).setReason("De partij voert zelf uit.");
    plan.setRegisseurOfficeId(data.officeId(WOUDENBERG, "Sanne de Vries"));
    plan.useExampleLadder();
    plan.setPartyDirector("Directeur");
    return plan;
  }

  private void held(RolePlan plan, MunicipalRole role, String bestuurlijk, String ambtelijk) {
    plan.answer(role).setHeld(true);
    plan.answer(role).setBestuurlijkOfficeId(data.officeId(WOUDENBERG, bestuurlijk));
    plan.answer(role).setAmbtelijkOfficeId(data.officeId(WOUDENBERG, ambtelijk));
  }

  @Test
  void aSavedRoleModelWritesItsHistoryUnderTheCallersTenant() {
    as.login("regisseur.woudenberg");
    Long party = parties.create(new Party("Stichting Historie Rollen", "Woudenberg")).getId();
    Counts before = counts(party);

    roles.save(party, woudenbergPlan(), -1);

    Counts after = counts(party);
    long written = after.ofParty() - before.ofParty();
    // one line per role, the regisseur, the ladder and the director
    assertEquals(7, written);
    assertEquals(before.woudenberg() + written, after.woudenberg(), "under Woudenberg");
    assertEquals(before.zeist(), after.zeist(), "nothing under Zeist");
    List<PartyChange> history = parties.history(party);
    List<PartyChange> opdrachtgever = lines(history, "municipalRole.OPDRACHTGEVER");
    assertEquals(1, opdrachtgever.size());
    assertNull(opdrachtgever.get(0).getOldValue());
    assertTrue(opdrachtgever.get(0).getNewValue().contains("Ilse Vermeulen"));
    assertEquals("regisseur.woudenberg", opdrachtgever.get(0).getCreatedBy());
    assertEquals(
        "niet belegd: De partij voert zelf uit.",
        lines(history, "municipalRole.UITVOERDER").get(0).getNewValue());
  }

  @Test
  void aQuadrantOverrideWritesItsHistoryUnderTheCallersTenant() {
    as.login("regisseur.zeist");
    Long party = parties.create(new Party("Stichting Historie Kwadrant", "Zeist")).getId();
    Counts before = counts(party);

    quadrants.override(party, thisYear(), 70, 30, "Werkt in een wijkcoalitie.");

    Counts after = counts(party);
    assertEquals(before.ofParty() + 1, after.ofParty());
    assertEquals(before.zeist() + 1, after.zeist(), "under Zeist");
    assertEquals(before.woudenberg(), after.woudenberg(), "nothing under Woudenberg");
    List<PartyChange> override = lines(parties.history(party), "history.position.override");
    assertEquals(1, override.size());
    assertEquals(String.valueOf(thisYear()), override.get(0).getSubject());
    assertNull(override.get(0).getOldValue());
    assertEquals("70 / 30 — Werkt in een wijkcoalitie.", override.get(0).getNewValue());
    assertEquals("regisseur.zeist", override.get(0).getCreatedBy());
  }

  @Test
  void aRolledBackChangeLeavesNoHistory() throws Exception {
    as.login("regisseur.woudenberg");
    Long party =
        parties.create(new Party("Stichting Historie Teruggedraaid", "Woudenberg")).getId();
    Counts before = counts(party);

    transaction.begin();
    quadrants.aim(party, thisYear(), Quadrant.MAATSCHAPPELIJK_PARTNERSCHAP, "Samen optrekken.");
    assertEquals(
        1,
        lines(parties.history(party), "history.position.target").size(),
        "the line is written in the change's own transaction");
    transaction.rollback();

    assertEquals(before, counts(party));
    assertTrue(lines(parties.history(party), "history.position.target").isEmpty());
    assertNull(quadrants.position(party, thisYear()).target());
  }

  @Test
  void aRolledBackRoleModelLeavesNoHistory() throws Exception {
    as.login("regisseur.woudenberg");
    Long party = parties.create(new Party("Stichting Historie Rollen Terug", "Woudenberg")).getId();
    Counts before = counts(party);

    transaction.begin();
    roles.save(party, woudenbergPlan(), -1);
    transaction.rollback();

    assertEquals(before, counts(party));
    assertEquals(0, data.countRowsOfParty("role_assignment", party));
  }

  @Test
  void theDemoPartiesHaveTheirCreatedLineUnderTheirTenant() {
    Long zeistOnly = data.partyId(ZEIST, "Coöperatie ParkeerService");
    as.login("regisseur.zeist");
    List<PartyChange> created = lines(parties.history(zeistOnly), "history.created");
    assertEquals(1, created.size());
    assertEquals("Coöperatie ParkeerService", created.get(0).getNewValue());
    assertEquals("systeem", created.get(0).getCreatedBy());
  }

  @Test
  void anEventOutsideATransactionIsRefusedAndWritesNothing() {
    Long party = data.partyIds(WOUDENBERG).get(0);
    Counts before = counts(party);

    assertThrows(
        EJBException.class,
        () -> partyChanged.fire(PartyChanged.of(party, "party.seat", null, "Oud", "Nieuw")));

    assertEquals(before, counts(party));
  }

  @Test
  void anEventInATransactionBoundToNoTenantIsRefusedAndWritesNothing() throws Exception {
    Long party = data.partyIds(WOUDENBERG).get(0);
    Counts before = counts(party);

    transaction.begin();
    EJBException refused =
        assertThrows(
            EJBException.class,
            () -> partyChanged.fire(PartyChanged.of(party, "party.seat", null, "Oud", "Nieuw")));
    transaction.rollback();

    assertTrue(
        causes(refused).stream().anyMatch(IllegalStateException.class::isInstance),
        "refused for want of a tenant: " + refused);
    assertEquals(before, counts(party));
  }

  private static List<Throwable> causes(Throwable failure) {
    List<Throwable> causes = new java.util.ArrayList<>();
    for (Throwable t = failure; t != null && !causes.contains(t); t = t.getCause()) {
      causes.add(t);
    }
    return causes;
  }
}
