package nl.verbonden.tenancy.control;

import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.InvocationContext;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import nl.verbonden.shared.entity.TenantOwnedEntity;
import nl.verbonden.tenancy.entity.SecurityEventKind;

/**
 * Binds the transaction's persistence context to the caller's tenant before a service method runs.
 * Every service that touches tenant data carries {@code @Interceptors(TenantScope.class)}; one that
 * forgets it fails on its first query instead of reading another tenant's rows (see {@link
 * TenantOwnedEntity}).
 */
public class TenantScope {

  @PersistenceContext private EntityManager em;
  @Inject private Caller caller;
  @Inject private SecurityLog securityLog;

  @AroundInvoke
  public Object bindTenant(InvocationContext invocation) throws Exception {
    String tenant;
    try {
      tenant = caller.requireTenantCode();
    } catch (EJBAccessException refused) {
      securityLog.recordForCaller(
          SecurityEventKind.TENANT_REFUSED, describe(invocation) + ": " + refused.getMessage());
      throw refused;
    }
    Object bound = em.getProperties().get(TenantOwnedEntity.TENANT_PROPERTY);
    if (bound == null) {
      em.setProperty(TenantOwnedEntity.TENANT_PROPERTY, tenant);
    } else if (!bound.equals(tenant)) {
      securityLog.recordForCaller(
          SecurityEventKind.TENANT_REFUSED, describe(invocation) + ": al aan een andere gemeente");
      throw new IllegalStateException("Persistence context already bound to another tenant");
    }
    return invocation.proceed();
  }

  private static String describe(InvocationContext invocation) {
    return invocation.getMethod().getDeclaringClass().getSimpleName()
        + "."
        + invocation.getMethod().getName();
  }
}
