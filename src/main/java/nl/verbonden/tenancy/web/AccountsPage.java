package nl.verbonden.tenancy.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import nl.verbonden.shared.web.Messages;
import nl.verbonden.tenancy.boundary.UserAccountService;
import nl.verbonden.tenancy.entity.UserAccount;

/** Beheer &gt; Gebruikers: who may use Verbonden. */
@Named
@ViewScoped
public class AccountsPage implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private UserAccountService service;

  private List<UserAccount> accounts;

  public void load() {
    accounts = service.list();
  }

  public List<UserAccount> getAccounts() {
    return accounts;
  }

  public void deactivate(UserAccount account) {
    service.deactivate(account.getId(), account.getVersion());
    Messages.info("account.deactivated", account.getLoginName());
    load();
  }

  public void activate(UserAccount account) {
    service.activate(account.getId(), account.getVersion());
    Messages.info("account.activated", account.getLoginName());
    load();
  }
}
