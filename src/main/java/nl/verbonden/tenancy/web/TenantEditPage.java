package nl.verbonden.tenancy.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import nl.verbonden.shared.web.Messages;
import nl.verbonden.tenancy.boundary.TenantService;
import nl.verbonden.tenancy.entity.Tenant;

/** Beheer &gt; Gemeente: a new tenant, or the name of an existing one. */
@Named
@ViewScoped
public class TenantEditPage implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private TenantService service;

  private Long id;
  private Tenant tenant;

  public void load() {
    tenant = id == null ? new Tenant() : service.find(id);
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

  public Tenant getTenant() {
    return tenant;
  }
}
