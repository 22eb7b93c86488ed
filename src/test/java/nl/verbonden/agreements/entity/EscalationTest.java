package nl.verbonden.agreements.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import nl.verbonden.register.entity.LegalForm;
import nl.verbonden.register.entity.Party;
import nl.verbonden.roles.entity.RolePlan;
import nl.verbonden.shared.entity.DomainException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** When an indicator escalates, and how an escalation climbs the party's ladder and is resolved. */
class EscalationTest {

  private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

  private final Agreement agreement =
      new Agreement(
          new Party("Stichting Welzijn", LegalForm.STICHTING, "Woudenberg"),
          "Welzijnswerk 2026",
          LocalDate.of(2026, 1, 1),
          LocalDate.of(2026, 12, 31),
          SteeringInstrument.SUBSIDIEDIALOOG);
  private final Indicator indicator =
      agreement.addIndicator(
          new Indicator(
              "Bereik",
              IndicatorKind.OUTPUT,
              "%",
              Direction.HIGHER_IS_BETTER,
              "80",
              "75",
              "60",
              Frequency.MAAND));

  private List<RolePlan.Step> ladder() {
    RolePlan plan = RolePlan.empty();
    plan.useExampleLadder();
    return plan.getLadder();
  }

  /**
   * Measurements from January on: "R" red (50), "A" amber (70), "G" green (90), "-" a month without
   * value.
   */
  private List<Measurement> months(String lights) {
    List<Measurement> list = new ArrayList<>();
    Period month = Period.parse("2026-01");
    for (char c : lights.toCharArray()) {
      String value =
          switch (c) {
            case 'R' -> "50";
            case 'A' -> "70";
            case 'G' -> "90";
            default -> null;
          };
      if (value != null) {
        list.add(new Measurement(indicator, month, new BigDecimal(value), null, null));
      }
      month = month.next();
    }
    return list;
  }

  @ParameterizedTest
  @CsvSource({
    "RR, 2, true",
    "GRR, 2, true",
    "R, 2, false",
    "RRG, 2, false",
    "RAR, 2, false",
    "R-R, 2, false",
    "RRR, 3, true",
    "RR, 3, false",
    "R, 1, true",
    "AAAA, 1, false"
  })
  void redForTheConfiguredNumberOfConsecutivePeriods(
      String lights, int periods, boolean escalates) {
    assertEquals(escalates, EscalationRule.redTooLong(months(lights), periods));
  }

  @Test
  void theOrderOfTheMeasurementsDoesNotMatter() {
    List<Measurement> list = new ArrayList<>(months("GRR"));
    java.util.Collections.reverse(list);
    assertTrue(EscalationRule.redTooLong(list, 2));
  }

  @Test
  void anEscalationOpensAtTheFirstLevelWithItsDueDate() {
    Escalation e = Escalation.open(indicator, ladder(), TODAY, "Rood in 2 perioden");
    assertEquals(1, e.getLevel());
    assertEquals("Contactpersonen", e.getLevelName());
    assertEquals("Accountmanager", e.getOurSide());
    assertEquals("Teamleider partij", e.getTheirSide());
    assertEquals(TODAY.plusDays(10), e.getDueBy());
    assertEquals(EscalationStatus.OPEN, e.getStatus());
    assertEquals(EscalationAction.OPENED, e.getEvents().get(0).getAction());
    assertFalse(e.isOverdue(TODAY.plusDays(10)));
    assertTrue(e.isOverdue(TODAY.plusDays(11)));
  }

  @Test
  void withoutALadderNoEscalationCanOpen() {
    DomainException refused =
        assertThrows(
            DomainException.class, () -> Escalation.open(indicator, List.of(), TODAY, null));
    assertEquals("verbonden.escalation.noLadder", refused.messageKey());
  }

  @Test
  void raisingClimbsOneLevelAtATimeUpToTheTop() {
    Escalation e = Escalation.open(indicator, ladder(), TODAY, null);
    e.raise(ladder(), TODAY.plusDays(5), "Geen verbetering");
    assertEquals(2, e.getLevel());
    assertEquals("Regisseur", e.getOurSide());
    assertEquals(TODAY.plusDays(25), e.getDueBy());
    e.raise(ladder(), TODAY.plusDays(6), null);
    assertEquals(3, e.getLevel());
    DomainException top = assertThrows(DomainException.class, () -> e.raise(ladder(), TODAY, null));
    assertEquals("verbonden.escalation.top", top.messageKey());
    assertEquals(
        List.of(EscalationAction.OPENED, EscalationAction.RAISED, EscalationAction.RAISED),
        e.getEvents().stream().map(EscalationEvent::getAction).toList());
  }

  @Test
  void resolvingNeedsANoteAndClosesIt() {
    Escalation e = Escalation.open(indicator, ladder(), TODAY, null);
    DomainException empty = assertThrows(DomainException.class, () -> e.resolve(TODAY, "  "));
    assertEquals("oplossing", empty.field());
    e.resolve(TODAY.plusDays(3), "Extra formatie afgesproken");
    assertEquals(EscalationStatus.RESOLVED, e.getStatus());
    assertEquals(TODAY.plusDays(3), e.getResolvedOn());
    assertEquals("Extra formatie afgesproken", e.getResolution());
    assertFalse(e.isOverdue(TODAY.plusDays(100)));
    assertThrows(DomainException.class, () -> e.raise(ladder(), TODAY, null));
    assertThrows(DomainException.class, () -> e.resolve(TODAY, "nog eens"));
  }

  @Test
  void aNoteWhenRaisingHasAtMost2000CharactersToo() {
    Escalation e = Escalation.open(indicator, ladder(), TODAY, null);
    DomainException tooLong =
        assertThrows(DomainException.class, () -> e.raise(ladder(), TODAY, "x".repeat(2001)));
    assertEquals("validation.tooLong", tooLong.messageKey());
    assertEquals(1, e.getLevel());
    e.raise(ladder(), TODAY, "x".repeat(2000));
    assertEquals(2, e.getLevel());
  }

  @Test
  void aResolutionHasAtMost2000Characters() {
    Escalation e = Escalation.open(indicator, ladder(), TODAY, null);
    assertEquals(
        "validation.tooLong",
        assertThrows(DomainException.class, () -> e.resolve(TODAY, "x".repeat(2001))).messageKey());
  }
}
