package nl.verbonden.tenancy.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import nl.verbonden.tenancy.entity.LoginThrottle.Verdict;
import org.junit.jupiter.api.Test;

/** The rule of failed logins: a growing delay, then a lock, forgotten after 15 minutes. */
class LoginThrottleTest {

  private static final Instant T = Instant.parse("2027-03-01T09:00:00Z");

  @Test
  void theFirstFailureCostsNothingThenTheDelayGrows() {
    LoginThrottle account = new LoginThrottle(LoginThrottle.account("Raad.Zeist"));
    assertFalse(account.fail(T));
    assertEquals(Verdict.FREE, account.verdict(T));
    account.fail(T);
    assertEquals(new Verdict(Verdict.State.DELAY, T.plusSeconds(1)), account.verdict(T));
    assertEquals(Verdict.FREE, account.verdict(T.plusSeconds(1)));
    account.fail(T.plusSeconds(1));
    assertEquals(T.plusSeconds(3), account.verdict(T.plusSeconds(1)).until());
    account.fail(T.plusSeconds(3));
    assertEquals(T.plusSeconds(7), account.verdict(T.plusSeconds(3)).until());
    assertEquals(Duration.ofSeconds(4), LoginThrottle.delay(10), "the delay has a ceiling");
  }

  @Test
  void theFifthFailureOfALoginNameLocksItForFifteenMinutes() {
    LoginThrottle account = new LoginThrottle(LoginThrottle.account("raad.zeist"));
    for (int i = 0; i < 4; i++) {
      assertFalse(account.fail(T.plusSeconds(10L * i)));
    }
    assertTrue(account.fail(T.plusSeconds(40)), "the fifth failure locks");
    assertTrue(account.verdict(T.plusSeconds(41)).locked());
    assertTrue(account.verdict(T.plusSeconds(40).plus(Duration.ofMinutes(14))).locked());
    assertEquals(Verdict.FREE, account.verdict(T.plusSeconds(40).plus(LoginThrottle.LOCK)));
  }

  @Test
  void afterTheLockAFailureCountsFromOneAgain() {
    LoginThrottle account = new LoginThrottle(LoginThrottle.account("raad.zeist"));
    for (int i = 0; i < 5; i++) {
      account.fail(T);
    }
    Instant later = T.plus(LoginThrottle.LOCK);
    assertFalse(account.fail(later));
    assertEquals(1, account.getFailures());
    assertEquals(Verdict.FREE, account.verdict(later));
  }

  @Test
  void anAddressIsLockedOnlyAfterTwentyFailures() {
    LoginThrottle address = new LoginThrottle(LoginThrottle.address("203.0.113.7"));
    for (int i = 0; i < 19; i++) {
      assertFalse(address.fail(T.plusSeconds(5L * i)));
    }
    assertFalse(address.verdict(T.plusSeconds(100)).locked());
    assertTrue(address.fail(T.plusSeconds(100)));
    assertTrue(address.verdict(T.plusSeconds(101)).locked());
  }

  @Test
  void theLoginNameIsCountedWithoutRegardToCase() {
    assertEquals(LoginThrottle.account(" Raad.Zeist "), LoginThrottle.account("raad.zeist"));
    assertEquals("raad.zeist", new LoginThrottle(LoginThrottle.account("RAAD.zeist")).name());
  }

  @Test
  void aLockIsStricterThanADelay() {
    Verdict delay = new Verdict(Verdict.State.DELAY, T.plusSeconds(60));
    Verdict lock = new Verdict(Verdict.State.LOCKED, T.plusSeconds(30));
    assertEquals(lock, delay.stricter(lock));
    assertEquals(lock, lock.stricter(Verdict.FREE));
  }
}
