package nl.verbonden.reminders.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The calendar feed's secret: random, URL-safe, stored only as its hash. */
class FeedTokenTest {

  @Test
  void aSecretIs43UrlSafeCharactersAndNeverTheSameTwice() {
    String one = FeedToken.generate();
    String two = FeedToken.generate();
    assertEquals(43, one.length());
    assertTrue(FeedToken.wellFormed(one));
    assertNotEquals(one, two);
  }

  @Test
  void onlyItsSha256IsKept() {
    String token = FeedToken.generate();
    String hash = FeedToken.hash(token);
    assertEquals(64, hash.length());
    assertEquals(hash, FeedToken.hash(token));
    assertFalse(hash.contains(token));
    assertEquals(
        "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855", FeedToken.hash(""));
  }

  @Test
  void somethingElseInTheAddressIsNotLookedUp() {
    assertFalse(FeedToken.wellFormed(null));
    assertFalse(FeedToken.wellFormed(""));
    assertFalse(FeedToken.wellFormed("abc"));
    assertFalse(FeedToken.wellFormed("../../etc/passwd/aaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"));
    assertFalse(FeedToken.wellFormed("a".repeat(42) + "'"));
  }
}
