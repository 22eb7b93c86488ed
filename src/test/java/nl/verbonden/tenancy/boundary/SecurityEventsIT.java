package nl.verbonden.tenancy.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import nl.verbonden.shared.entity.DomainException;
import nl.verbonden.tenancy.control.LoginGuard;
import nl.verbonden.tenancy.control.SecurityEventFilter;
import nl.verbonden.tenancy.control.SecurityLog;
import nl.verbonden.tenancy.entity.AppRole;
import nl.verbonden.tenancy.entity.LoginThrottle;
import nl.verbonden.tenancy.entity.LoginThrottle.Verdict;
import nl.verbonden.tenancy.entity.SecurityEvent;
import nl.verbonden.tenancy.entity.SecurityEventKind;
import nl.verbonden.tenancy.entity.UserAccount;
import nl.verbonden.testsupport.InContainer;
import org.junit.jupiter.api.Test;

/**
 * The login throttle as the database keeps it (the same for every server of a cluster), and the
 * security event log that only the beheerder reads.
 */
class SecurityEventsIT extends InContainer {

  /** A moment of the tests' own: the throttle takes the time as a parameter. */
  private static final Instant T = Instant.parse("2030-01-07T09:00:00Z");

  @Inject private LoginGuard guard;
  @Inject private SecurityLog log;
  @Inject private SecurityEventService events;
  @Inject private UserAccountService accounts;
  @Inject private Clock clock;

  /** A login name and address no other test (or earlier run on PostgreSQL) uses. */
  private static String unique(String prefix) {
    return prefix + "." + UUID.randomUUID().toString().substring(0, 8);
  }

  @Test
  void fiveFailuresLockALoginNameUntilFifteenMinutesHavePassed() {
    String name = unique("it.slot");
    String address = "198.51.100.1";
    for (int i = 0; i < 4; i++) {
      assertEquals(List.of(), guard.failed(name, address, T.plusSeconds(10L * i)));
    }
    assertFalse(guard.check(name, address, T.plusSeconds(40)).locked());
    assertEquals(
        List.of(LoginThrottle.account(name)), guard.failed(name, address, T.plusSeconds(40)));

    Instant locked = T.plusSeconds(41);
    assertTrue(guard.check(name, address, locked).locked());
    assertTrue(
        guard.check(name.toUpperCase(), "192.0.2.99", locked).locked(), "any case, any address");
    assertTrue(guard.check(name, address, T.plusSeconds(40).plus(Duration.ofMinutes(14))).locked());

    Instant after = T.plusSeconds(40).plus(LoginThrottle.LOCK);
    assertEquals(Verdict.FREE, guard.check(name, "192.0.2.99", after));
    assertEquals(List.of(), guard.failed(name, "192.0.2.99", after), "counted from one again");
    assertFalse(guard.check(name, "192.0.2.99", after).locked());
  }

  /**
   * Failures that arrive at the same moment (from two servers, or two threads of one) are each
   * counted once: every count is a transaction of its own on the locked row.
   */
  @Test
  void failuresAtTheSameMomentAreAllCounted() throws Exception {
    String name = unique("it.tegelijk");
    guard.failed(name, null, T); // the row exists: the others update it
    int parallel = 8;
    java.util.concurrent.ExecutorService threads =
        java.util.concurrent.Executors.newFixedThreadPool(parallel);
    try {
      List<java.util.concurrent.Future<List<String>>> results = new java.util.ArrayList<>();
      for (int i = 0; i < parallel; i++) {
        results.add(threads.submit(() -> guard.failed(name, null, T.plusSeconds(1))));
      }
      long locks = 0;
      for (java.util.concurrent.Future<List<String>> result : results) {
        locks += result.get().size();
      }
      assertEquals(1, locks, "exactly one of them (the fifth failure) starts the lock");
    } finally {
      threads.shutdown();
    }
    as.login("beheer");
    events.liftLock(name); // there was a count to lift
  }

  @Test
  void aSuccessfulLoginForgetsTheFailuresOfItsName() {
    String name = unique("it.goed");
    for (int i = 0; i < 4; i++) {
      guard.failed(name, "198.51.100.2", T);
    }
    guard.succeeded(name);
    assertEquals(List.of(), guard.failed(name, "198.51.100.2", T.plusSeconds(60)));
    assertEquals(
        Verdict.FREE,
        guard.check(name, null, T.plusSeconds(60)),
        "one failure again: no delay for the name (its address keeps counting)");
  }

  @Test
  void twentyFailuresFromOneAddressLockThatAddressForEveryName() {
    String address =
        "203.0.113." + (1 + (int) (Math.abs(UUID.randomUUID().getLeastSignificantBits()) % 250));
    List<String> lockedNow = List.of();
    for (int i = 0; i < LoginThrottle.ADDRESS_LOCK_AT; i++) {
      lockedNow = guard.failed(unique("it.adres"), address, T.plusSeconds(i));
    }
    assertEquals(List.of(LoginThrottle.address(address)), lockedNow);
    assertTrue(guard.check(unique("it.ander"), address, T.plusSeconds(30)).locked());
    assertFalse(guard.check(unique("it.ander"), "192.0.2.200", T.plusSeconds(30)).locked());
  }

  @Test
  void onlyTheBeheerderReadsTheLogAndLiftsLocks() {
    as.login("regisseur.woudenberg");
    SecurityEventFilter all = new SecurityEventFilter();
    assertThrows(EJBAccessException.class, () -> events.search(all, 0, 10));
    assertThrows(EJBAccessException.class, () -> events.count(all));
    assertThrows(EJBAccessException.class, () -> events.liftLock("raad.zeist"));
  }

  @Test
  void anEventIsKeptAndFoundByKindLoginNameAndPeriod() {
    String name = unique("it.log");
    log.record(SecurityEventKind.LOGIN_FAILED, name, "192.0.2.7", null);
    log.record(SecurityEventKind.LOGIN, name, "192.0.2.7", null);

    as.login("beheer");
    SecurityEventFilter filter = new SecurityEventFilter();
    filter.setKind(SecurityEventKind.LOGIN_FAILED);
    filter.setLoginName(name.toUpperCase());
    List<SecurityEvent> found = events.search(filter, 0, 10);
    assertEquals(1, found.size());
    assertEquals(1, events.count(filter));
    assertEquals(name, found.get(0).getLoginName());
    assertEquals("192.0.2.7", found.get(0).getAddress());

    filter.setKind(null);
    assertEquals(2, events.count(filter));
    LocalDate today = LocalDate.now(clock);
    filter.setFrom(today);
    filter.setTo(today);
    assertEquals(2, events.count(filter));
    filter.setTo(today.minusDays(1));
    filter.setFrom(null);
    assertEquals(0, events.count(filter));
  }

  @Test
  void theBeheerderLiftsALockAndThatIsLogged() {
    String name = unique("it.ophef");
    for (int i = 0; i < LoginThrottle.ACCOUNT_LOCK_AT; i++) {
      guard.failed(name, null, T);
    }
    assertTrue(guard.check(name, null, T.plusSeconds(1)).locked());

    as.login("beheer");
    events.liftLock(name);
    assertEquals(Verdict.FREE, guard.check(name, null, T.plusSeconds(1)));
    SecurityEventFilter filter = new SecurityEventFilter();
    filter.setKind(SecurityEventKind.LOCK_LIFTED);
    filter.setLoginName(name);
    assertEquals("door beheer", events.search(filter, 0, 1).get(0).getDetail());

    DomainException none = assertThrows(DomainException.class, () -> events.liftLock(name));
    assertEquals("unlock", none.field());
    assertEquals("verbonden.security.noLock", none.messageKey());
  }

  @Test
  void anAccountChangeIsLoggedWithWhoMadeIt() {
    as.login("beheer");
    UserAccount account = new UserAccount();
    String name = unique("it.nieuw");
    account.setLoginName(name);
    account.setDisplayName("Nieuwe Beheerder");
    account.setRole(AppRole.BEHEERDER);
    accounts.create(account, null);

    SecurityEventFilter filter = new SecurityEventFilter();
    filter.setKind(SecurityEventKind.ACCOUNT_CHANGED);
    filter.setLoginName("beheer");
    assertTrue(
        events.search(filter, 0, 50).stream()
            .anyMatch(e -> e.getDetail().equals("aangemaakt: " + name + " BEHEERDER")),
        "the beheerder's creation of the account is logged");
  }
}
