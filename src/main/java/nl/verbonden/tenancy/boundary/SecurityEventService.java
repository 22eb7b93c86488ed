package nl.verbonden.tenancy.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptors;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.security.enterprise.SecurityContext;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import nl.verbonden.shared.control.ApplicationClock;
import nl.verbonden.shared.entity.DomainException;
import nl.verbonden.tenancy.control.AccountRequired;
import nl.verbonden.tenancy.control.LoginGuard;
import nl.verbonden.tenancy.control.SecurityEventFilter;
import nl.verbonden.tenancy.control.SecurityLog;
import nl.verbonden.tenancy.entity.AppRole;
import nl.verbonden.tenancy.entity.LoginThrottle;
import nl.verbonden.tenancy.entity.SecurityEvent;
import nl.verbonden.tenancy.entity.SecurityEventKind;

/**
 * The security event log as the beheerder reads it: a page at a time, newest first, filtered by
 * kind, login name and period; and lifting a login lock. Only the beheerder.
 */
@Stateless
@RolesAllowed(AppRole.Names.BEHEERDER)
@Interceptors(AccountRequired.class)
public class SecurityEventService {

  @PersistenceContext private EntityManager em;
  @Inject private LoginGuard guard;
  @Inject private SecurityLog log;
  @Inject private SecurityContext security;

  public List<SecurityEvent> search(@NotNull SecurityEventFilter filter, int first, int max) {
    return query(
            filter, "SELECT e FROM SecurityEvent e", SecurityEvent.class, " ORDER BY e.id DESC")
        .setFirstResult(first)
        .setMaxResults(max)
        .getResultList();
  }

  public long count(@NotNull SecurityEventFilter filter) {
    return query(filter, "SELECT COUNT(e) FROM SecurityEvent e", Long.class, "").getSingleResult();
  }

  private <T> TypedQuery<T> query(
      SecurityEventFilter filter, String select, Class<T> type, String order) {
    StringBuilder where = new StringBuilder(" WHERE 1 = 1");
    Map<String, Object> parameters = new HashMap<>();
    if (filter.getKind() != null) {
      where.append(" AND e.kind = :kind");
      parameters.put("kind", filter.getKind());
    }
    String login = filter.getLoginName() == null ? "" : filter.getLoginName().strip();
    if (!login.isEmpty()) {
      where.append(" AND LOWER(e.loginName) LIKE :login ESCAPE '\\'");
      parameters.put("login", "%" + escapeLike(login.toLowerCase(Locale.ROOT)) + "%");
    }
    if (filter.getFrom() != null) {
      where.append(" AND e.occurredAt >= :from");
      parameters.put("from", startOf(filter.getFrom()));
    }
    if (filter.getTo() != null) {
      where.append(" AND e.occurredAt < :to");
      parameters.put("to", startOf(filter.getTo().plusDays(1)));
    }
    TypedQuery<T> query = em.createQuery(select + where + order, type);
    parameters.forEach(query::setParameter);
    return query;
  }

  private static Instant startOf(java.time.LocalDate day) {
    return day.atStartOfDay(ApplicationClock.AMSTERDAM).toInstant();
  }

  private static String escapeLike(String text) {
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
  }

  /**
   * Lifts the lock of a login name (and forgets its failures) before its time, e.g. when the person
   * called the service desk. Logged as {@code LOCK_LIFTED}.
   *
   * @throws DomainException at {@code unlock} when the login name has no lock or failures
   */
  public void liftLock(String loginName) {
    String name = loginName == null ? "" : loginName.strip();
    if (name.isEmpty() || !guard.lift(LoginThrottle.account(name))) {
      throw new DomainException("verbonden.security.noLock", "unlock", name);
    }
    log.record(
        SecurityEventKind.LOCK_LIFTED,
        name,
        null,
        "door " + security.getCallerPrincipal().getName());
  }
}
