package nl.verbonden.positioning.boundary;

import static nl.verbonden.testsupport.Demo.REGISSEUR;
import static nl.verbonden.testsupport.Demo.WOUDENBERG;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import nl.verbonden.attention.boundary.AttentionService;
import nl.verbonden.positioning.entity.AdviceListing;
import nl.verbonden.positioning.entity.DecisionBody;
import nl.verbonden.positioning.entity.MilestoneStatus;
import nl.verbonden.positioning.entity.PartnerRole;
import nl.verbonden.positioning.entity.PositioningQuestion;
import nl.verbonden.positioning.entity.QuestionStatus;
import nl.verbonden.positioning.entity.RoleHolder;
import nl.verbonden.positioning.entity.Score;
import nl.verbonden.quadrants.boundary.QuadrantService;
import nl.verbonden.quadrants.entity.Position;
import nl.verbonden.quadrants.entity.Quadrant;
import nl.verbonden.quadrants.entity.SteeringModel;
import nl.verbonden.register.boundary.PartyService;
import nl.verbonden.register.entity.LegalForm;
import nl.verbonden.register.entity.Party;
import nl.verbonden.roles.entity.MunicipalRole;
import nl.verbonden.shared.entity.DomainException;
import nl.verbonden.shared.entity.NotFoundException;
import nl.verbonden.testsupport.InContainer;
import org.junit.jupiter.api.Test;

/**
 * Positioning questions in the container: the demo's question, a question walked from principles to
 * a decision that adds the party to the register with its target quadrant and steering model and
 * offers the municipality's roles, the advice published and read by the council, overdue steps on
 * the start page, and roles and municipalities kept apart.
 */
class PositioningServiceIT extends InContainer {

  @Inject private PositioningService service;
  @Inject private AdviceService advice;
  @Inject private PartyService parties;
  @Inject private QuadrantService quadrants;
  @Inject private AttentionService attention;
  @Inject private Clock clock;

  @jakarta.annotation.Resource(lookup = "jdbc/verbonden")
  private javax.sql.DataSource dataSource;

  private LocalDate today() {
    return LocalDate.now(clock);
  }

  private static Map<PartnerRole, RoleHolder> partnership() {
    Map<PartnerRole, RoleHolder> roles = new EnumMap<>(PartnerRole.class);
    roles.put(PartnerRole.OPDRACHTGEVER, RoleHolder.GEMEENTE);
    roles.put(PartnerRole.FINANCIER, RoleHolder.GEMEENTE);
    roles.put(PartnerRole.EIGENAAR, RoleHolder.GEMEENTE);
    roles.put(PartnerRole.WERKGEVER, RoleHolder.PARTNER);
    roles.put(PartnerRole.OPDRACHTNEMER, RoleHolder.PARTNER);
    roles.put(PartnerRole.UITVOERDER, RoleHolder.PARTNER);
    return roles;
  }

  private Long woudenbergDemoQuestion() {
    return service.list().stream()
        .filter(q -> q.getTask().equals("Toegang sociaal domein"))
        .findFirst()
        .orElseThrow()
        .getId();
  }

  @Test
  void theDemoQuestionIsDecidedForThePartnershipWithThePartnerInTheRegister() {
    as.login(REGISSEUR);
    PositioningQuestion q = service.find(woudenbergDemoQuestion());
    assertEquals(5, q.getOptions().size());
    assertEquals(QuestionStatus.UITVOERING, q.getStatus());
    assertEquals("Partnerschap met maatschappelijke partner(s)", q.getChosen().getTitle());
    Long partyId = q.getChosen().getParty().getId();
    assertEquals("Partner Sociaal Team Woudenberg", parties.find(partyId).getName());
    Position position = quadrants.position(partyId, today().getYear());
    assertEquals(Quadrant.MAATSCHAPPELIJK_PARTNERSCHAP, position.target());
    assertEquals(SteeringModel.SAMENWERKINGSPARTNER, position.targetModel());
    assertTrue(
        service.overdueMilestones().stream()
            .anyMatch(m -> m.what().startsWith("Verkennende gesprekken")));
    assertTrue(
        attention.forRegisseur().groups().stream()
            .anyMatch(g -> g.key().equals("attention.milestones") && g.count() >= 1));
  }

  @Test
  void aDecisionAddsTheProspectivePartyWithTargetQuadrantModelAndRoles() {
    as.login(REGISSEUR);
    String partner = "Positioneringspartner IT " + System.nanoTime();
    Long id = service.open("Jeugdhulp IT", "Hoe sturen we de jeugdhulp?", null, null, today());
    Long regie = service.addPrinciple(id, "Uitgangspunten sturing", "Lokale regie", null, 5);
    Long zelf =
        service.addOption(
            id,
            new OptionInput(
                "Zelf doen",
                null,
                null,
                null,
                null,
                SteeringModel.EIGEN_BEHEER,
                Map.of(
                    PartnerRole.OPDRACHTGEVER, RoleHolder.GEMEENTE,
                    PartnerRole.FINANCIER, RoleHolder.GEMEENTE,
                    PartnerRole.UITVOERDER, RoleHolder.GEMEENTE),
                null));
    Long samen =
        service.addOption(
            id,
            new OptionInput(
                "Samen met een partner",
                null,
                null,
                partner,
                LegalForm.STICHTING,
                SteeringModel.SAMENWERKINGSPARTNER,
                partnership(),
                null));
    service.score(id, zelf, regie, Score.PLUS, "dichtbij");
    service.score(id, samen, regie, Score.PLUS_PLUS, "op maat");
    assertEquals(0, data.countPartiesNamed(WOUDENBERG, partner), "not in the register yet");

    // a decision without a reason for the other option is refused, and nothing is saved
    DomainException refused =
        assertThrows(
            DomainException.class,
            () ->
                service.decide(
                    id, samen, "past het best", DecisionBody.COLLEGE, today(), Map.of()));
    assertEquals("verbonden.positioning.reasonMissing", refused.messageKey());
    assertNull(service.find(id).getChosen());
    assertEquals(0, data.countPartiesNamed(WOUDENBERG, partner));

    Long partyId =
        service.decide(
            id,
            samen,
            "past het best",
            DecisionBody.COLLEGE,
            today(),
            Map.of(zelf, "geen werkgever willen zijn"));

    Party party = parties.find(partyId);
    assertEquals(partner, party.getName());
    assertEquals(LegalForm.STICHTING, party.getLegalForm());
    Position position = quadrants.position(partyId, today().getYear());
    assertEquals(Quadrant.MAATSCHAPPELIJK_PARTNERSCHAP, position.target());
    assertEquals(SteeringModel.SAMENWERKINGSPARTNER, position.targetModel());
    assertEquals(
        List.of(MunicipalRole.OPDRACHTGEVER, MunicipalRole.EIGENAAR), service.municipalRoles(id));
    assertEquals(
        1,
        parties.history(partyId).stream()
            .filter(c -> c.getFieldKey().equals("history.positioning.decided"))
            .count());
    PositioningQuestion decided = service.find(id);
    assertEquals(QuestionStatus.BESLUIT, decided.getStatus());
    assertEquals(
        "geen werkgever willen zijn",
        decided.getOptions().stream()
            .filter(o -> o.getId().equals(zelf))
            .findFirst()
            .orElseThrow()
            .getRejectedReason());

    // deciding again for the same option finds the party instead of adding a second one
    service.decide(id, samen, "bevestigd", DecisionBody.RAAD, today(), Map.of());
    assertEquals(1, data.countPartiesNamed(WOUDENBERG, partner));
  }

  @Test
  void theAdviceIsPublishedAsAVersionThatTheCouncilReads() {
    as.login(REGISSEUR);
    Long id = woudenbergDemoQuestion();
    assertTrue(advice.draftHtml(id).contains("Sturing en positionering"));
    AdviceListing first = advice.publish(id);
    AdviceListing second = advice.publish(id);
    assertEquals(first.version() + 1, second.version());
    as.logout();
    as.login("raad.woudenberg");
    assertTrue(advice.published().stream().anyMatch(a -> a.id().equals(second.id())));
    byte[] pdf = advice.pdf(second.id());
    assertEquals("%PDF", new String(pdf, 0, 4, java.nio.charset.StandardCharsets.ISO_8859_1));
    assertThrows(EJBAccessException.class, () -> advice.draftHtml(id));
    assertThrows(EJBAccessException.class, () -> service.find(id));
    as.logout();
    as.login("regisseur.zeist");
    assertThrows(NotFoundException.class, () -> advice.pdf(second.id()));
    assertFalse(advice.published().stream().anyMatch(a -> a.id().equals(second.id())));
    // the database itself refuses to change or remove a published version
    for (String sql :
        List.of(
            "update published_advice set title = 'anders' where id = ?",
            "delete from published_advice where id = ?")) {
      java.sql.SQLException refused =
          assertThrows(
              java.sql.SQLException.class,
              () -> {
                try (java.sql.Connection c = dataSource.getConnection();
                    java.sql.PreparedStatement s = c.prepareStatement(sql)) {
                  s.setLong(1, second.id());
                  s.executeUpdate();
                }
              },
              sql);
      assertEquals("23", refused.getSQLState().substring(0, 2), refused::toString);
    }
  }

  @Test
  void anotherMunicipalitysQuestionIsNotFoundAndNothingChanges() {
    as.login(REGISSEUR);
    Long id = woudenbergDemoQuestion();
    PositioningQuestion q = service.find(id);
    Long option = q.getOptions().get(0).getId();
    Long principle = q.getPrinciples().get(0).getId();
    Long milestone = q.getMilestones().get(0).getId();
    as.logout();
    as.login("regisseur.zeist");
    assertTrue(service.list().isEmpty());
    assertThrows(NotFoundException.class, () -> service.find(id));
    assertThrows(
        NotFoundException.class, () -> service.score(id, option, principle, Score.MIN, "x"));
    assertThrows(
        NotFoundException.class,
        () -> service.decide(id, option, "x", DecisionBody.RAAD, today(), Map.of()));
    assertThrows(
        NotFoundException.class,
        () -> service.markMilestone(id, milestone, MilestoneStatus.GEREED));
    assertThrows(
        NotFoundException.class, () -> service.moveTo(id, QuestionStatus.AFGEROND, today(), null));
    assertThrows(NotFoundException.class, () -> advice.draftHtml(id));
    as.logout();
    as.login(REGISSEUR);
    assertEquals(QuestionStatus.UITVOERING, service.find(id).getStatus());
  }

  @Test
  void anOptionOfTheRegisterFromAnotherMunicipalityIsNotFound() {
    as.login("regisseur.zeist");
    Long zeistParty = data.partyId("GM0355", nl.verbonden.testsupport.Demo.ZEIST_ONLY);
    as.logout();
    as.login(REGISSEUR);
    Long id = service.open("Parkeren IT", "Hoe sturen we parkeren?", null, null, today());
    assertThrows(
        NotFoundException.class,
        () ->
            service.addOption(
                id,
                new OptionInput(
                    "Coöperatie",
                    null,
                    zeistParty,
                    null,
                    null,
                    SteeringModel.MARKTMEESTER,
                    Map.of(),
                    null)));
    assertTrue(service.find(id).getOptions().isEmpty());
  }

  @Test
  void aCouncilMemberCannotEditPositioning() {
    as.login("raad.woudenberg");
    assertThrows(EJBAccessException.class, () -> service.list());
    assertThrows(
        EJBAccessException.class, () -> service.open("x", "y", null, null, LocalDate.now(clock)));
  }
}
