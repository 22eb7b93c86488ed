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

/**
 * The municipalities a shared-service centre hosts. Only its administrators (beheerder) manage
 * them. Every change goes into the municipality's history, written by {@link TenancyHistoryWriter}
 * in the same transaction.
 */
@Stateless
@RolesAllowed(AppRole.Names.BEHEERDER)
@Interceptors(AccountRequired.class)
public class TenantService {

  @PersistenceContext private EntityManager em;
  @Inject private Event<Changed> changed;
  @Inject private SecurityLog securityLog;

  public List<Tenant> list() {
    return em.createNamedQuery(Tenant.ALL, Tenant.class).getResultList();
  }

  public Tenant find(Long id) {
    return Entities.findOrThrow(em, Tenant.class, id);
  }

  /**
   * @throws DomainException on field {@code code} when the CBS code is already a tenant
   */
  public Tenant create(@NotNull @Valid Tenant tenant) {
    boolean taken =
        !em.createNamedQuery(Tenant.BY_CODE, Tenant.class)
            .setParameter("code", tenant.getCode())
            .getResultList()
            .isEmpty();
    if (taken) {
      throw new DomainException("verbonden.tenant.codeTaken", "code", tenant.getCode());
    }
    em.persist(tenant);
    Entities.flush(em, Tenant.class, null);
    changed.fire(TenancyHistory.tenantChanged(Map.of(), tenant));
    securityLog.recordForCaller(
        SecurityEventKind.TENANT_CHANGED, "aangemaakt: " + describe(tenant));
    return tenant;
  }

  /** Saves a renamed tenant; the CBS code never changes. */
  public Tenant update(@NotNull @Valid Tenant edited) {
    Map<String, Object> before =
        TenancyHistory.describe(
            Entities.findForEdit(em, Tenant.class, edited.getId(), edited.getVersion()));
    Tenant saved = Entities.saveEdited(em, edited);
    changed.fire(TenancyHistory.tenantChanged(before, saved));
    securityLog.recordForCaller(SecurityEventKind.TENANT_CHANGED, "gewijzigd: " + describe(saved));
    return saved;
  }

  /** Its users can no longer log in; its data stays. */
  public Tenant deactivate(Long id, long version) {
    Tenant tenant = Entities.findForEdit(em, Tenant.class, id, version);
    Map<String, Object> before = TenancyHistory.describe(tenant);
    tenant.deactivate();
    Entities.flush(em, Tenant.class, id);
    changed.fire(TenancyHistory.tenantChanged(before, tenant));
    securityLog.recordForCaller(
        SecurityEventKind.TENANT_CHANGED, "gedeactiveerd: " + describe(tenant));
    return tenant;
  }

  public Tenant activate(Long id, long version) {
    Tenant tenant = Entities.findForEdit(em, Tenant.class, id, version);
    Map<String, Object> before = TenancyHistory.describe(tenant);
    tenant.activate();
    Entities.flush(em, Tenant.class, id);
    changed.fire(TenancyHistory.tenantChanged(before, tenant));
    securityLog.recordForCaller(
        SecurityEventKind.TENANT_CHANGED, "geactiveerd: " + describe(tenant));
    return tenant;
  }

  /** Every recorded change of a municipality, newest first, with who got or lost access to it. */
  public List<TenancyChange> history(Long id) {
    find(id);
    return HistoryRows.of(em, TenancyChange.class, TenancySubject.TENANT, id);
  }

  private static String describe(Tenant tenant) {
    return tenant.getCode() + " " + tenant.getName() + (tenant.isActive() ? "" : " (inactief)");
  }
}
