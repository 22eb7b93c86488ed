package nl.verbonden.platform.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import nl.verbonden.positioning.entity.MilestoneStatus;
import nl.verbonden.positioning.entity.PartnerRole;
import nl.verbonden.positioning.entity.PositioningOption;
import nl.verbonden.positioning.entity.PositioningQuestion;
import nl.verbonden.positioning.entity.QuestionStatus;
import nl.verbonden.positioning.entity.RoleHolder;
import nl.verbonden.positioning.entity.Weighing;
import nl.verbonden.quadrants.entity.Quadrant;
import nl.verbonden.quadrants.entity.RelationPosition;
import nl.verbonden.quadrants.entity.SteeringModel;
import nl.verbonden.register.entity.Party;
import nl.verbonden.shared.control.ApplicationClock;
import nl.verbonden.shared.entity.AuditedEntity;
import org.junit.jupiter.api.Test;

/**
 * Woudenberg's positioning of the Toegang as in seed 002: the five options, the principles in their
 * groups, the planning, and the chosen partnership that adds the partner to the register with
 * target quadrant 3 and the Samenwerkingspartner model.
 */
class DemoPositioningTest {

  private static final LocalDate TODAY = LocalDate.now(ApplicationClock.fromSystem());

  @Test
  void woudenbergWeighsTheSeedsOptionsAndChoosesThePartnership() {
    DemoRegisters.Register register = DemoRegisters.read("woudenberg", "Woudenberg", TODAY);
    DemoPositioning demo = DemoPositioning.read(register, "woudenberg", TODAY);
    PositioningQuestion q = (PositioningQuestion) demo.questions().get(0);
    assertEquals("Toegang sociaal domein", q.getTask());
    assertEquals(
        List.of(
            "Uitgangspunten sturing",
            "Inhoudelijke kaders",
            "Organisatieontwikkeling",
            "Sturing op budget en resultaat"),
        q.groups());
    assertEquals(
        List.of(
            "Zelf de Toegang uitvoeren",
            "Deelnemen aan de Stichting voor Sociale Teams (Amersfoort)",
            "Deelnemen aan de GR met Baarn, Soest en Bunschoten",
            "Contracteren van de welzijnsorganisatie in Leusden",
            "Partnerschap met maatschappelijke partner(s)"),
        q.getOptions().stream().map(PositioningOption::getTitle).toList());
    Weighing w = q.weighing();
    assertEquals(
        "Partnerschap met maatschappelijke partner(s)", w.ranked().get(0).option().getTitle());
    w.rows().forEach(r -> assertEquals(0, r.unscored(), r.option().getTitle()));
    w.rows().forEach(r -> assertEquals(List.of(), r.findings(), r.option().getTitle()));
    assertEquals(6, q.getMilestones().size());
    assertEquals(
        1,
        q.getMilestones().stream().filter(m -> m.overdue(TODAY)).count(),
        "the verkennende gesprekken are late");
    assertEquals(MilestoneStatus.GEREED, q.getMilestones().get(0).getStatus());

    List<AuditedEntity> added = demo.decide();
    PositioningOption chosen = q.getChosen();
    assertEquals("Partnerschap met maatschappelijke partner(s)", chosen.getTitle());
    assertEquals(RoleHolder.GEMEENTE, chosen.getRoles().holder(PartnerRole.OPDRACHTGEVER));
    assertEquals(RoleHolder.GEMEENTE, chosen.getRoles().holder(PartnerRole.FINANCIER));
    assertEquals(RoleHolder.PARTNER, chosen.getRoles().holder(PartnerRole.WERKGEVER));
    assertEquals(RoleHolder.PARTNER, chosen.getRoles().holder(PartnerRole.OPDRACHTNEMER));
    q.getOptions().stream()
        .filter(o -> o != chosen)
        .forEach(o -> assertTrue(o.getRejectedReason().startsWith("Valt af"), o.getTitle()));
    assertEquals(QuestionStatus.UITVOERING, q.getStatus());
    assertEquals(4, q.getHistory().size()); // verkenning, weging, besluit, uitvoering
    Party party = (Party) added.get(0);
    assertEquals("Partner Sociaal Team Woudenberg", party.getName());
    assertEquals(party, chosen.getParty());
    RelationPosition position = (RelationPosition) added.get(1);
    assertEquals(Quadrant.MAATSCHAPPELIJK_PARTNERSCHAP, position.getTarget());
    assertEquals(SteeringModel.SAMENWERKINGSPARTNER, position.getTargetModel());
    assertNotNull(demo.createdParties().get(0));
  }

  @Test
  void zeistHasNoPositioningQuestions() {
    DemoRegisters.Register register = DemoRegisters.read("zeist", "Zeist", TODAY);
    DemoPositioning demo = DemoPositioning.read(register, "zeist", TODAY);
    assertTrue(demo.questions().isEmpty());
    assertTrue(demo.decide().isEmpty());
  }
}
