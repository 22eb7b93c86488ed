package nl.verbonden.cycle.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import nl.verbonden.register.entity.LegalForm;
import nl.verbonden.register.entity.Party;
import nl.verbonden.shared.entity.DomainException;
import org.junit.jupiter.api.Test;

/** The provisions every regeling must contain since the Wgr amendment of 1 July 2022. */
class ArrangementClausesTest {

  private static final LocalDate TODAY = LocalDate.of(2026, 11, 29);

  private static ArrangementClauses clauses() {
    return new ArrangementClauses(new Party("GR", LegalForm.GR_OPENBAAR_LICHAAM, "Utrecht"));
  }

  @Test
  void aRegelingNobodyCheckedLacksEveryProvision() {
    assertEquals(List.of(WgrClause.values()), ArrangementClauses.missing(null));
    assertEquals(4, WgrClause.values().length);
    assertEquals(LocalDate.of(2024, 7, 1), WgrClause.REQUIRED_BY);
  }

  @Test
  void aProvisionWithoutAReferenceIsMissing() {
    ArrangementClauses c = clauses();
    Map<WgrClause, String> where = new EnumMap<>(WgrClause.class);
    where.put(WgrClause.ZIENSWIJZE_BESLUITEN, "artikel 14");
    where.put(WgrClause.BURGERPARTICIPATIE, "   ");
    where.put(WgrClause.EVALUATIE, " artikel 30 ");
    c.record(where, LocalDate.of(2024, 3, 1), null, "A. Bos", TODAY);
    assertEquals(List.of(WgrClause.BURGERPARTICIPATIE, WgrClause.UITTREDING), c.missing());
    assertEquals("artikel 30", c.where().get(WgrClause.EVALUATIE), "kept as typed, trimmed");
    assertEquals("A. Bos", c.getAdviescommissie());
  }

  @Test
  void tooLongOrAnAmendmentInTheFutureIsRefusedAtItsFieldAndNothingChanges() {
    ArrangementClauses c = clauses();
    Map<WgrClause, String> where = new EnumMap<>(WgrClause.class);
    where.put(WgrClause.UITTREDING, "x".repeat(201));
    DomainException tooLong =
        assertThrows(DomainException.class, () -> c.record(where, null, null, null, TODAY));
    assertEquals("bepaling-UITTREDING", tooLong.field());
    DomainException future =
        assertThrows(
            DomainException.class, () -> c.record(Map.of(), TODAY.plusDays(1), null, null, TODAY));
    assertEquals("gewijzigdOp", future.field());
    assertTrue(c.where().isEmpty());
  }
}
