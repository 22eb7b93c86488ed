package nl.verbonden.positioning.entity;

import static nl.verbonden.positioning.entity.RoleHolder.GEMEENTE;
import static nl.verbonden.positioning.entity.RoleHolder.PARTNER;
import static nl.verbonden.positioning.entity.WeighingTest.question;
import static nl.verbonden.positioning.entity.WeighingTest.roles;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import nl.verbonden.quadrants.entity.SteeringModel;
import nl.verbonden.register.entity.LegalForm;
import nl.verbonden.register.entity.Party;
import nl.verbonden.shared.entity.DomainException;
import org.junit.jupiter.api.Test;

/** The question's rules: options, status and its history, the decision, the planning. */
class PositioningQuestionTest {

  private static final LocalDate TODAY = LocalDate.of(2026, 11, 29);

  @Test
  void anOptionNamesAPartyFromTheRegisterOrAProspectiveOneNotBoth() {
    PositioningQuestion q = question();
    PositioningOption o = q.addOption();
    DomainException both =
        assertThrows(
            DomainException.class,
            () ->
                o.describe(
                    "GR",
                    null,
                    new Party("RWA", "Amersfoort"),
                    "Nieuwe GR",
                    LegalForm.GR_OPENBAAR_LICHAAM,
                    SteeringModel.MARKTMEESTER,
                    null,
                    null));
    assertEquals("nieuwePartij", both.field());
    DomainException noForm =
        assertThrows(
            DomainException.class,
            () ->
                o.describe(
                    "GR", null, null, "Nieuwe GR", null, SteeringModel.MARKTMEESTER, null, null));
    assertEquals("rechtsvorm", noForm.field());
    DomainException noModel =
        assertThrows(
            DomainException.class,
            () -> o.describe("GR", null, null, null, null, null, null, null));
    assertEquals("sturingsmodel", noModel.field());
  }

  @Test
  void theStatusMovesWithItsHistoryAndNotIntoTheFuture() {
    PositioningQuestion q = question();
    assertEquals(QuestionStatus.VERKENNING, q.getStatus());
    assertEquals(1, q.getHistory().size());
    q.moveTo(QuestionStatus.WEGING, TODAY, "stuurgroep 1", TODAY);
    assertEquals(QuestionStatus.WEGING, q.getStatus());
    StatusChange last = q.getHistory().get(1);
    assertEquals(QuestionStatus.VERKENNING, last.getFrom());
    assertEquals(QuestionStatus.WEGING, last.getTo());
    assertEquals("stuurgroep 1", last.getNote());
    assertEquals(
        "statusdatum",
        assertThrows(
                DomainException.class,
                () -> q.moveTo(QuestionStatus.BESLUIT, TODAY.plusDays(1), null, TODAY))
            .field());
    assertEquals(
        "status",
        assertThrows(
                DomainException.class, () -> q.moveTo(QuestionStatus.WEGING, TODAY, null, TODAY))
            .field());
  }

  @Test
  void theDecisionNeedsAReasonForEveryOtherOptionAndMarksThemAfgevallen() {
    PositioningQuestion q = question();
    PositioningOption zelf = q.addOption();
    zelf.describe(
        "Zelf uitvoeren",
        null,
        null,
        null,
        null,
        SteeringModel.EIGEN_BEHEER,
        roles(GEMEENTE, GEMEENTE, GEMEENTE, GEMEENTE, GEMEENTE, GEMEENTE),
        null);
    PositioningOption partner = q.addOption();
    partner.describe(
        "Partnerschap",
        null,
        null,
        "Partner Sociaal Team",
        LegalForm.STICHTING,
        SteeringModel.SAMENWERKINGSPARTNER,
        roles(GEMEENTE, GEMEENTE, GEMEENTE, PARTNER, PARTNER, PARTNER),
        null);

    DomainException missing =
        assertThrows(
            DomainException.class,
            () -> q.decide(partner, "past het best", DecisionBody.COLLEGE, TODAY, Map.of(), TODAY));
    assertEquals("verbonden.positioning.reasonMissing", missing.messageKey());
    assertNull(q.getChosen());
    assertFalse(zelf.isRejected());

    Map<PositioningOption, String> reasons = new HashMap<>();
    reasons.put(zelf, "onvoldoende veranderkracht");
    q.decide(partner, "past het best", DecisionBody.COLLEGE, TODAY, reasons, TODAY);
    assertTrue(partner.isChosen());
    assertTrue(zelf.isRejected());
    assertEquals("onvoldoende veranderkracht", zelf.getRejectedReason());
    assertNull(partner.getRejectedReason());
    assertEquals(QuestionStatus.BESLUIT, q.getStatus());
    assertEquals(DecisionBody.COLLEGE, q.getDecidedBy());
    assertEquals(
        "verbonden.positioning.chosenStays",
        assertThrows(DomainException.class, () -> q.removeOption(partner)).messageKey());
  }

  @Test
  void theDecisionRefusesAnOptionOfAnotherQuestionNoRationaleAndAFutureDay() {
    PositioningQuestion q = question();
    PositioningOption o = q.addOption();
    o.describe("A", null, null, null, null, SteeringModel.MARKTMEESTER, null, null);
    PositioningOption foreign = question().addOption();
    assertEquals(
        "keuze",
        assertThrows(
                DomainException.class,
                () -> q.decide(foreign, "x", DecisionBody.RAAD, TODAY, Map.of(), TODAY))
            .field());
    assertEquals(
        "onderbouwing",
        assertThrows(
                DomainException.class,
                () -> q.decide(o, " ", DecisionBody.RAAD, TODAY, Map.of(), TODAY))
            .field());
    assertEquals(
        "besluitDatum",
        assertThrows(
                DomainException.class,
                () -> q.decide(o, "x", DecisionBody.RAAD, TODAY.plusDays(1), Map.of(), TODAY))
            .field());
  }

  @Test
  void aMilestoneIsOverdueWhenItsDayHasPassedAndItIsNotDone() {
    PositioningQuestion q = question();
    Milestone m = q.addMilestone("Verkennende gesprekken", TODAY.minusDays(1), "Mei/juni", null);
    assertTrue(m.overdue(TODAY));
    assertFalse(m.overdue(TODAY.minusDays(1)));
    assertEquals("Mei/juni", m.when(d -> d.toString()));
    m.mark(MilestoneStatus.GEREED);
    assertFalse(m.overdue(TODAY));
    assertEquals(
        "wanneer",
        assertThrows(DomainException.class, () -> q.addMilestone("x", null, null, null)).field());
  }
}
