package nl.verbonden.roles.boundary;

import static nl.verbonden.testsupport.Demo.REGISSEUR;
import static nl.verbonden.testsupport.Demo.WOUDENBERG;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import nl.verbonden.register.boundary.PartyService;
import nl.verbonden.register.entity.Party;
import nl.verbonden.register.entity.PartyRef;
import nl.verbonden.roles.entity.FindingKind;
import nl.verbonden.roles.entity.MunicipalRole;
import nl.verbonden.roles.entity.OfficeKind;
import nl.verbonden.roles.entity.Person;
import nl.verbonden.roles.entity.RolePlan;
import nl.verbonden.shared.entity.DomainException;
import nl.verbonden.testsupport.InContainer;
import org.junit.jupiter.api.Test;

/**
 * After a college change, every role of a leaving wethouder passes to the successor in one step: on
 * every party, with history, and with the conflicts checked again.
 */
class HandoverIT extends InContainer {

  @Inject private RoleService roles;
  @Inject private PeopleService people;
  @Inject private PartyService parties;
  @Inject private Clock clock;

  private Long office(String person) {
    return data.officeId(WOUDENBERG, person);
  }

  private static void held(RolePlan plan, MunicipalRole role, Long bestuurlijk, Long ambtelijk) {
    plan.answer(role).setHeld(true);
    plan.answer(role).setBestuurlijkOfficeId(bestuurlijk);
    plan.answer(role).setAmbtelijkOfficeId(ambtelijk);
  }

  private RolePlan plan(Long client, Long owner, Long executor) {
    RolePlan plan = RolePlan.empty();
    held(plan, MunicipalRole.OPDRACHTGEVER, client, office("Sanne de Vries"));
    held(plan, MunicipalRole.EIGENAAR, owner, office("Eva Hendriks"));
    plan.answer(MunicipalRole.OPDRACHTNEMER).setHeld(false);
    plan.answer(MunicipalRole.OPDRACHTNEMER).setReason("Geen taken voor de partij.");
    if (executor == null) {
      plan.answer(MunicipalRole.UITVOERDER).setHeld(false);
      plan.answer(MunicipalRole.UITVOERDER).setReason("De partij voert zelf uit.");
    } else {
      held(plan, MunicipalRole.UITVOERDER, executor, office("Joost Mulder"));
    }
    plan.setRegisseurOfficeId(office("Sanne de Vries"));
    plan.useExampleLadder();
    plan.setPartyDirector("Directeur");
    return plan;
  }

  @Test
  void everyRoleOfTheLeavingWethouderPassesToTheSuccessorAndTheNewConflictIsNamed() {
    as.login(REGISSEUR);
    LocalDate today = LocalDate.now(clock);
    Person wim =
        people.createWithOffice(
            new Person("Wim Vertrekkend", null),
            OfficeKind.WETHOUDER,
            "Cultuur",
            today.minusYears(4),
            null);
    Long wimOffice = wim.getOffices().get(0).getId();
    Long thomas = office("Thomas Kok");
    Long ilse = office("Ilse Vermeulen");
    Long first = parties.create(new Party("Stichting Overdracht Een", "Woudenberg")).getId();
    Long second = parties.create(new Party("Stichting Overdracht Twee", "Woudenberg")).getId();
    roles.save(first, plan(wimOffice, thomas, null), -1);
    roles.save(second, plan(ilse, thomas, wimOffice), -1);

    HandoverResult result = roles.handOver(wimOffice, thomas, today);

    assertEquals(2, result.roles());
    assertEquals(
        List.of(first, second), result.parties().stream().map(PartyRef::id).sorted().toList());
    assertEquals(List.of(first), result.newConflicts().stream().map(PartyRef::id).toList());
    assertEquals(
        thomas,
        roles.roles(first).plan().answer(MunicipalRole.OPDRACHTGEVER).getBestuurlijkOfficeId());
    assertEquals(
        thomas,
        roles.roles(second).plan().answer(MunicipalRole.UITVOERDER).getBestuurlijkOfficeId());
    assertTrue(
        roles.roles(first).findings().stream()
            .anyMatch(f -> f.kind() == FindingKind.CONFLICT && !f.isJustified()));
    assertEquals(today.minusDays(1), people.find(wim.getId()).getOffices().get(0).getEndDate());
    assertTrue(roles.holdings(wim.getId()).isEmpty());
    assertTrue(
        parties.history(second).stream()
            .anyMatch(c -> c.getNewValue() != null && c.getNewValue().contains("Thomas Kok")),
        "a history line names the successor");
  }

  @Test
  void aSuccessorWhoCannotTakeOverIsRefusedAtTheFieldAndNothingChanges() {
    as.login(REGISSEUR);
    LocalDate today = LocalDate.now(clock);
    Long ilse = office("Ilse Vermeulen");
    int before = roles.holdings(data.personId(WOUDENBERG, "Ilse Vermeulen")).size();
    assertEquals(
        "opvolger",
        assertThrows(
                DomainException.class, () -> roles.handOver(ilse, office("Sanne de Vries"), today))
            .field());
    assertEquals(
        "opvolger",
        assertThrows(
                DomainException.class, () -> roles.handOver(ilse, office("Henk van Dijk"), today))
            .field());
    assertEquals(
        "overdrachtsdatum",
        assertThrows(
                DomainException.class,
                () -> roles.handOver(ilse, office("Thomas Kok"), today.minusYears(10)))
            .field());
    assertEquals(before, roles.holdings(data.personId(WOUDENBERG, "Ilse Vermeulen")).size());
    assertEquals(
        null,
        people.find(data.personId(WOUDENBERG, "Ilse Vermeulen")).getOffices().get(0).getEndDate());
  }

  @Test
  void aCouncilMemberCannotHandRolesOver() {
    as.login("raad.woudenberg");
    assertThrows(EJBAccessException.class, () -> roles.handOver(1L, 2L, LocalDate.now(clock)));
  }
}
