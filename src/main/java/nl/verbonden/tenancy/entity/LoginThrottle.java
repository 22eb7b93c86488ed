package nl.verbonden.tenancy.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;

/**
 * The failed logins of one login name or one address, and the rule that slows and then locks them
 * (decision 0013). After the second failure the next attempt waits a growing delay (1, 2, 4
 * seconds); the fifth failure of a login name locks it for 15 minutes, the twentieth of an address
 * locks that address. Failures older than 15 minutes are forgotten. A login name is counted whether
 * or not an account of that name exists, so a lock says nothing about the account.
 */
@Entity
@Table(name = "login_throttle")
public class LoginThrottle {

  /** Failures of one login name that lock it. */
  public static final int ACCOUNT_LOCK_AT = 5;

  /** Failures from one address (any login names) that lock it: an office may share one. */
  public static final int ADDRESS_LOCK_AT = 20;

  /** How long a lock lasts, and how long a failure is remembered. */
  public static final Duration LOCK = Duration.ofMinutes(15);

  /** The longest delay before an attempt is checked. */
  public static final Duration MAX_DELAY = Duration.ofSeconds(4);

  private static final String ACCOUNT = "account:";
  private static final String ADDRESS = "address:";

  /** {@code account:<login name in lower case>} or {@code address:<ip>}. */
  @Id
  @Column(length = 200)
  private String subject;

  @Column(nullable = false)
  private int failures;

  @Column(name = "last_failure", nullable = false)
  private Instant lastFailure;

  @Column(name = "blocked_until")
  private Instant blockedUntil;

  @Version
  @Column(nullable = false)
  private long version;

  protected LoginThrottle() {}

  public LoginThrottle(String subject) {
    this.subject = subject;
  }

  /** The subject of a login name: case does not matter, as it may not in a directory. */
  public static String account(String loginName) {
    return ACCOUNT + loginName.strip().toLowerCase(Locale.ROOT);
  }

  public static String address(String address) {
    return ADDRESS + address;
  }

  /** The login name or address this counts, without its prefix. */
  public String name() {
    return subject.substring(subject.indexOf(':') + 1);
  }

  public boolean isAccount() {
    return subject.startsWith(ACCOUNT);
  }

  private int lockAt() {
    return isAccount() ? ACCOUNT_LOCK_AT : ADDRESS_LOCK_AT;
  }

  /** What an attempt at {@code now} may do. */
  public Verdict verdict(Instant now) {
    if (blockedUntil == null || !now.isBefore(blockedUntil)) {
      return Verdict.FREE;
    }
    return new Verdict(isLocked(now) ? Verdict.State.LOCKED : Verdict.State.DELAY, blockedUntil);
  }

  private boolean isLocked(Instant now) {
    return failures >= lockAt() && blockedUntil != null && now.isBefore(blockedUntil);
  }

  /**
   * Counts a failed attempt at {@code now}.
   *
   * @return whether this failure locks the subject
   */
  public boolean fail(Instant now) {
    if (lastFailure != null && !now.isBefore(lastFailure.plus(LOCK))) {
      failures = 0; // forgotten, and any lock is over
      blockedUntil = null;
    }
    failures++;
    lastFailure = now;
    if (failures >= lockAt()) {
      boolean starts = failures == lockAt();
      if (starts) {
        blockedUntil = now.plus(LOCK);
      }
      return starts;
    }
    blockedUntil = failures < 2 ? null : now.plus(delay(failures));
    return false;
  }

  /**
   * The delay after the n-th failure: 1 s after the second, doubling, at most {@link #MAX_DELAY}.
   */
  static Duration delay(int failures) {
    long seconds = 1L << Math.min(failures - 2, 10);
    return Duration.ofSeconds(Math.min(seconds, MAX_DELAY.toSeconds()));
  }

  public String getSubject() {
    return subject;
  }

  public int getFailures() {
    return failures;
  }

  public Instant getBlockedUntil() {
    return blockedUntil;
  }

  /**
   * What an attempt may do: be checked now ({@code FREE}), be checked after a short delay ({@code
   * DELAY}, until {@code until}) or be refused without checking ({@code LOCKED} until {@code
   * until}).
   */
  public record Verdict(State state, Instant until) {

    public static final Verdict FREE = new Verdict(State.FREE, null);

    public enum State {
      FREE,
      DELAY,
      LOCKED
    }

    public boolean locked() {
      return state == State.LOCKED;
    }

    /** The stricter of two verdicts: a lock over a delay, the later end of two of a kind. */
    public Verdict stricter(Verdict other) {
      if (state != other.state) {
        return state.ordinal() > other.state.ordinal() ? this : other;
      }
      if (until == null || other.until == null) {
        return this;
      }
      return until.isAfter(other.until) ? this : other;
    }
  }
}
