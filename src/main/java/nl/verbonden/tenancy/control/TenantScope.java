package nl.verbonden.tenancy.control;

import jakarta.inject.Inject;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.InvocationContext;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import nl.verbonden.shared.entity.TenantOwnedEntity;

/**
 * Binds the transaction's persistence context to the caller's tenant before a service method runs.
 * Every service that touches tenant data carries {@code @Interceptors(TenantScope.class)}; one that
 * forgets it fails on its first query instead of reading another tenant's rows (see {@link
 * TenantOwnedEntity}).
 */
public class TenantScope {

  @PersistenceContext private EntityManager em;
  @Inject private Caller caller;

  @AroundInvoke
  public Object bindTenant(InvocationContext invocation) throws Exception {
    String tenant = caller.requireTenantCode();
    Object bound = em.getProperties().get(TenantOwnedEntity.TENANT_PROPERTY);
    if (bound == null) {
      em.setProperty(TenantOwnedEntity.TENANT_PROPERTY, tenant);
    } else if (!bound.equals(tenant)) {
      throw new IllegalStateException("Persistence context already bound to another tenant");
    }
    return invocation.proceed();
  }
}
