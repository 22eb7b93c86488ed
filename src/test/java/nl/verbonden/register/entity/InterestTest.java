package nl.verbonden.register.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import nl.verbonden.register.RegisterBundles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A party is a verbonden partij only with both a bestuurlijk belang (board seat or voting rights)
 * and a financieel belang (an amount at risk above zero, or liability for losses).
 */
class InterestTest {

  @ParameterizedTest(name = "seat {0}, votes {1}, at risk {2}, liable {3} → verbonden partij {4}")
  @CsvSource({
    // one kind of belang alone is not enough
    "true,  false,        , false, false",
    "false, true,         , false, false",
    "false, false, 1000.00, false, false",
    "false, false,        , true,  false",
    "false, false,        , false, false",
    // one of each is
    "true,  false, 1000.00, false, true",
    "false, true,         , true,  true",
    "true,  false,        , true,  true",
    "false, true,     0.01, false, true",
    "true,  true,  1000.00, true,  true",
    // nothing at risk is no financial belang
    "true,  true,     0.00, false, false",
    "true,  true,        0, false, false"
  })
  void aVerbondenPartijNeedsBothABestuurlijkAndAFinancieelBelang(
      boolean seat, boolean votes, BigDecimal atRisk, boolean liable, boolean verbonden) {
    Interest interest = interest(seat, votes, atRisk, liable);
    assertEquals(verbonden, interest.assess().verbondenPartij());
    assertEquals(verbonden, interest.hasGovernanceInterest() && interest.hasFinancialInterest());
  }

  @ParameterizedTest
  @ValueSource(strings = {"0", "0.00", "-0.00"})
  void anAmountOfZeroIsNoFinancialInterest(BigDecimal atRisk) {
    assertFalse(interest(true, false, atRisk, false).hasFinancialInterest());
  }

  @Test
  void anyAmountAboveZeroIsAFinancialInterest() {
    assertTrue(interest(false, false, new BigDecimal("0.01"), false).hasFinancialInterest());
  }

  @Test
  void theReasonsSayGovernanceThenFinancialThenTheConclusion() {
    assertEquals(
        List.of(
            "interest.reason.governance.no",
            "interest.reason.financial.no",
            "interest.reason.notVerbonden"),
        interest(false, false, null, false).assess().reasonKeys());
    assertEquals(
        List.of(
            "interest.reason.governance.yes",
            "interest.reason.financial.no",
            "interest.reason.notVerbonden"),
        interest(true, false, BigDecimal.ZERO, false).assess().reasonKeys());
    assertEquals(
        List.of(
            "interest.reason.governance.no",
            "interest.reason.financial.yes",
            "interest.reason.notVerbonden"),
        interest(false, false, null, true).assess().reasonKeys());
    assertEquals(
        List.of(
            "interest.reason.governance.yes",
            "interest.reason.financial.yes",
            "interest.reason.verbonden"),
        interest(false, true, new BigDecimal("500"), false).assess().reasonKeys());
  }

  @Test
  void everyReasonExistsInDutchAndInEnglish() {
    for (boolean seat : new boolean[] {false, true}) {
      for (boolean liable : new boolean[] {false, true}) {
        for (String key : interest(seat, false, null, liable).assess().reasonKeys()) {
          assertTrue(RegisterBundles.dutch().containsKey(key), key + " in messages.properties");
          assertTrue(
              RegisterBundles.english().containsKey(key), key + " in messages_en.properties");
        }
      }
    }
  }

  @Test
  void descriptionsAreStoredStrippedAndBlankAsNothing() {
    Interest interest = new Interest();
    interest.setGovernanceDescription("  Eén zetel in het algemeen bestuur. ");
    interest.setFinancialDescription("   ");
    assertEquals("Eén zetel in het algemeen bestuur.", interest.getGovernanceDescription());
    assertNull(interest.getFinancialDescription());
  }

  private static Interest interest(boolean seat, boolean votes, BigDecimal atRisk, boolean liable) {
    Interest interest = new Interest();
    interest.setBoardSeat(seat);
    interest.setVotingRights(votes);
    interest.setAmountAtRisk(atRisk);
    interest.setLiable(liable);
    return interest;
  }
}
