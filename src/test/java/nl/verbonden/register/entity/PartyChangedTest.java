package nl.verbonden.register.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The event that describes a change of a party: immutable, always of a party, every line named. */
class PartyChangedTest {

  @Test
  void ofMakesOneLine() {
    PartyChanged change = PartyChanged.of(4L, "history.created", null, null, "Stichting Test");
    assertEquals(4L, change.partyId());
    assertEquals(
        List.of(new PartyChanged.Line("history.created", null, null, "Stichting Test")),
        change.lines());
    assertFalse(change.isEmpty());
  }

  @Test
  void withoutLinesItIsEmpty() {
    assertTrue(new PartyChanged(4L, List.of()).isEmpty());
  }

  @Test
  void theLinesAreACopyThatCannotChange() {
    List<PartyChanged.Line> lines = new ArrayList<>();
    lines.add(new PartyChanged.Line("party.name", null, "Oud", "Nieuw"));
    PartyChanged change = new PartyChanged(4L, lines);
    lines.add(new PartyChanged.Line("party.seat", null, "Zeist", "Utrecht"));
    assertEquals(1, change.lines().size());
    assertThrows(
        UnsupportedOperationException.class,
        () -> change.lines().add(new PartyChanged.Line("party.seat", null, null, null)));
  }

  @Test
  void aChangeBelongsToAParty() {
    assertThrows(NullPointerException.class, () -> new PartyChanged(null, List.of()));
    assertThrows(
        NullPointerException.class, () -> PartyChanged.of(null, "party.name", null, "a", "b"));
  }

  @Test
  void aLineSaysWhatChangedTheRestMayBeEmpty() {
    assertThrows(NullPointerException.class, () -> new PartyChanged.Line(null, "s", "a", "b"));
    PartyChanged.Line line = new PartyChanged.Line("party.endDate", null, null, null);
    assertNull(line.subject());
    assertNull(line.oldText());
    assertNull(line.newText());
  }

  @Test
  void noLineIsMissing() {
    assertThrows(
        NullPointerException.class,
        () -> new PartyChanged(4L, java.util.Arrays.asList((PartyChanged.Line) null)));
  }
}
