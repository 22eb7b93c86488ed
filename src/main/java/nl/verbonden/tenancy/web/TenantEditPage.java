package nl.verbonden.tenancy.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import nl.verbonden.shared.web.Messages;
import nl.verbonden.tenancy.boundary.TenantService;
import nl.verbonden.tenancy.entity.TenancyChange;
import nl.verbonden.tenancy.entity.Tenant;

/**
 * Beheer &gt; Gemeente: a new tenant, or the name of an existing one with its history (who got or
 * lost access to it).
 */
@Named
@ViewScoped
public class TenantEditPage implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private TenantService service;

  private Long id;
  private Tenant tenant;
  private List<TenancyChange> history = List.of();

  public void load() {
    tenant = id == null ? new Tenant() : service.find(id);
    history = id == null ? List.of() : service.history(id);
  }

  public String save() {
    boolean isNew = tenant.isNew();
    tenant = isNew ? service.create(tenant) : service.update(tenant);
    Messages.info(isNew ? "tenant.created" : "tenant.saved", tenant.getName());
    return "tenants?faces-redirect=true";
  }

  public Long getId() {
    return id;
  }

  public void setId(Long id) {
    this.id = id;
  }

  public List<TenancyChange> getHistory() {
    return history;
  }

  public Tenant getTenant() {
    return tenant;
  }
}
