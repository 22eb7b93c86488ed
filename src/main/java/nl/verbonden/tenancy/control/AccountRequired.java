package nl.verbonden.tenancy.control;

import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.InvocationContext;

/**
 * For services without tenant data (the beheerder's): besides the container role, the caller needs
 * a usable account. {@link TenantScope} checks the same for tenant services.
 */
public class AccountRequired {

  @Inject private Caller caller;

  @AroundInvoke
  public Object requireAccount(InvocationContext invocation) throws Exception {
    if (!caller.isUsable()) {
      throw new EJBAccessException("Geen actief account met deze rol");
    }
    return invocation.proceed();
  }
}
