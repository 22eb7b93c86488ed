package nl.verbonden.tenancy.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import nl.verbonden.tenancy.control.FirstBeheerder.Outcome;
import org.junit.jupiter.api.Test;

/** The first beheerder comes from the setting only while there is no beheerder account. */
class FirstBeheerderTest {

  @Test
  void aFreshInstallationGetsTheBeheerderOfTheSetting() {
    assertEquals(Outcome.CREATED, FirstBeheerder.decide("j.devries", 0, false));
    assertEquals(Outcome.CREATED, FirstBeheerder.decide("j.devries@ssc.example.nl", 0, false));
  }

  @Test
  void onceABeheerderExistsTheSettingGivesNobodyAccess() {
    assertEquals(Outcome.BEHEERDER_EXISTS, FirstBeheerder.decide("j.devries", 1, false));
    assertEquals(Outcome.BEHEERDER_EXISTS, FirstBeheerder.decide("j.devries", 3, true));
  }

  @Test
  void anAccountOfAnotherRoleIsNotChanged() {
    assertEquals(Outcome.LOGIN_TAKEN, FirstBeheerder.decide("regisseur.zeist", 0, true));
  }

  @Test
  void anEmptyOrMalformedSettingCreatesNothing() {
    assertEquals(Outcome.NOT_SET, FirstBeheerder.decide("", 0, false));
    assertEquals(Outcome.INVALID_LOGIN, FirstBeheerder.decide("j de vries", 0, false));
    assertEquals(Outcome.INVALID_LOGIN, FirstBeheerder.decide("<script>", 0, false));
    assertEquals(Outcome.INVALID_LOGIN, FirstBeheerder.decide("a".repeat(101), 0, false));
  }
}
