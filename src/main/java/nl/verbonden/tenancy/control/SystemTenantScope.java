package nl.verbonden.tenancy.control;

import jakarta.persistence.EntityManager;
import nl.verbonden.shared.entity.TenantOwnedEntity;

/**
 * Binds a persistence context to a municipality that the server chose itself, for work that runs
 * without a logged-in caller: the reminder run (for the person it writes to) and the calendar feed
 * (for the person whose secret link was opened). The counterpart of {@link TenantScope}, with the
 * same refusal to rebind; whoever calls it must have decided, as the server, whose data this is
 * (docs/decisions/0017).
 */
public final class SystemTenantScope {

  private SystemTenantScope() {}

  /**
   * @throws IllegalStateException when the context is already bound to another municipality
   */
  public static void bind(EntityManager em, String tenantCode) {
    if (tenantCode == null || tenantCode.isBlank()) {
      throw new IllegalArgumentException("No municipality to bind");
    }
    Object bound = em.getProperties().get(TenantOwnedEntity.TENANT_PROPERTY);
    if (bound == null) {
      em.setProperty(TenantOwnedEntity.TENANT_PROPERTY, tenantCode);
    } else if (!bound.equals(tenantCode)) {
      throw new IllegalStateException("Persistence context already bound to another tenant");
    }
  }
}
