package nl.verbonden.attention.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** Empty kinds are left out; a long kind shows its first items and says how many more there are. */
class AttentionTest {

  private static AttentionItem item(int i, boolean late) {
    return new AttentionItem(
        "Partij " + i, "k", List.of("a"), LocalDate.of(2027, 1, 1), late, "/x");
  }

  @Test
  void emptyKindsAreLeftOutAndTheRestCounted() {
    List<AttentionItem> twelve = IntStream.range(0, 12).mapToObj(i -> item(i, i < 3)).toList();
    Attention attention =
        new Attention(
            List.of(
                new AttentionGroup("a", List.of(), "/a"),
                new AttentionGroup("b", twelve, "/b"),
                new AttentionGroup("c", List.of(item(99, false)), "/c")));
    assertEquals(List.of("b", "c"), attention.groups().stream().map(AttentionGroup::key).toList());
    assertEquals(13, attention.total());
    AttentionGroup b = attention.groups().get(0);
    assertEquals(AttentionGroup.SHOWN, b.shown().size());
    assertEquals(12 - AttentionGroup.SHOWN, b.hidden());
    assertEquals(3, b.lateCount());
    assertEquals(0, attention.groups().get(1).hidden());
    assertTrue(new Attention(List.of(new AttentionGroup("a", List.of(), "/a"))).isEmpty());
  }

  @Test
  void aMissingNoteArgumentIsEmpty() {
    assertEquals("a", item(1, false).arg(0));
    assertEquals("", item(1, false).arg(2));
  }
}
