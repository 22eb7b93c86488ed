package nl.verbonden.shared.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.verbonden.shared.entity.Changed;
import nl.verbonden.shared.entity.HistoryEntry;
import nl.verbonden.shared.entity.HistorySubject;
import org.junit.jupiter.api.Test;

/** The diffing of every history: a line per field that differs as text, in Dutch. */
class HistoryTextTest {

  enum Kind implements HistorySubject {
    THING,
    OTHER
  }

  private static Map<String, Object> fields(Object... keysAndValues) {
    Map<String, Object> map = new LinkedHashMap<>();
    for (int i = 0; i < keysAndValues.length; i += 2) {
      map.put((String) keysAndValues[i], keysAndValues[i + 1]);
    }
    return map;
  }

  @Test
  void aLinePerFieldThatDiffersInTheOrderOfAfter() {
    List<Changed.Line> lines =
        HistoryText.differences(
            "sub",
            fields("a.name", "Oud", "a.budget", new BigDecimal("1000"), "a.active", true),
            fields("a.active", false, "a.name", "Nieuw", "a.budget", new BigDecimal("1000.00")));

    assertEquals(
        List.of(
            new Changed.Line("a.active", "sub", "Ja", "Nee"),
            new Changed.Line("a.name", "sub", "Oud", "Nieuw")),
        lines);
  }

  @Test
  void aFieldThatWasNotThereIsNewAndEmptyTextIsNone() {
    List<Changed.Line> lines =
        HistoryText.differences(
            null, Map.of(), fields("a.name", "X", "a.email", " ", "a.start", null));

    assertEquals(List.of(new Changed.Line("a.name", null, null, "X")), lines);
  }

  @Test
  void nothingDiffersNoLines() {
    Changed changed =
        HistoryText.changed(Kind.THING, 4L, null, fields("a.name", "X"), fields("a.name", "X"));

    assertTrue(changed.isEmpty());
    assertEquals(Kind.THING, changed.kind());
    assertEquals(4L, changed.subjectId());
  }

  @Test
  void valuesAreWrittenAsTheHistoryShowsThem() {
    assertEquals("5-1-2026", HistoryText.text(LocalDate.of(2026, 1, 5)));
    assertEquals("1.234.567,50", HistoryText.text(new BigDecimal("1234567.5")));
    assertEquals("Ja", HistoryText.text(true));
    assertEquals("Nee", HistoryText.text(false));
    assertEquals("12", HistoryText.text(12));
    assertNull(HistoryText.text(List.of()));
    assertNull(HistoryText.text("  "));
    assertEquals("Ja, Nee", HistoryText.text(List.of(true, false)));
  }

  @Test
  void anEnumValueByItsDutchLabel() {
    assertEquals("Kwartaal", HistoryText.text(Frequency.KWARTAAL));
    assertEquals("frequency.KWARTAAL", HistoryText.enumKey(Frequency.KWARTAAL));
  }

  /** Stands in for an enum of a higher component: named as the bundle's frequency labels. */
  enum Frequency {
    KWARTAAL
  }

  @Test
  void anEventIsOneLine() {
    Changed changed =
        HistoryText.event(Kind.THING, 4L, "history.x", "Subject", null, LocalDate.of(2026, 3, 1));

    assertEquals(
        List.of(new Changed.Line("history.x", "Subject", null, "1-3-2026")), changed.lines());
  }

  @Test
  void changesOfTheSameThingJoinAndOfAnotherAreRefused() {
    Changed one = Changed.of(Kind.THING, 4L, "a", null, null, "1");
    Changed two = Changed.of(Kind.THING, 4L, "b", null, null, "2");

    assertEquals(List.of("a", "b"), one.and(two).lines().stream().map(Changed.Line::what).toList());
    assertThrows(
        IllegalArgumentException.class,
        () -> one.and(Changed.of(Kind.OTHER, 4L, "b", null, null, "2")));
    assertThrows(
        IllegalArgumentException.class,
        () -> one.and(Changed.of(Kind.THING, 5L, "b", null, null, "2")));
  }

  @Test
  void anEntryKeepsTheKindTheIdAndWhoAndCutsLongTexts() {
    Changed changed = Changed.of(Kind.THING, 4L, "a.text", "s".repeat(300), "o", "n".repeat(1200));

    HistoryEntry entry = changed.entries("Marieke de Vries").get(0);

    assertEquals("THING", entry.getSubjectKind());
    assertEquals(4L, entry.getSubjectId());
    assertEquals("a.text", entry.getFieldKey());
    assertEquals(HistoryEntry.MAX_SUBJECT, entry.getSubject().length());
    assertEquals("o", entry.getOldValue());
    assertEquals(HistoryEntry.MAX_VALUE, entry.getNewValue().length());
    assertTrue(entry.getNewValue().endsWith("…"));
    assertEquals("Marieke de Vries", entry.getWho());
    assertEquals("systeem", changed.entries(null).get(0).getWho());
  }
}
