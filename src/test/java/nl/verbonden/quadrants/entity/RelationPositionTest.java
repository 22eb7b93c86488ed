package nl.verbonden.quadrants.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import nl.verbonden.register.entity.LegalForm;
import nl.verbonden.register.entity.Party;
import nl.verbonden.shared.entity.DomainException;
import org.junit.jupiter.api.Test;

/** An override needs values 0–100 and a written rationale; a target note belongs to a target. */
class RelationPositionTest {

  private final RelationPosition row =
      new RelationPosition(new Party("Stichting Welzijn", LegalForm.STICHTING, "Woudenberg"), 2026);

  private String refusedField(Integer network, Integer steering, String rationale) {
    return assertThrows(DomainException.class, () -> row.override(network, steering, rationale))
        .field();
  }

  @Test
  void anOverrideNeedsBothValuesInRangeAndARationale() {
    assertEquals("netwerkpositie", refusedField(null, 50, "Reden"));
    assertEquals("netwerkpositie", refusedField(101, 50, "Reden"));
    assertEquals("sturing", refusedField(50, -1, "Reden"));
    assertEquals("onderbouwing", refusedField(50, 50, "  "));
    assertEquals("onderbouwing", refusedField(50, 50, "x".repeat(2001)));
    assertFalse(row.isOverridden());
    row.override(0, 100, " Wettelijke taak ");
    assertTrue(row.isOverridden());
    assertEquals("Wettelijke taak", row.getOverrideRationale());
  }

  @Test
  void clearingGoesBackToTheComputedPosition() {
    row.record(20, 30);
    row.override(80, 80, "Reden");
    row.clearOverride();
    assertFalse(row.isOverridden());
    assertNull(row.getOverrideRationale());
    assertEquals(20, row.getComputedNetwork());
  }

  @Test
  void aTargetKeepsItsNoteAndNoTargetNoNote() {
    row.aimAt(Quadrant.MAATSCHAPPELIJK_PARTNERSCHAP, " In wijkcoalities ");
    assertEquals("In wijkcoalities", row.getTargetNote());
    row.aimAt(null, "vergeten");
    assertNull(row.getTarget());
    assertNull(row.getTargetNote());
    assertEquals(
        "toelichtingDoel",
        assertThrows(
                DomainException.class,
                () -> row.aimAt(Quadrant.MAATSCHAPPELIJK_PARTNERSCHAP, "x".repeat(2001)))
            .field());
  }
}
