package nl.verbonden.api.entity;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import org.junit.jupiter.api.Test;

/** What each scope lets a token do. */
class TokenScopeTest {

  private static final Set<Long> NAMED = Set.of(12L);

  @Test
  void aReadingTokenReadsEverythingAndWritesNothing() {
    assertTrue(TokenScope.LEZEN.allows(Set.of(), "GET", "/partijen"));
    assertTrue(TokenScope.LEZEN.allows(Set.of(), "HEAD", "/overeenkomsten/3/metingen"));
    assertFalse(TokenScope.LEZEN.allows(Set.of(), "POST", "/overeenkomsten/3/metingen"));
    assertFalse(TokenScope.LEZEN.allows(Set.of(), "PATCH", "/partijen/1"));
    assertFalse(TokenScope.LEZEN.allows(Set.of(), "DELETE", "/partijen/1"));
  }

  @Test
  void aDeliveringTokenReadsAndDeliversForItsAgreementsOnly() {
    TokenScope deliver = TokenScope.METINGEN_AANLEVEREN;
    assertTrue(deliver.allows(NAMED, "POST", "/overeenkomsten/12/metingen"));
    assertTrue(deliver.allows(NAMED, "GET", "/overeenkomsten/12"));
    assertTrue(deliver.allows(NAMED, "GET", "/overeenkomsten/12/indicatoren"));
    assertTrue(deliver.allows(NAMED, "GET", "/overeenkomsten/12/metingen"));
    assertFalse(deliver.allows(NAMED, "POST", "/overeenkomsten/13/metingen"));
    assertFalse(deliver.allows(NAMED, "GET", "/overeenkomsten/13"));
    assertFalse(deliver.allows(NAMED, "POST", "/overeenkomsten/12"));
    assertFalse(deliver.allows(NAMED, "POST", "/overeenkomsten/12/indicatoren"));
    assertFalse(deliver.allows(NAMED, "GET", "/overeenkomsten"));
    assertFalse(deliver.allows(NAMED, "GET", "/partijen"));
    assertFalse(deliver.allows(NAMED, "GET", "/overeenkomsten/12/metingen/extra"));
    assertFalse(deliver.allows(NAMED, "GET", "/overeenkomsten/12x"));
    assertFalse(deliver.allows(NAMED, "GET", "/overeenkomsten/99999999999999999999"));
  }

  @Test
  void everyTokenReadsTheOpenApiDocument() {
    for (TokenScope scope : TokenScope.values()) {
      assertTrue(scope.allows(Set.of(), "GET", "/openapi.json"));
      assertFalse(scope.allows(Set.of(), "POST", "/openapi.json"));
    }
  }
}
