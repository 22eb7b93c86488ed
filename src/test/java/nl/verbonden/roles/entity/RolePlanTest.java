package nl.verbonden.roles.entity;

import static nl.verbonden.register.TestIds.withId;
import static nl.verbonden.roles.entity.RoleFixture.held;
import static nl.verbonden.roles.entity.RoleFixture.notHeld;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import nl.verbonden.register.entity.LegalForm;
import nl.verbonden.register.entity.Party;
import nl.verbonden.shared.entity.DomainException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

/** What the walkthrough and the service refuse before anything is saved, each at its field. */
class RolePlanTest {

  private final RoleFixture f = new RoleFixture();

  private static DomainException refused(String key, String field, Executable action) {
    DomainException e = assertThrows(DomainException.class, action);
    assertEquals(key, e.messageKey());
    assertEquals(field, e.field());
    return e;
  }

  @Test
  void aSoundPlanIsComplete() {
    assertDoesNotThrow(() -> f.sound().checkComplete(f.offices));
  }

  @ParameterizedTest
  @EnumSource(MunicipalRole.class)
  void everyRoleMustBeAnswered(MunicipalRole role) {
    RolePlan plan = f.sound();
    plan.answer(role).setHeld(null);
    refused(
        "verbonden.roles.unanswered", "houdt_" + role.name(), () -> plan.checkComplete(f.offices));
    refused(
        "verbonden.roles.unanswered",
        "houdt_" + role.name(),
        () -> plan.checkAnswer(role, f.offices));
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "   "})
  void aRoleNotHeldNeedsAReason(String reason) {
    RolePlan plan = f.sound();
    notHeld(plan, MunicipalRole.UITVOERDER, reason);
    refused(
        "verbonden.roles.reasonRequired",
        "reden_UITVOERDER",
        () -> plan.checkAnswer(MunicipalRole.UITVOERDER, f.offices));
    notHeld(plan, MunicipalRole.UITVOERDER, null);
    refused(
        "verbonden.roles.reasonRequired", "reden_UITVOERDER", () -> plan.checkComplete(f.offices));
  }

  @Test
  void aReasonHasAtMost2000Characters() {
    RolePlan plan = f.sound();
    notHeld(plan, MunicipalRole.UITVOERDER, "x".repeat(2000));
    assertDoesNotThrow(() -> plan.checkAnswer(MunicipalRole.UITVOERDER, f.offices));
    notHeld(plan, MunicipalRole.UITVOERDER, "x".repeat(2001));
    DomainException e =
        refused(
            "validation.tooLong",
            "reden_UITVOERDER",
            () -> plan.checkAnswer(MunicipalRole.UITVOERDER, f.offices));
    assertEquals(2000, e.arguments()[0]);
  }

  @Test
  void theBestuurlijkHolderMustBeAPortefeuillehouder() {
    RolePlan plan = f.sound();
    held(plan, MunicipalRole.OPDRACHTGEVER, f.regisseurVisser, f.regisseurVisser);
    DomainException e =
        refused(
            "verbonden.roles.notBestuurlijk",
            "bestuurlijk_OPDRACHTGEVER",
            () -> plan.checkComplete(f.offices));
    assertEquals("Carla Visser (Sociaal domein)", e.arguments()[0]);
  }

  @Test
  void theAmbtelijkHolderMustBeACivilServant() {
    RolePlan plan = f.sound();
    held(plan, MunicipalRole.EIGENAAR, f.burgemeesterBakker, f.burgemeesterBakker);
    refused(
        "verbonden.roles.notAmbtelijk", "ambtelijk_EIGENAAR", () -> plan.checkComplete(f.offices));
  }

  @Test
  void theRegisseurMustBeACivilServant() {
    RolePlan plan = f.sound();
    plan.setRegisseurOfficeId(f.wethouderJansen.getId());
    refused("verbonden.roles.notAmbtelijk", "regisseur", () -> plan.checkGovernance(f.offices));
  }

  @Test
  void anOfficeOfAnotherMunicipalityIsUnknown() {
    RolePlan plan = f.sound();
    plan.answer(MunicipalRole.OPDRACHTGEVER).setBestuurlijkOfficeId(999L);
    refused(
        "verbonden.roles.unknownOffice",
        "bestuurlijk_OPDRACHTGEVER",
        () -> plan.checkComplete(f.offices));
    RolePlan other = f.sound();
    other.setRegisseurOfficeId(999L);
    refused("verbonden.roles.unknownOffice", "regisseur", () -> other.checkComplete(f.offices));
  }

  @Test
  void aConflictCannotBeSavedWithoutAJustification() {
    RolePlan plan = f.sound();
    held(plan, MunicipalRole.EIGENAAR, f.wethouderJansen, f.controllerSmit);
    refused(
        "verbonden.roles.conflict.justify", "rechtvaardiging", () -> plan.checkComplete(f.offices));
    plan.setJustification("   ");
    refused(
        "verbonden.roles.conflict.justify", "rechtvaardiging", () -> plan.checkComplete(f.offices));
    plan.setJustification("Besloten door de raad op 3 maart 2026.");
    assertDoesNotThrow(() -> plan.checkComplete(f.offices));
  }

  @Test
  void aJustificationWithoutConflictIsNotNeededAndNotKept() {
    RolePlan plan = f.sound();
    plan.setJustification("Overbodig");
    assertDoesNotThrow(() -> plan.checkComplete(f.offices));
    Party party = withId(new Party("Regio", LegalForm.GR_OPENBAAR_LICHAAM, "Veenendaal"), 7L);
    PartyGovernance governance = new PartyGovernance(party);
    governance.apply(plan, f.regisseurVisser, plan.hasConflict(f.offices));
    assertNull(governance.getConflictJustification());
  }

  @Test
  void aLadderLevelNeedsAllItsParts() {
    for (int part = 0; part < 3; part++) {
      RolePlan plan = f.sound();
      RolePlan.Step second = plan.getLadder().get(1);
      switch (part) {
        case 0 -> second.setName(" ");
        case 1 -> second.setOurSide(null);
        default -> second.setTheirSide("");
      }
      DomainException e =
          refused("verbonden.ladder.incomplete", null, () -> plan.checkGovernance(f.offices));
      assertEquals(2, e.arguments()[0]);
    }
  }

  @ParameterizedTest
  @ValueSource(ints = {0, -1, 366})
  void aLadderLevelTakesOneToAYearOfDays(int days) {
    RolePlan plan = f.sound();
    plan.getLadder().get(0).setWithinDays(days);
    DomainException e =
        refused("verbonden.ladder.days", null, () -> plan.checkGovernance(f.offices));
    assertEquals(1, e.arguments()[0]);
  }

  @ParameterizedTest
  @ValueSource(ints = {1, 365})
  void oneDayAndAYearAreAllowed(int days) {
    RolePlan plan = f.sound();
    plan.getLadder().get(0).setWithinDays(days);
    assertDoesNotThrow(() -> plan.checkGovernance(f.offices));
  }

  @Test
  void aLadderLevelWithoutDaysIsRefused() {
    RolePlan plan = f.sound();
    plan.getLadder().get(2).setWithinDays(null);
    assertEquals(
        3,
        refused("verbonden.ladder.days", null, () -> plan.checkGovernance(f.offices))
            .arguments()[0]);
  }

  @Test
  void aLadderHasAtMostSixLevels() {
    RolePlan plan = f.sound();
    plan.addLevel();
    plan.addLevel();
    plan.addLevel();
    refused("verbonden.ladder.tooMany", null, plan::addLevel);
    assertEquals(6, plan.getLadder().size());
  }

  @Test
  void aLadderLevelTextHasAtMost200Characters() {
    RolePlan plan = f.sound();
    plan.getLadder().get(0).setTheirSide("y".repeat(201));
    refused("verbonden.ladder.tooLong", null, () -> plan.checkGovernance(f.offices));
  }

  @Test
  void managementNamesHaveAtMost200Characters() {
    RolePlan plan = f.sound();
    plan.setPartyDirector("d".repeat(201));
    refused("validation.tooLong", "directie", () -> plan.checkGovernance(f.offices));
    plan.setPartyDirector(null);
    plan.setPartyChair("c".repeat(201));
    refused("validation.tooLong", "voorzitter", () -> plan.checkGovernance(f.offices));
  }

  @Test
  void normalisingStripsTextsAndForgetsWhatDoesNotApply() {
    RolePlan plan = f.sound();
    plan.answer(MunicipalRole.UITVOERDER).setBestuurlijkOfficeId(f.wethouderJansen.getId());
    plan.answer(MunicipalRole.OPDRACHTGEVER).setReason("left over from an earlier answer");
    plan.getLadder().get(0).setName("  Contactpersonen  ");
    plan.setPartyDirector("  ");
    plan.normalised();
    assertNull(plan.answer(MunicipalRole.UITVOERDER).getBestuurlijkOfficeId());
    assertNull(plan.answer(MunicipalRole.OPDRACHTGEVER).getReason());
    assertEquals("Contactpersonen", plan.getLadder().get(0).getName());
    assertNull(plan.getPartyDirector());
  }

  @Test
  void removingALevelKeepsTheOrderOfTheRest() {
    RolePlan plan = f.sound();
    plan.removeLevel(0);
    plan.removeLevel(7);
    assertEquals(
        List.of("Regisseur en directie", "Bestuurlijk"),
        plan.getLadder().stream().map(RolePlan.Step::getName).toList());
  }

  @Test
  void aSavedModelBecomesThePlanItWasSavedFrom() {
    RolePlan plan = f.sound().normalised();
    Party party = withId(new Party("Regio", LegalForm.GR_OPENBAAR_LICHAAM, "Veenendaal"), 7L);
    List<RoleAssignment> saved =
        java.util.Arrays.stream(MunicipalRole.values())
            .map(
                role -> {
                  RoleAssignment a = new RoleAssignment(party, role);
                  RolePlan.Answer answer = plan.answer(role);
                  a.answer(
                      answer.getHeld(),
                      f.offices.get(answer.getBestuurlijkOfficeId()),
                      f.offices.get(answer.getAmbtelijkOfficeId()),
                      answer.getReason());
                  return a;
                })
            .toList();
    PartyGovernance governance = new PartyGovernance(party);
    governance.apply(plan, f.regisseurVisser, false);
    RolePlan again = RolePlan.of(saved, governance);
    for (MunicipalRole role : MunicipalRole.values()) {
      assertEquals(plan.answer(role).getHeld(), again.answer(role).getHeld());
      assertEquals(
          plan.answer(role).getBestuurlijkOfficeId(), again.answer(role).getBestuurlijkOfficeId());
      assertEquals(
          plan.answer(role).getAmbtelijkOfficeId(), again.answer(role).getAmbtelijkOfficeId());
      assertEquals(plan.answer(role).getReason(), again.answer(role).getReason());
    }
    assertEquals(plan.getLadder(), again.getLadder());
    assertEquals(f.regisseurVisser.getId(), again.getRegisseurOfficeId());
    assertEquals(
        List.of(1, 2, 3),
        governance.getLadder().stream().map(EscalationLevel::getPosition).toList());
  }

  @Test
  void aChangedLadderKeepsItsLevelsInPlaceAndDropsTheSurplus() {
    Party party = withId(new Party("Regio", LegalForm.GR_OPENBAAR_LICHAAM, "Veenendaal"), 7L);
    PartyGovernance governance = new PartyGovernance(party);
    RolePlan plan = f.sound();
    governance.apply(plan, f.regisseurVisser, false);
    EscalationLevel first = governance.getLadder().get(0);
    plan.removeLevel(0);
    plan.removeLevel(0);
    governance.apply(plan, f.regisseurVisser, false);
    assertEquals(1, governance.getLadder().size());
    assertEquals(first, governance.getLadder().get(0));
    assertEquals(1, first.getPosition());
    assertEquals("Bestuurlijk", first.getName());
    plan.useExampleLadder();
    plan.addLevel();
    plan.getLadder().get(3).setName("Raad");
    plan.getLadder().get(3).setOurSide("Burgemeester");
    plan.getLadder().get(3).setTheirSide("Algemeen bestuur");
    plan.getLadder().get(3).setWithinDays(60);
    governance.apply(plan, f.regisseurVisser, false);
    assertEquals(
        List.of(1, 2, 3, 4),
        governance.getLadder().stream().map(EscalationLevel::getPosition).toList());
    assertEquals("Contactpersonen", governance.getLadder().get(0).getName());
  }

  @Test
  void nothingSavedIsNoPlan() {
    assertNull(RolePlan.of(List.of(), null));
  }

  @org.junit.jupiter.params.ParameterizedTest
  @org.junit.jupiter.params.provider.CsvSource(
      delimiter = '|',
      value = {
        "GR_OPENBAAR_LICHAAM | Voorzitter dagelijks bestuur",
        "GR_BEDRIJFSVOERINGSORGANISATIE | Voorzitter bestuur",
        "GR_CENTRUMREGELING | Portefeuillehouder centrumgemeente",
        "NV | Voorzitter raad van commissarissen",
        "BV | Voorzitter raad van commissarissen",
        "STICHTING | Voorzitter raad van toezicht",
        "VERENIGING | Voorzitter bestuur",
      })
  void theExampleLadderEndsAtTheBodyThatFitsTheLegalForm(
      nl.verbonden.register.entity.LegalForm form, String top) {
    RolePlan plan = RolePlan.empty();
    plan.useExampleLadder(form);
    assertEquals(3, plan.getLadder().size());
    assertEquals(top, plan.getLadder().get(2).getTheirSide());
  }
}
