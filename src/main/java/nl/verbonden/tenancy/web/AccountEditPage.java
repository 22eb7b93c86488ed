package nl.verbonden.tenancy.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import nl.verbonden.shared.web.Messages;
import nl.verbonden.tenancy.boundary.TenantService;
import nl.verbonden.tenancy.boundary.UserAccountService;
import nl.verbonden.tenancy.entity.AppRole;
import nl.verbonden.tenancy.entity.TenancyChange;
import nl.verbonden.tenancy.entity.Tenant;
import nl.verbonden.tenancy.entity.UserAccount;

/**
 * Beheer &gt; Gebruiker: a new account, or the name, role and municipality of an existing one with
 * its history.
 */
@Named
@ViewScoped
public class AccountEditPage implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private UserAccountService service;
  @Inject private TenantService tenants;

  private Long id;
  private UserAccount account;
  private Long tenantId;
  private List<Tenant> tenantChoices;
  private List<TenancyChange> history = List.of();

  public void load() {
    account = id == null ? new UserAccount() : service.find(id);
    tenantId = account.getTenant() == null ? null : account.getTenant().getId();
    tenantChoices = tenants.list();
    history = id == null ? List.of() : service.history(id);
  }

  public String save() {
    boolean isNew = account.isNew();
    account = isNew ? service.create(account, tenantId) : service.update(account, tenantId);
    Messages.info(isNew ? "account.created" : "account.saved", account.getLoginName());
    return "accounts?faces-redirect=true";
  }

  public AppRole[] getRoles() {
    return AppRole.values();
  }

  public List<TenancyChange> getHistory() {
    return history;
  }

  public List<Tenant> getTenantChoices() {
    return tenantChoices;
  }

  public Long getId() {
    return id;
  }

  public void setId(Long id) {
    this.id = id;
  }

  public UserAccount getAccount() {
    return account;
  }

  public Long getTenantId() {
    return tenantId;
  }

  public void setTenantId(Long tenantId) {
    this.tenantId = tenantId;
  }
}
