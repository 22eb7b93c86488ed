package nl.verbonden.register.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import nl.verbonden.register.entity.PartyChange;
import nl.verbonden.register.entity.PartyChanged;
import org.junit.jupiter.api.Test;

/** The writer turns each line of a change into one history row, in order, of the change's party. */
class PartyHistoryWriterTest {

  @Test
  void oneRowPerLineInOrderOfTheParty() {
    PartyChanged change =
        new PartyChanged(
            9L,
            List.of(
                new PartyChanged.Line("figures.result", "2026 Begroting", "-100", "250,50"),
                new PartyChanged.Line("figures.equity", "2026 Begroting", null, "1.000")));

    List<PartyChange> rows = PartyHistoryWriter.rows(change);

    assertEquals(2, rows.size());
    PartyChange first = rows.get(0);
    assertEquals(9L, first.getPartyId());
    assertEquals("figures.result", first.getFieldKey());
    assertEquals("2026 Begroting", first.getSubject());
    assertEquals("-100", first.getOldValue());
    assertEquals("250,50", first.getNewValue());
    PartyChange second = rows.get(1);
    assertEquals(9L, second.getPartyId());
    assertEquals("figures.equity", second.getFieldKey());
    assertEquals(null, second.getOldValue());
    assertEquals("1.000", second.getNewValue());
  }

  @Test
  void anEmptyChangeHasNoRows() {
    assertTrue(PartyHistoryWriter.rows(new PartyChanged(9L, List.of())).isEmpty());
  }

  @Test
  void aLongTextIsCutAsTheRowCutsIt() {
    String longText = "a".repeat(1200);
    PartyChange row =
        PartyHistoryWriter.rows(PartyChanged.of(9L, "party.publicInterest", null, null, longText))
            .get(0);
    assertEquals(1000, row.getNewValue().length());
  }
}
