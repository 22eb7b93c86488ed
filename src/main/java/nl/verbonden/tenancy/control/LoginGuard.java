package nl.verbonden.tenancy.control;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import nl.verbonden.tenancy.entity.LoginThrottle;
import nl.verbonden.tenancy.entity.LoginThrottle.Verdict;

/**
 * Keeps count of failed logins per login name and per address in the database, so that every server
 * of a cluster sees the same counts and locks (decision 0013). Each count is changed under a row
 * lock ({@code SELECT ... FOR UPDATE}) in a transaction of its own. The time is a parameter: the
 * caller passes the application clock's now.
 */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class LoginGuard {

  @PersistenceContext private EntityManager em;

  /** What an attempt for this login name from this address may do now: the stricter verdict. */
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  public Verdict check(String loginName, String address, Instant now) {
    Verdict verdict = Verdict.FREE;
    for (String subject : subjects(loginName, address)) {
      LoginThrottle throttle = em.find(LoginThrottle.class, subject);
      if (throttle != null) {
        verdict = verdict.stricter(throttle.verdict(now));
      }
    }
    return verdict;
  }

  /**
   * Counts a failed login of this login name from this address.
   *
   * @return the subjects this failure locked (login name and/or address, as {@code account:...} or
   *     {@code address:...}); empty when none
   */
  public List<String> failed(String loginName, String address, Instant now) {
    List<String> locked = new ArrayList<>();
    for (String subject : subjects(loginName, address)) {
      LoginThrottle throttle =
          em.find(LoginThrottle.class, subject, LockModeType.PESSIMISTIC_WRITE);
      if (throttle == null) {
        throttle = new LoginThrottle(subject);
        em.persist(throttle);
      }
      if (throttle.fail(now)) {
        locked.add(subject);
      }
    }
    em.flush();
    return locked;
  }

  /** A successful login forgets the failures of its login name (not those of its address). */
  public void succeeded(String loginName) {
    lift(LoginThrottle.account(loginName));
  }

  /**
   * Lifts the lock and forgets the failures of a subject.
   *
   * @return whether there was anything to lift
   */
  public boolean lift(String subject) {
    LoginThrottle throttle = em.find(LoginThrottle.class, subject, LockModeType.PESSIMISTIC_WRITE);
    if (throttle == null) {
      return false;
    }
    em.remove(throttle);
    em.flush();
    return true;
  }

  private static List<String> subjects(String loginName, String address) {
    List<String> subjects = new ArrayList<>(2);
    subjects.add(LoginThrottle.account(loginName));
    if (address != null && !address.isBlank()) {
      subjects.add(LoginThrottle.address(address));
    }
    return subjects;
  }
}
