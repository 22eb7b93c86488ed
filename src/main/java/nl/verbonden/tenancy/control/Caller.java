package nl.verbonden.tenancy.control;

import jakarta.ejb.EJBAccessException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import java.security.Principal;
import java.util.Optional;
import nl.verbonden.tenancy.entity.AppRole;
import nl.verbonden.tenancy.entity.CallerAccount;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * The person behind the current request, decided on the server from the authenticated principal and
 * the account, never from a request parameter. The account is read once per request.
 */
@Named("caller")
@RequestScoped
public class Caller {

  @Inject private SecurityContext securityContext;
  @Inject private AccountDirectory directory;
  @Inject @Any private Instance<MachineCallers> machines;

  private Optional<CallerAccount> account;
  private JsonWebToken bearer;
  private String accountOf;

  public boolean isAuthenticated() {
    return principal() != null;
  }

  public String getLoginName() {
    Principal principal = principal();
    return principal == null ? null : principal.getName();
  }

  /**
   * The caller's account (read once per request and login), when it exists, is active (with an
   * active tenant) and the user registry grants exactly the account's role.
   */
  public Optional<CallerAccount> account() {
    String login = getLoginName();
    if (account == null || !java.util.Objects.equals(login, accountOf)) {
      accountOf = login;
      account =
          login == null
              ? Optional.empty()
              : machineAccount()
                  .or(() -> directory.byLoginName(login))
                  .filter(CallerAccount::usable)
                  .filter(this::registryGrantsExactly);
    }
    return account;
  }

  /**
   * The request's bearer token, as the web container authenticated it ({@code
   * HttpServletRequest.getUserPrincipal()}): Liberty's security context names the caller by its
   * principal name and need not hand out the token itself. Only the token of the authenticated
   * caller is taken.
   */
  public void authenticatedBy(JsonWebToken token) {
    if (token != null && java.util.Objects.equals(token.getName(), getLoginName())) {
      bearer = token;
      account = null;
    }
  }

  /**
   * The account of a machine caller: when a bearer token authenticated the request and a component
   * recognises it as its own (decision 0030).
   */
  private Optional<CallerAccount> machineAccount() {
    Optional<JsonWebToken> token =
        principal() instanceof JsonWebToken jwt
            ? Optional.of(jwt)
            : bearer != null
                ? Optional.of(bearer)
                : securityContext.getPrincipalsByType(JsonWebToken.class).stream().findFirst();
    if (token.isEmpty()) {
      return Optional.empty();
    }
    for (MachineCallers machine : machines) {
      Optional<CallerAccount> found = machine.account(token.get());
      if (found.isPresent()) {
        return found;
      }
    }
    return Optional.empty();
  }

  /**
   * The user registry must grant the account's role and no other role of the application: a person
   * with more groups than their account's role is refused, so that a group membership never widens
   * what the account allows.
   */
  private boolean registryGrantsExactly(CallerAccount account) {
    for (AppRole role : AppRole.values()) {
      if (securityContext.isCallerInRole(role.roleName()) != (role == account.role())) {
        return false;
      }
    }
    return true;
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
