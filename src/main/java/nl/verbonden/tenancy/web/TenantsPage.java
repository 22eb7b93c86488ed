package nl.verbonden.tenancy.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import nl.verbonden.shared.web.Messages;
import nl.verbonden.tenancy.boundary.TenantService;
import nl.verbonden.tenancy.entity.Tenant;

/** Beheer &gt; Gemeenten: the tenants of this server. */
@Named
@ViewScoped
public class TenantsPage implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private TenantService service;

  private List<Tenant> tenants;

  public void load() {
    tenants = service.list();
  }

  public List<Tenant> getTenants() {
    return tenants;
  }

  public void deactivate(Tenant tenant) {
    service.deactivate(tenant.getId(), tenant.getVersion());
    Messages.info("tenant.deactivated", tenant.getName());
    load();
  }

  public void activate(Tenant tenant) {
    service.activate(tenant.getId(), tenant.getVersion());
    Messages.info("tenant.activated", tenant.getName());
    load();
  }
}
