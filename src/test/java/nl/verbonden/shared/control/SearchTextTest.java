package nl.verbonden.shared.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class SearchTextTest {

  @Test
  void readsWordsOfLettersAndDigitsOnly() {
    SearchText text = SearchText.of("  GGD regio-Utrecht's & (jeugd) ");
    assertEquals("GGD regio-Utrecht's & (jeugd)", text.text());
    assertEquals(List.of("ggd", "regio", "utrecht", "s", "jeugd"), text.words());
    assertEquals("ggd:* & regio:* & utrecht:* & s:* & jeugd:*", text.prefixQuery());
  }

  @Test
  void nothingTypedSyntaxReachesTheTextSearchQuery() {
    SearchText text = SearchText.of("a:*|b')!<->c\\");
    assertTrue(text.prefixQuery().matches("[\\p{L}\\p{N}:* &]+"), text.prefixQuery());
  }

  @Test
  void keepsDutchLetters() {
    assertEquals(List.of("financiën", "coöperatie"), SearchText.of("Financiën Coöperatie").words());
  }

  @Test
  void escapesLikeWildcards() {
    assertEquals("%50\\%\\_a\\\\b%", SearchText.of("50%_a\\b").containsPattern());
  }

  @Test
  void readsANumberWithSpacesAndDots() {
    assertEquals("32133783", SearchText.of("3213 3783").digits());
    assertEquals("8172%", SearchText.of("8.172").digitsPrefixPattern());
    assertNull(SearchText.of("GGD 12").digits());
  }

  @Test
  void refusesTooShortAndTooLong() {
    assertNull(SearchText.of(null));
    assertNull(SearchText.of(" g "));
    assertNull(SearchText.of("%_"));
    assertNull(SearchText.of("x".repeat(SearchText.MAX_LENGTH + 1)));
    assertEquals("ab", SearchText.of("ab").text());
  }

  @Test
  void detailsJoinTheGivenParts() {
    assertEquals("KvK 1 · Zeist", SearchHit.details("KvK 1", null, " ", "Zeist"));
    assertNull(SearchHit.details(null, ""));
  }
}
