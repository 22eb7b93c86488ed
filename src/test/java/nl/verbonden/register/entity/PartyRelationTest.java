package nl.verbonden.register.entity;

import static nl.verbonden.register.TestIds.withId;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import nl.verbonden.shared.entity.DomainException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Parties are equal by id, so the parties here get ids as if they were saved ({@link
 * nl.verbonden.register.TestIds}): two new parties without ids are equal only to themselves.
 */
class PartyRelationTest {

  private static final LocalDate SINCE = LocalDate.of(2026, 1, 1);

  private final Party afval = withId(new Party("Afvalbedrijf", LegalForm.NV, "Utrecht"), 1L);
  private final Party regio =
      withId(new Party("Regio", LegalForm.GR_OPENBAAR_LICHAAM, "Utrecht"), 2L);
  private final Party sport = withId(new Party("Sportbedrijf", LegalForm.STICHTING, "Zeist"), 3L);

  @Test
  void aPartyCannotRelateToItself() {
    DomainException refused =
        assertThrows(
            DomainException.class,
            () -> new PartyRelation(afval, afval, RelationType.PARTNER, SINCE, null));
    assertEquals("verbonden.relation.self", refused.messageKey());
    assertEquals("relatiePartij", refused.field());
  }

  @Test
  void aPartyCannotRelateToItselfLoadedTwice() {
    Party sameRowAgain = withId(new Party("Afvalbedrijf", LegalForm.NV, "Utrecht"), 1L);
    DomainException refused =
        assertThrows(
            DomainException.class,
            () -> new PartyRelation(afval, sameRowAgain, RelationType.PARTNER, SINCE, null));
    assertEquals("verbonden.relation.self", refused.messageKey());
  }

  @Test
  void twoDifferentPartiesMayRelate() {
    PartyRelation relation =
        new PartyRelation(afval, regio, RelationType.MEMBER_OF, SINCE, "  Aandeelhouder ");
    assertEquals(afval, relation.getParty());
    assertEquals(regio, relation.getRelated());
    assertEquals(RelationType.MEMBER_OF, relation.getType());
    assertEquals(SINCE, relation.getSince());
    assertEquals("Aandeelhouder", relation.getNote());
  }

  @Test
  void aRelationNeedsAType() {
    DomainException refused =
        assertThrows(
            DomainException.class, () -> new PartyRelation(afval, regio, null, SINCE, null));
    assertEquals("validation.required", refused.messageKey());
    assertEquals("relatieType", refused.field());
  }

  @Test
  void aBlankNoteIsNoNote() {
    assertNull(new PartyRelation(afval, regio, RelationType.PARTNER, SINCE, "   ").getNote());
  }

  @Test
  void aRelationCannotEndBeforeItBegan() {
    PartyRelation relation = new PartyRelation(afval, regio, RelationType.PARTNER, SINCE, null);
    DomainException refused =
        assertThrows(DomainException.class, () -> relation.end(SINCE.minusDays(1)));
    assertEquals("verbonden.relation.endBeforeStart", refused.messageKey());
    assertNull(relation.getUntil());
    assertTrue(relation.isActiveOn(SINCE.plusYears(1)));
  }

  @Test
  void aRelationMayEndOnTheDayItBeganOrAnyDayWithoutAStart() {
    assertDoesNotThrow(
        () -> new PartyRelation(afval, regio, RelationType.PARTNER, SINCE, null).end(SINCE));
    assertDoesNotThrow(
        () ->
            new PartyRelation(afval, regio, RelationType.PARTNER, null, null)
                .end(LocalDate.of(1990, 1, 1)));
  }

  @Test
  void aRelationEndsOnlyOnce() {
    PartyRelation relation = new PartyRelation(afval, regio, RelationType.PARTNER, SINCE, null);
    relation.end(LocalDate.of(2026, 7, 1));
    DomainException refused =
        assertThrows(DomainException.class, () -> relation.end(LocalDate.of(2026, 8, 1)));
    assertEquals("verbonden.relation.alreadyEnded", refused.messageKey());
    assertEquals(LocalDate.of(2026, 7, 1), relation.getUntil());
  }

  @Test
  void aRelationIsActiveFromItsStartUpToTheDayBeforeItsEnd() {
    PartyRelation relation = new PartyRelation(afval, regio, RelationType.PARTNER, SINCE, null);
    assertFalse(relation.isActiveOn(SINCE.minusDays(1)));
    assertTrue(relation.isActiveOn(SINCE));
    relation.end(LocalDate.of(2026, 7, 1));
    assertTrue(relation.isActiveOn(LocalDate.of(2026, 6, 30)));
    assertFalse(relation.isActiveOn(LocalDate.of(2026, 7, 1)));
    assertFalse(relation.isActiveOn(LocalDate.of(2026, 7, 2)));
  }

  @Test
  void aRelationWithoutAStartIsActiveUntilItEnds() {
    PartyRelation relation = new PartyRelation(afval, regio, RelationType.PARTNER, null, null);
    assertTrue(relation.isActiveOn(LocalDate.of(1900, 1, 1)));
    relation.end(SINCE);
    assertFalse(relation.isActiveOn(SINCE));
  }

  @ParameterizedTest(name = "{0}: backwards the same = {1}")
  @CsvSource({
    "PARTNER, true",
    "CONSORTIUM_MEMBER, true",
    "SUBCONTRACTOR, false",
    "MEMBER_OF, false"
  })
  void partnersAreTheSameInBothDirectionsButASubcontractorOnlyForward(
      RelationType type, boolean backwards) {
    PartyRelation relation = new PartyRelation(afval, regio, type, SINCE, null);
    assertTrue(relation.sameAs(afval, regio, type), "forward");
    assertEquals(backwards, relation.sameAs(regio, afval, type), "backward");
  }

  @Test
  void aRelationIsNotTheSameAsOneOfAnotherTypeOrWithAnotherParty() {
    PartyRelation relation = new PartyRelation(afval, regio, RelationType.PARTNER, SINCE, null);
    assertFalse(relation.sameAs(afval, regio, RelationType.SUBCONTRACTOR));
    assertFalse(relation.sameAs(afval, sport, RelationType.PARTNER));
    assertFalse(relation.sameAs(sport, regio, RelationType.PARTNER));
  }

  @Test
  void theSameRelationIsRecognisedWithThePartiesLoadedAgain() {
    PartyRelation relation =
        new PartyRelation(afval, regio, RelationType.SUBCONTRACTOR, SINCE, null);
    Party afvalAgain = withId(new Party("Afvalbedrijf", LegalForm.NV, "Utrecht"), 1L);
    Party regioAgain = withId(new Party("Regio", LegalForm.GR_OPENBAAR_LICHAAM, "Utrecht"), 2L);
    assertTrue(relation.sameAs(afvalAgain, regioAgain, RelationType.SUBCONTRACTOR));
  }
}
