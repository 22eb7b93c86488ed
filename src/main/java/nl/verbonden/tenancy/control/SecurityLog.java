package nl.verbonden.tenancy.control;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import nl.verbonden.tenancy.entity.SecurityEvent;
import nl.verbonden.tenancy.entity.SecurityEventKind;

/**
 * Writes a security event twice: as one structured line ({@code key=value}) to the logger {@value
 * #LOGGER}, and as a row of {@code security_event} that the beheerder searches in Beheer (decision
 * 0013). In a transaction of its own, so that an event is kept when the caller's work is rolled
 * back (a refused call) and a failing log never breaks the caller.
 */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class SecurityLog {

  /** The logger of the security events; route it in Liberty's logging to a file of its own. */
  public static final String LOGGER = "nl.verbonden.security";

  private static final Logger LOG = Logger.getLogger(LOGGER);

  @PersistenceContext private EntityManager em;
  @Inject private Clock clock;
  @Resource private SessionContext context;

  public void record(SecurityEventKind kind, String loginName, String address, String detail) {
    Instant now = Instant.now(clock).truncatedTo(ChronoUnit.MICROS);
    LOG.log(level(kind), line(now, kind, loginName, address, detail));
    em.persist(new SecurityEvent(now, kind, loginName, address, detail));
  }

  /** An event of the calling service's caller (account and municipality changes). */
  public void recordForCaller(SecurityEventKind kind, String detail) {
    record(kind, context.getCallerPrincipal().getName(), null, detail);
  }

  private static Level level(SecurityEventKind kind) {
    return switch (kind) {
      case LOGIN, LOGOUT, ACCOUNT_CHANGED, TENANT_CHANGED, LOCK_LIFTED -> Level.INFO;
      default -> Level.WARNING;
    };
  }

  /**
   * The log line: {@code security_event kind=... time=... login="..." address="..." detail="..."}.
   * Values are quoted, with quotes, backslashes and control characters escaped, so that no input
   * can forge a line or a field.
   */
  public static String line(
      Instant time, SecurityEventKind kind, String loginName, String address, String detail) {
    return "security_event kind="
        + kind
        + " time="
        + time
        + " login="
        + quoted(loginName)
        + " address="
        + quoted(address)
        + " detail="
        + quoted(detail);
  }

  static String quoted(String value) {
    if (value == null) {
      return "\"\"";
    }
    StringBuilder out = new StringBuilder(value.length() + 2).append('"');
    value
        .codePoints()
        .forEach(
            c -> {
              switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                  if (Character.isISOControl(c)
                      || Character.getType(c) == Character.FORMAT
                      || c == 0x2028
                      || c == 0x2029) {
                    out.append(String.format("\\u%04x", c));
                  } else {
                    out.appendCodePoint(c);
                  }
                }
              }
            });
    return out.append('"').toString();
  }
}
