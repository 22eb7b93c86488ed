package nl.verbonden.roles.web;

import static nl.verbonden.register.TestIds.withId;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.verbonden.register.entity.PartyRef;
import nl.verbonden.roles.boundary.PartyRoles;
import nl.verbonden.roles.entity.MunicipalRole;
import nl.verbonden.roles.entity.Office;
import nl.verbonden.roles.entity.OfficeKind;
import nl.verbonden.roles.entity.Person;
import nl.verbonden.roles.entity.RoleChecks;
import nl.verbonden.roles.entity.RolePlan;
import org.junit.jupiter.api.Test;
import org.primefaces.model.OrganigramNode;

/** The organigram puts the regisseur between the bestuurlijk client and the party's management. */
class RoleOrganigramTest {

  private static final PartyRef PARTY = new PartyRef(7L, "GGD regio Utrecht");

  private final Person jansen = withId(new Person("Anna Jansen", null), 1L);
  private final Person visser = withId(new Person("Carla Visser", null), 2L);
  private final Office wethouder =
      withId(jansen.appoint(OfficeKind.WETHOUDER, "Zorg", LocalDate.of(2022, 6, 1), null), 11L);
  private final Office regisseur =
      withId(visser.appoint(OfficeKind.REGISSEUR, null, LocalDate.of(2020, 1, 1), null), 12L);
  private final Map<Long, Office> offices =
      new LinkedHashMap<>(Map.of(11L, wethouder, 12L, regisseur));

  private OrganigramNode organigram(RolePlan plan) {
    PartyRoles roles =
        new PartyRoles(
            PARTY,
            plan,
            0,
            RoleChecks.check(PARTY, plan, offices, LocalDate.of(2026, 11, 23)),
            offices);
    return RoleOrganigram.of(roles, "Woudenberg", key -> key);
  }

  private static RoleOrganigram.Box box(OrganigramNode node) {
    return (RoleOrganigram.Box) node.getData();
  }

  private RolePlan plan(Office owner) {
    RolePlan plan = RolePlan.empty();
    plan.answer(MunicipalRole.OPDRACHTGEVER).setHeld(true);
    plan.answer(MunicipalRole.OPDRACHTGEVER).setBestuurlijkOfficeId(11L);
    plan.answer(MunicipalRole.OPDRACHTGEVER).setAmbtelijkOfficeId(12L);
    plan.answer(MunicipalRole.EIGENAAR).setHeld(true);
    plan.answer(MunicipalRole.EIGENAAR)
        .setBestuurlijkOfficeId(owner == null ? null : owner.getId());
    plan.answer(MunicipalRole.OPDRACHTNEMER).setHeld(false);
    plan.answer(MunicipalRole.OPDRACHTNEMER).setReason("Geen taken");
    plan.setRegisseurOfficeId(12L);
    plan.setPartyDirector("Directeur GGD");
    return plan;
  }

  @Test
  void theMunicipalityHasABoxPerRoleAndTheRegisseurLeadsToTheParty() {
    OrganigramNode root = organigram(plan(null));
    assertEquals(RoleOrganigram.MUNICIPALITY, root.getType());
    assertEquals("organigram.municipality Woudenberg", box(root).title());
    List<OrganigramNode> roles = root.getChildren();
    assertEquals(
        List.of(
            RoleOrganigram.ROLE,
            RoleOrganigram.ROLE,
            RoleOrganigram.NOT_HELD,
            RoleOrganigram.NOT_HELD),
        roles.stream().map(OrganigramNode::getType).toList());
    assertEquals("roleLevel.BESTUURLIJK: Anna Jansen (Zorg)", box(roles.get(0)).line1());
    assertEquals("roleLevel.BESTUURLIJK: roles.nobody", box(roles.get(1)).line1());
    assertEquals("Geen taken", box(roles.get(2)).line2());
    assertEquals("roles.unanswered", box(roles.get(3)).line1());
    // every holder's name is a link to their person page; "nobody" and the party's management not
    assertEquals(
        new RoleOrganigram.Link("roleLevel.BESTUURLIJK: ", "Anna Jansen (Zorg)", 1L),
        box(roles.get(0)).link1());
    assertEquals(
        new RoleOrganigram.Link("roleLevel.AMBTELIJK: ", "Carla Visser", 2L),
        box(roles.get(0)).link2());
    assertNull(box(roles.get(1)).link1());

    OrganigramNode regisseurNode = roles.get(0).getChildren().get(0);
    assertEquals(RoleOrganigram.REGISSEUR, regisseurNode.getType());
    assertEquals("Carla Visser", box(regisseurNode).line1());
    assertEquals(2L, box(regisseurNode).link1().person());
    OrganigramNode party = regisseurNode.getChildren().get(0);
    assertEquals(RoleOrganigram.PARTY, party.getType());
    assertEquals("GGD regio Utrecht", box(party).title());
    assertEquals("roles.partyDirector: Directeur GGD", box(party).line1());
    assertNull(box(party).link1());
  }

  @Test
  void clientAndOwnerInConflictAreMarked() {
    OrganigramNode root = organigram(plan(wethouder));
    assertEquals(RoleOrganigram.CONFLICT, root.getChildren().get(0).getType());
    assertEquals(RoleOrganigram.CONFLICT, root.getChildren().get(1).getType());
    assertEquals("municipalRole.EIGENAAR — roles.conflict", box(root.getChildren().get(1)).title());
  }

  @Test
  void withoutAModelThePartyHangsUnderTheMunicipality() {
    OrganigramNode root = organigram(null);
    OrganigramNode party = root.getChildren().get(4);
    assertEquals(RoleOrganigram.PARTY, party.getType());
    assertEquals("organigram.noManagement", box(party).line1());
  }
}
