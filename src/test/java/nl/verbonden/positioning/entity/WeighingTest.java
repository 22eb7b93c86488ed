package nl.verbonden.positioning.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Map;
import nl.verbonden.quadrants.entity.SteeringModel;
import nl.verbonden.shared.entity.DomainException;
import org.junit.jupiter.api.Test;

/** The weighing: weight × score summed per option, its share of the best possible, the rank. */
class WeighingTest {

  private static final LocalDate TODAY = LocalDate.of(2026, 11, 29);

  static PositioningQuestion question() {
    return PositioningQuestion.open(
        "Toegang sociaal domein",
        "Hoe positioneren en sturen we de Toegang?",
        null,
        "Stuurgroep Toegang",
        TODAY.minusMonths(3),
        TODAY);
  }

  static PositioningOption option(PositioningQuestion q, String title, SteeringModel model) {
    PositioningOption o = q.addOption();
    o.describe(title, null, null, null, null, model, new RoleDivision(), null);
    return o;
  }

  @Test
  void theWeightedResultIsTheSumOfWeightTimesScoreAndItsShareOfTheMaximum() {
    PositioningQuestion q = question();
    Principle regie = q.addPrinciple("Uitgangspunten sturing", "Lokale regie", null, 3);
    Principle kracht = q.addPrinciple("Uitgangspunten sturing", "Veranderkracht", null, 2);
    PositioningOption zelf = option(q, "Zelf uitvoeren", SteeringModel.EIGEN_BEHEER);
    PositioningOption partner = option(q, "Partnerschap", SteeringModel.SAMENWERKINGSPARTNER);
    zelf.score(regie, Score.PLUS_PLUS, "korte lijnen");
    zelf.score(kracht, Score.MIN_MIN, "te weinig expertise");
    partner.score(regie, Score.PLUS, null);
    partner.score(kracht, Score.PLUS_PLUS, null);

    Weighing w = q.weighing();

    assertEquals(10, w.maximum()); // (3 + 2) × 2
    Weighing.Row first = w.rows().get(0);
    Weighing.Row second = w.rows().get(1);
    assertEquals(2, first.total()); // 3×2 + 2×−2
    assertEquals(20, first.percent());
    assertEquals(2, first.rank());
    assertEquals(7, second.total()); // 3×1 + 2×2
    assertEquals(70, second.percent());
    assertEquals(1, second.rank());
    assertEquals(partner, w.ranked().get(0).option());
  }

  @Test
  void aPrincipleNotScoredCountsAsZeroAndIsCounted() {
    PositioningQuestion q = question();
    Principle a = q.addPrinciple("G", "A", null, 1);
    q.addPrinciple("G", "B", null, 4);
    PositioningOption o = option(q, "O", SteeringModel.MARKTMEESTER);
    o.score(a, Score.MIN, null);
    Weighing.Row row = q.weighing().rows().get(0);
    assertEquals(-1, row.total());
    assertEquals(-10, row.percent());
    assertEquals(1, row.unscored());
  }

  @Test
  void equalTotalsShareARankAndNothingToWeighIsZero() {
    PositioningQuestion q = question();
    option(q, "A", SteeringModel.MARKTMEESTER);
    option(q, "B", SteeringModel.FACILITATOR);
    Weighing w = q.weighing();
    assertEquals(0, w.maximum());
    assertEquals(1, w.rows().get(0).rank());
    assertEquals(1, w.rows().get(1).rank());
    assertEquals(0, w.rows().get(0).percent());
  }

  @Test
  void aSecondScoreReplacesTheFirst() {
    PositioningQuestion q = question();
    Principle a = q.addPrinciple("G", "A", null, 2);
    PositioningOption o = option(q, "O", SteeringModel.MARKTMEESTER);
    o.score(a, Score.MIN, "eerst");
    o.score(a, Score.PLUS, "later");
    assertEquals(1, o.getScores().size());
    assertEquals("later", o.getScores().get(0).getArgument());
    assertEquals(2, q.weighing().rows().get(0).total());
  }

  @Test
  void aScoreOnAnotherQuestionsPrincipleOrWithoutValueIsRefused() {
    PositioningQuestion q = question();
    Principle other = question().addPrinciple("G", "A", null, 2);
    Principle own = q.addPrinciple("G", "A", null, 2);
    PositioningOption o = option(q, "O", SteeringModel.MARKTMEESTER);
    assertEquals(
        "uitgangspunt",
        assertThrows(DomainException.class, () -> o.score(other, Score.PLUS, null)).field());
    assertEquals(
        "waardering", assertThrows(DomainException.class, () -> o.score(own, null, null)).field());
  }

  @Test
  void removingAPrincipleRemovesItsScores() {
    PositioningQuestion q = question();
    Principle a = q.addPrinciple("G", "A", null, 2);
    PositioningOption o = option(q, "O", SteeringModel.MARKTMEESTER);
    o.score(a, Score.PLUS, null);
    q.removePrinciple(a);
    assertTrue(o.getScores().isEmpty());
  }

  @Test
  void weightsOutsideOneToFiveAreRefusedAtTheField() {
    PositioningQuestion q = question();
    for (Integer bad : new Integer[] {0, 6, null}) {
      DomainException e =
          assertThrows(DomainException.class, () -> q.addPrinciple("G", "A", null, bad));
      assertEquals("gewicht", e.field());
    }
    assertEquals(
        "groep",
        assertThrows(DomainException.class, () -> q.addPrinciple(" ", "A", null, 2)).field());
  }

  @Test
  void groupsKeepTheOrderInWhichTheyFirstAppear() {
    PositioningQuestion q = question();
    q.addPrinciple("Inhoudelijke kaders", "A", null, 1);
    q.addPrinciple("Organisatieontwikkeling", "B", null, 1);
    q.addPrinciple("Inhoudelijke kaders", "C", null, 1);
    assertEquals(java.util.List.of("Inhoudelijke kaders", "Organisatieontwikkeling"), q.groups());
  }

  static RoleDivision roles(RoleHolder... sixInOrder) {
    Map<PartnerRole, RoleHolder> map = new java.util.EnumMap<>(PartnerRole.class);
    for (int i = 0; i < sixInOrder.length; i++) {
      map.put(PartnerRole.values()[i], sixInOrder[i]);
    }
    return RoleDivision.of(map);
  }
}
