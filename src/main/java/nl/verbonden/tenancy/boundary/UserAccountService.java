package nl.verbonden.tenancy.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptors;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import java.util.Map;
import nl.verbonden.shared.control.Entities;
import nl.verbonden.shared.control.HistoryRows;
import nl.verbonden.shared.entity.Changed;
import nl.verbonden.shared.entity.DomainException;
import nl.verbonden.tenancy.control.AccountRequired;
import nl.verbonden.tenancy.control.SecurityLog;
import nl.verbonden.tenancy.control.TenancyHistory;
import nl.verbonden.tenancy.entity.AppRole;
import nl.verbonden.tenancy.entity.SecurityEventKind;
import nl.verbonden.tenancy.entity.TenancyChange;
import nl.verbonden.tenancy.entity.TenancySubject;
import nl.verbonden.tenancy.entity.Tenant;
import nl.verbonden.tenancy.entity.UserAccount;

/**
 * Who may use Verbonden, in which role, for which municipality. Only administrators (beheerder)
 * manage them. Every change goes into the account's history (and a change of access into the
 * municipality's), written by {@link TenancyHistoryWriter} in the same transaction.
 */
@Stateless
@RolesAllowed(AppRole.Names.BEHEERDER)
@Interceptors(AccountRequired.class)
public class UserAccountService {

  @PersistenceContext private EntityManager em;
  @Inject private Event<Changed> changed;
  @Inject private SecurityLog securityLog;

  public List<UserAccount> list() {
    return em.createNamedQuery(UserAccount.ALL, UserAccount.class).getResultList();
  }

  public UserAccount find(Long id) {
    return em.createNamedQuery(UserAccount.BY_ID, UserAccount.class)
        .setParameter("id", id)
        .getResultStream()
        .findFirst()
        .orElseThrow(() -> new nl.verbonden.shared.entity.NotFoundException(UserAccount.class, id));
  }

  /**
   * @param tenantId the municipality of a regisseur or raadslid; ignored for a beheerder
   * @throws DomainException at {@code loginName} when it is taken, at {@code tenant} when a needed
   *     one is missing
   */
  public UserAccount create(@NotNull @Valid UserAccount account, Long tenantId) {
    boolean taken =
        !em.createNamedQuery(UserAccount.BY_LOGIN, UserAccount.class)
            .setParameter("login", account.getLoginName())
            .getResultList()
            .isEmpty();
    if (taken) {
      throw new DomainException(
          "verbonden.account.loginTaken", "loginName", account.getLoginName());
    }
    account.assign(account.getRole(), tenantFor(account.getRole(), tenantId));
    em.persist(account);
    Entities.flush(em, UserAccount.class, null);
    TenancyHistory.accountCreated(account).forEach(changed::fire);
    securityLog.recordForCaller(
        SecurityEventKind.ACCOUNT_CHANGED, "aangemaakt: " + describe(account));
    return account;
  }

  /** Saves a changed account; its login name never changes. */
  public UserAccount update(@NotNull @Valid UserAccount edited, Long tenantId) {
    UserAccount current =
        Entities.findForEdit(em, UserAccount.class, edited.getId(), edited.getVersion());
    Map<String, Object> before = TenancyHistory.describe(current);
    TenancyHistory.Access accessBefore = TenancyHistory.Access.of(current);
    edited.assign(edited.getRole(), tenantFor(edited.getRole(), tenantId));
    UserAccount saved = Entities.saveEdited(em, edited);
    TenancyHistory.accountChanged(before, accessBefore, saved).forEach(changed::fire);
    securityLog.recordForCaller(SecurityEventKind.ACCOUNT_CHANGED, "gewijzigd: " + describe(saved));
    return saved;
  }

  /** The person can no longer use Verbonden; the account and its history stay. */
  public UserAccount deactivate(Long id, long version) {
    UserAccount account = Entities.findForEdit(em, UserAccount.class, id, version);
    Map<String, Object> before = TenancyHistory.describe(account);
    account.deactivate();
    Entities.flush(em, UserAccount.class, id);
    TenancyHistory.accountChanged(before, TenancyHistory.Access.of(account), account)
        .forEach(changed::fire);
    securityLog.recordForCaller(
        SecurityEventKind.ACCOUNT_CHANGED, "gedeactiveerd: " + describe(account));
    return account;
  }

  public UserAccount activate(Long id, long version) {
    UserAccount account = Entities.findForEdit(em, UserAccount.class, id, version);
    Map<String, Object> before = TenancyHistory.describe(account);
    account.activate();
    Entities.flush(em, UserAccount.class, id);
    TenancyHistory.accountChanged(before, TenancyHistory.Access.of(account), account)
        .forEach(changed::fire);
    securityLog.recordForCaller(
        SecurityEventKind.ACCOUNT_CHANGED, "geactiveerd: " + describe(account));
    return account;
  }

  /** Every recorded change of an account, newest first. */
  public List<TenancyChange> history(Long id) {
    find(id);
    return HistoryRows.of(em, TenancyChange.class, TenancySubject.ACCOUNT, id);
  }

  private Tenant tenantFor(AppRole role, Long tenantId) {
    if (role == null) {
      throw new DomainException("verbonden.account.roleRequired", "role");
    }
    if (!role.isTenantBound()) {
      return null;
    }
    Tenant tenant = tenantId == null ? null : em.find(Tenant.class, tenantId);
    if (tenant == null) {
      throw new DomainException("verbonden.account.tenantRequired", "tenant");
    }
    return tenant;
  }

  private static String describe(UserAccount account) {
    return account.getLoginName()
        + " "
        + account.getRole()
        + (account.getTenant() == null ? "" : " " + account.getTenant().getCode())
        + (account.isActive() ? "" : " (inactief)");
  }
}
