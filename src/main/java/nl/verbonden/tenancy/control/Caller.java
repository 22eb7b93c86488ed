package nl.verbonden.tenancy.control;

import jakarta.ejb.EJBAccessException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import java.security.Principal;
import java.util.Optional;
import nl.verbonden.tenancy.entity.AppRole;
import nl.verbonden.tenancy.entity.CallerAccount;

/**
 * The person behind the current request, decided on the server from the authenticated principal and the account,
 * never from a request parameter. The account is read once per request.
 */
@Named("caller")
@RequestScoped
public class Caller {

  @Inject private SecurityContext securityContext;
  @Inject private AccountDirectory directory;

  private Optional<CallerAccount> account;

  public boolean isAuthenticated() {
    return principal() != null;
  }

  public String getLoginName() {
    Principal principal = principal();
    return principal == null ? null : principal.getName();
  }

  /**
   * The caller's account, when it exists, is active (with an active tenant) and the user registry grants the
   * account's role too.
   */
  public Optional<CallerAccount> account() {
    if (account == null) {
      String login = getLoginName();
      account =
          login == null
              ? Optional.empty()
              : directory
                  .byLoginName(login)
                  .filter(CallerAccount::usable)
                  .filter(a -> securityContext.isCallerInRole(a.role().roleName()));
    }
    return account;
  }

  /** Whether the authenticated caller may use the application at all. */
  public boolean isUsable() {
    return account().isPresent();
  }

  public boolean hasRole(AppRole role) {
    return account().map(a -> a.role() == role).orElse(false);
  }

  public boolean isBeheerder() {
    return hasRole(AppRole.BEHEERDER);
  }

  public boolean isRegisseur() {
    return hasRole(AppRole.REGISSEUR);
  }

  public boolean isRaadslid() {
    return hasRole(AppRole.RAADSLID);
  }

  public String getDisplayName() {
    return account().map(CallerAccount::displayName).orElse(getLoginName());
  }

  public String getTenantName() {
    return account().map(CallerAccount::tenantName).orElse(null);
  }

  public String getRoleName() {
    return account().map(a -> a.role().roleName()).orElse(null);
  }

  /**
   * @return the CBS code of the caller's tenant
   * @throws EJBAccessException when the caller has no usable account bound to a tenant
   */
  public String requireTenantCode() {
    return account()
        .map(CallerAccount::tenantCode)
        .orElseThrow(() -> new EJBAccessException("Geen gemeente bij dit account"));
  }

  private Principal principal() {
    return securityContext.getCallerPrincipal();
  }
}
