package nl.verbonden.overviews.control;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

/** The PDFs laid out lately: by content, bounded by size, least recently used out first. */
class PdfCacheTest {

  @Test
  void keepsACopyByItsKeyAndCountsHitsAndMisses() {
    PdfCache cache = new PdfCache(100);
    assertNull(cache.get("a"));
    byte[] pdf = {1, 2, 3};
    cache.put("a", pdf);
    pdf[0] = 9; // the caller's array is not the kept one
    byte[] kept = cache.get("a");
    assertArrayEquals(new byte[] {1, 2, 3}, kept);
    kept[1] = 9; // nor is the one handed out
    assertArrayEquals(new byte[] {1, 2, 3}, cache.get("a"));
    assertEquals(2, cache.hits());
    assertEquals(1, cache.misses());
  }

  @Test
  void dropsTheLeastRecentlyUsedWhenFullAndNeverKeepsWhatIsTooLarge() {
    PdfCache cache = new PdfCache(10);
    cache.put("a", new byte[4]);
    cache.put("b", new byte[4]);
    assertNotNull(cache.get("a")); // a is now the most recent
    cache.put("c", new byte[4]);
    assertNull(cache.get("b"), "b was used least recently");
    assertNotNull(cache.get("a"));
    assertNotNull(cache.get("c"));
    assertEquals(8, cache.bytes());
    cache.put("d", new byte[11]);
    assertNull(cache.get("d"));
    assertEquals(2, cache.size());
    cache.put("a", new byte[2]);
    assertEquals(6, cache.bytes(), "a replaced, not added");
  }
}
