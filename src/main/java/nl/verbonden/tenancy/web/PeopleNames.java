package nl.verbonden.tenancy.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Map;
import nl.verbonden.tenancy.control.AccountDirectory;
import nl.verbonden.tenancy.control.Caller;
import nl.verbonden.tenancy.entity.CallerAccount;

/**
 * People, not logins: pages that list who did something (histories, escalation logs, publications,
 * the security log) show the person's display name through {@code #{people.name(login)}}, and the
 * login only on hover for the beheerder ({@code #{people.hover(login)}}). The names of the caller's
 * municipality and the beheerders are read once per request, in one query. A login without an
 * account (the system, a removed account) is shown as it is.
 */
@Named("people")
@RequestScoped
public class PeopleNames {

  @Inject private Caller caller;
  @Inject private AccountDirectory directory;

  private Map<String, String> names;

  /** The person's name for a login, or the login itself when no account has it. */
  public String name(String login) {
    if (login == null) {
      return "";
    }
    if (names == null) {
      String tenant =
          caller.isBeheerder() ? null : caller.account().map(CallerAccount::tenantCode).orElse("");
      names = directory.displayNames(tenant);
    }
    return names.getOrDefault(login, login);
  }

  /** The login, as a hover text for the beheerder; {@code null} (no title) for everyone else. */
  public String hover(String login) {
    return caller.isBeheerder() && login != null ? login : null;
  }
}
