package nl.verbonden.roles.entity;

import static nl.verbonden.roles.entity.RoleFixture.PARTY;
import static nl.verbonden.roles.entity.RoleFixture.TODAY;
import static nl.verbonden.roles.entity.RoleFixture.held;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Every check of the role model (docs/domain.md, "The four roles"): the conflict and each gap. */
class RoleChecksTest {

  private final RoleFixture f = new RoleFixture();

  private List<Finding> check(RolePlan plan) {
    return RoleChecks.check(PARTY, plan, f.offices, TODAY);
  }

  private static List<FindingKind> kinds(List<Finding> findings) {
    return findings.stream().map(Finding::kind).toList();
  }

  @Test
  void aSoundModelHasNoFindings() {
    assertEquals(List.of(), check(f.sound()));
  }

  @Test
  void aPartyNeverWalkedThroughHasOneFindingThatSaysSo() {
    List<Finding> found = check(null);
    assertEquals(List.of(FindingKind.NOT_WALKED_THROUGH), kinds(found));
    assertEquals(PARTY, found.get(0).party());
  }

  @Test
  void theSamePortefeuillehouderAsClientAndOwnerIsAConflict() {
    RolePlan plan = f.sound();
    held(plan, MunicipalRole.EIGENAAR, f.wethouderJansen, f.controllerSmit);
    List<Finding> found = check(plan);
    assertEquals(List.of(FindingKind.CONFLICT), kinds(found));
    assertEquals("Anna Jansen", found.get(0).subject());
    assertTrue(found.get(0).isConflict());
    assertFalse(found.get(0).isJustified());
  }

  @Test
  void theSamePersonThroughAnotherPortfolioIsStillAConflict() {
    RolePlan plan = f.sound();
    held(plan, MunicipalRole.EIGENAAR, f.wethouderJansenFinancien, f.controllerSmit);
    assertEquals(List.of(FindingKind.CONFLICT), kinds(check(plan)));
  }

  @Test
  void aConflictStaysAConflictWhenJustifiedAndCarriesTheJustification() {
    RolePlan plan = f.sound();
    held(plan, MunicipalRole.EIGENAAR, f.wethouderJansen, f.controllerSmit);
    plan.setJustification("  Kleine gemeente: één wethouder voor de hele portefeuille.  ");
    Finding conflict = check(plan).get(0);
    assertEquals(FindingKind.CONFLICT, conflict.kind());
    assertTrue(conflict.isJustified());
    assertEquals(
        "Kleine gemeente: één wethouder voor de hele portefeuille.", conflict.justification());
  }

  @Test
  void theSamePersonAmbtelijkIsNoConflict() {
    RolePlan plan = f.sound();
    held(plan, MunicipalRole.EIGENAAR, f.burgemeesterBakker, f.regisseurVisser);
    assertEquals(List.of(), check(plan));
  }

  @Test
  void clientAndOwnerWithDifferentPortefeuillehoudersIsNoConflict() {
    assertFalse(f.sound().hasConflict(f.offices));
  }

  @Test
  void anOwnerRoleNotHeldCannotConflict() {
    RolePlan plan = f.sound();
    held(plan, MunicipalRole.EIGENAAR, f.wethouderJansen, null);
    plan.answer(MunicipalRole.EIGENAAR).setHeld(false);
    plan.answer(MunicipalRole.EIGENAAR).setReason("Geen aandelen");
    assertFalse(plan.hasConflict(f.offices));
  }

  @Test
  void clientAndOwnerWithoutBestuurlijkHoldersIsNoConflictButTwoGaps() {
    RolePlan plan = f.sound();
    held(plan, MunicipalRole.OPDRACHTGEVER, null, f.regisseurVisser);
    held(plan, MunicipalRole.EIGENAAR, null, f.controllerSmit);
    List<Finding> found = check(plan);
    assertEquals(List.of(FindingKind.NO_HOLDER, FindingKind.NO_HOLDER), kinds(found));
    assertEquals(RoleLevel.BESTUURLIJK, found.get(0).level());
  }

  @Test
  void aHeldRoleWithoutAmbtelijkHolderIsAGapAtThatLevel() {
    RolePlan plan = f.sound();
    held(plan, MunicipalRole.OPDRACHTGEVER, f.wethouderJansen, null);
    Finding gap = check(plan).get(0);
    assertEquals(FindingKind.NO_HOLDER, gap.kind());
    assertEquals(MunicipalRole.OPDRACHTGEVER, gap.role());
    assertEquals(RoleLevel.AMBTELIJK, gap.level());
    assertEquals("finding.NO_HOLDER.AMBTELIJK", gap.messageKey());
  }

  @Test
  void aRoleNotHeldNeedsNoHolders() {
    RolePlan plan = f.sound();
    assertFalse(plan.answer(MunicipalRole.UITVOERDER).getHeld());
    assertTrue(check(plan).stream().noneMatch(x -> x.role() == MunicipalRole.UITVOERDER));
  }

  @Test
  void noRegisseurIsAGap() {
    RolePlan plan = f.sound();
    plan.setRegisseurOfficeId(null);
    assertEquals(List.of(FindingKind.NO_REGISSEUR), kinds(check(plan)));
  }

  @Test
  void noLadderIsAGap() {
    RolePlan plan = f.sound();
    plan.getLadder().clear();
    assertEquals(List.of(FindingKind.NO_LADDER), kinds(check(plan)));
  }

  @Test
  void aHolderWhoseTermEndedIsAGapNamingThem() {
    RolePlan plan = f.sound();
    held(plan, MunicipalRole.EIGENAAR, f.wethouderOud, f.controllerSmit);
    Finding gap = check(plan).get(0);
    assertEquals(FindingKind.TERM_ENDED, gap.kind());
    assertEquals(MunicipalRole.EIGENAAR, gap.role());
    assertEquals(RoleLevel.BESTUURLIJK, gap.level());
    assertEquals("Olga Oud (Economie)", gap.subject());
    assertEquals("finding.TERM_ENDED", gap.messageKey());
  }

  @Test
  void aTermEndsAfterItsLastDay() {
    RolePlan plan = f.sound();
    held(plan, MunicipalRole.EIGENAAR, f.wethouderOud, f.controllerSmit);
    assertEquals(List.of(), RoleChecks.check(PARTY, plan, f.offices, f.wethouderOud.getEndDate()));
    assertEquals(
        List.of(FindingKind.TERM_ENDED),
        kinds(RoleChecks.check(PARTY, plan, f.offices, f.wethouderOud.getEndDate().plusDays(1))));
  }

  @Test
  void aRegisseurWhoseTermEndedIsAGap() {
    f.regisseurVisser.end(TODAY.minusDays(1));
    RolePlan plan = f.sound();
    held(plan, MunicipalRole.OPDRACHTGEVER, f.wethouderJansen, f.controllerSmit);
    Finding gap = check(plan).get(0);
    assertEquals(FindingKind.TERM_ENDED, gap.kind());
    assertNull(gap.role());
    assertEquals("finding.TERM_ENDED.regisseur", gap.messageKey());
  }

  @Test
  void conflictsComeFirstAndAllGapsAreListed() {
    RolePlan plan = f.sound();
    held(plan, MunicipalRole.EIGENAAR, f.wethouderJansen, null);
    held(plan, MunicipalRole.UITVOERDER, f.wethouderOud, null);
    plan.setRegisseurOfficeId(null);
    plan.getLadder().clear();
    assertEquals(
        List.of(
            FindingKind.CONFLICT,
            FindingKind.NO_HOLDER,
            FindingKind.TERM_ENDED,
            FindingKind.NO_HOLDER,
            FindingKind.NO_REGISSEUR,
            FindingKind.NO_LADDER),
        kinds(check(plan)));
  }
}
