package nl.verbonden.tenancy.control;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import nl.verbonden.tenancy.entity.CallerAccount;
import nl.verbonden.tenancy.entity.UserAccount;

/**
 * Reads the account of a login name. Runs outside the caller's transaction, so that the caller's
 * persistence context is still untouched when {@code TenantScope} sets its tenant.
 */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class AccountDirectory {

  @PersistenceContext private EntityManager em;

  public Optional<CallerAccount> byLoginName(String loginName) {
    return em.createNamedQuery(UserAccount.BY_LOGIN, UserAccount.class)
        .setParameter("login", loginName)
        .getResultStream()
        .findFirst()
        .map(CallerAccount::of);
  }

  /**
   * The display names of these login names, for those that have an account (issue 18: who published
   * an overview before its name was kept with it).
   */
  public java.util.Map<String, String> displayNames(java.util.Collection<String> loginNames) {
    java.util.Map<String, String> names = new java.util.HashMap<>();
    if (loginNames.isEmpty()) {
      return names;
    }
    for (Object[] row :
        em.createQuery(
                "select a.loginName, a.displayName from UserAccount a where a.loginName in :logins",
                Object[].class)
            .setParameter("logins", loginNames)
            .getResultList()) {
      if (row[1] != null) {
        names.put((String) row[0], (String) row[1]);
      }
    }
    return names;
  }

  /**
   * The display names of the accounts of a municipality and of the beheerders, by login name (all
   * accounts when {@code tenantCode} is null), for pages that show people instead of logins. One
   * query.
   */
  public Map<String, String> displayNames(String tenantCode) {
    Map<String, String> names = new HashMap<>();
    var query =
        tenantCode == null
            ? em.createQuery("select a.loginName, a.displayName from UserAccount a", Object[].class)
            : em.createQuery(
                    "select a.loginName, a.displayName from UserAccount a left join a.tenant t where"
                        + " t.code = :tenant or t is null",
                    Object[].class)
                .setParameter("tenant", tenantCode);
    for (Object[] row : query.getResultList()) {
      names.put((String) row[0], (String) row[1]);
    }
    return names;
  }
}
