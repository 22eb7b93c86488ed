package nl.verbonden.register.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.persistence.Column;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A party's policy domains are stored as {@code ,A,B,} so that one domain can be found with LIKE.
 */
class PolicyDomainTest {

  private static final PolicyDomain[] ALL = PolicyDomain.values();

  @Test
  void everySetOfDomainsSurvivesTheRoundTripThroughItsCodes() {
    for (Set<PolicyDomain> domains : allSubsets()) {
      assertEquals(
          domains, PolicyDomain.fromCodes(PolicyDomain.toCodes(domains)), String.valueOf(domains));
    }
  }

  @Test
  void theCodesAreInDeclarationOrderWhateverTheOrderGiven() {
    Set<PolicyDomain> oneWay =
        new LinkedHashSet<>(
            List.of(PolicyDomain.ONDERWIJS, PolicyDomain.VEILIGHEID, PolicyDomain.SOCIAAL_DOMEIN));
    Set<PolicyDomain> otherWay =
        new LinkedHashSet<>(
            List.of(PolicyDomain.SOCIAAL_DOMEIN, PolicyDomain.ONDERWIJS, PolicyDomain.VEILIGHEID));
    assertEquals(",SOCIAAL_DOMEIN,VEILIGHEID,ONDERWIJS,", PolicyDomain.toCodes(oneWay));
    assertEquals(PolicyDomain.toCodes(oneWay), PolicyDomain.toCodes(otherWay));
  }

  @Test
  void eachCodeHasACommaOnBothSidesAndNoSpaces() {
    assertEquals(",ECONOMIE,", PolicyDomain.toCodes(Set.of(PolicyDomain.ECONOMIE)));
    String all = PolicyDomain.toCodes(EnumSet.allOf(PolicyDomain.class));
    assertTrue(all.startsWith(",") && all.endsWith(","), all);
    assertFalse(all.contains(" ") || all.contains(",,"), all);
    assertEquals(ALL.length + 1, all.chars().filter(c -> c == ',').count());
  }

  @Test
  void noDomainsAreStoredAsNull() {
    assertNull(PolicyDomain.toCodes(null));
    assertNull(PolicyDomain.toCodes(Set.of()));
    assertNull(PolicyDomain.toCodes(new HashSet<>()));
    assertNull(PolicyDomain.toCodes(EnumSet.noneOf(PolicyDomain.class)));
  }

  @ParameterizedTest
  @NullAndEmptySource
  @ValueSource(strings = {",", ",,", " , ", "ONBEKEND", ",RUIMTEVAART,"})
  void nothingOrOnlyUnknownCodesGiveNoDomains(String codes) {
    assertEquals(EnumSet.noneOf(PolicyDomain.class), PolicyDomain.fromCodes(codes));
  }

  @Test
  void unknownCodesAreIgnoredAndKnownOnesKeptWhateverTheirCaseAndSpaces() {
    assertEquals(
        EnumSet.of(PolicyDomain.ECONOMIE, PolicyDomain.VEILIGHEID),
        PolicyDomain.fromCodes(",ECONOMIE,RUIMTEVAART, veiligheid ,ECONOMIE_EN_MEER,,"));
  }

  @ParameterizedTest
  @EnumSource(PolicyDomain.class)
  void theLikePatternFindsExactlyItsOwnDomainAmongSingleCodes(PolicyDomain domain) {
    Pattern like = like(domain.likePattern());
    List<PolicyDomain> found = new ArrayList<>();
    for (PolicyDomain stored : ALL) {
      if (like.matcher(PolicyDomain.toCodes(Set.of(stored))).matches()) {
        found.add(stored);
      }
    }
    assertEquals(List.of(domain), found);
  }

  @Test
  void theLikePatternMatchesStoredCodesExactlyWhenTheSetHoldsTheDomain() {
    for (PolicyDomain domain : ALL) {
      Pattern like = like(domain.likePattern());
      for (Set<PolicyDomain> domains : allSubsets()) {
        String stored = PolicyDomain.toCodes(domains);
        boolean matches = stored != null && like.matcher(stored).matches();
        assertEquals(domains.contains(domain), matches, domain + " in " + stored);
      }
    }
  }

  @Test
  void theCommasKeepAPatternFromMatchingPartOfALongerCode() {
    Pattern like = like(PolicyDomain.VEILIGHEID.likePattern());
    assertFalse(like.matcher(",SOCIALE_VEILIGHEID,").matches());
    assertFalse(like.matcher(",VEILIGHEIDSREGIO,").matches());
    assertTrue(like.matcher(",ECONOMIE,VEILIGHEID,ONDERWIJS,").matches());
  }

  @Test
  void theCodesOfAllDomainsFitTheColumn() throws NoSuchFieldException {
    int length = Party.class.getDeclaredField("policyDomains").getAnnotation(Column.class).length();
    assertTrue(PolicyDomain.toCodes(EnumSet.allOf(PolicyDomain.class)).length() <= length);
  }

  /** SQL LIKE as a regular expression: % is any text, _ any one character, the rest literal. */
  private static Pattern like(String pattern) {
    StringBuilder regex = new StringBuilder();
    StringBuilder literal = new StringBuilder();
    for (char c : pattern.toCharArray()) {
      if (c == '%' || c == '_') {
        if (literal.length() > 0) {
          regex.append(Pattern.quote(literal.toString()));
          literal.setLength(0);
        }
        regex.append(c == '%' ? ".*" : ".");
      } else {
        literal.append(c);
      }
    }
    if (literal.length() > 0) {
      regex.append(Pattern.quote(literal.toString()));
    }
    return Pattern.compile(regex.toString(), Pattern.DOTALL);
  }

  private static List<Set<PolicyDomain>> allSubsets() {
    List<Set<PolicyDomain>> subsets = new ArrayList<>();
    for (int mask = 0; mask < 1 << ALL.length; mask++) {
      Set<PolicyDomain> subset = EnumSet.noneOf(PolicyDomain.class);
      for (int i = 0; i < ALL.length; i++) {
        if ((mask & 1 << i) != 0) {
          subset.add(ALL[i]);
        }
      }
      subsets.add(subset);
    }
    return subsets;
  }
}
