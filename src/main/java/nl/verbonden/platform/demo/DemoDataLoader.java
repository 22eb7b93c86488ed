package nl.verbonden.platform.demo;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Logger;
import nl.verbonden.shared.entity.TenantOwnedEntity;
import nl.verbonden.tenancy.entity.Tenant;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Fills an empty database with the demo: the municipalities, their accounts (matching the demo user
 * registry in liberty/config/demo-users.xml) and their registers, read from the files under {@code
 * src/main/resources/demo/} (its README describes them) with every date taken relative to today on
 * the application's clock. A database that holds any tenant is left alone. Switched off with the
 * server variable {@code demo.data=false}.
 */
@Singleton
@Startup
@PermitAll
@DependsOn("SchemaMigrator")
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class DemoDataLoader {

  private static final Logger LOG = Logger.getLogger(DemoDataLoader.class.getName());

  @PersistenceContext private EntityManager em;
  @Inject private DemoRegisterWriter writer;
  @Inject private Clock clock;

  @Inject
  @ConfigProperty(name = "demo.data", defaultValue = "false")
  private boolean enabled;

  @PostConstruct
  void loadIntoEmptyDatabase() {
    if (!enabled) {
      LOG.info("Demo data switched off (demo.data=false)");
      return;
    }
    long tenants = em.createNamedQuery(Tenant.COUNT, Long.class).getSingleResult();
    if (tenants > 0) {
      LOG.info(() -> "Database holds " + tenants + " tenants: no demo data loaded");
      return;
    }
    LocalDate today = LocalDate.now(clock);
    DemoTenants demo = DemoTenants.read(today);
    writer.write(null, demo.tenantsAndAccounts());
    writer.write(null, demo.reminderSettings());
    for (DemoTenants.Municipality municipality : demo.municipalities()) {
      write(municipality, today);
    }
    LOG.info(() -> "Demo data loaded for " + today + ": " + demo.municipalities());
  }

  /**
   * Saves a municipality's register with its people, role models, positions and agreements, then,
   * with the indicators' ids, the measurements; then a "party created" line in each party's history
   * (which needs the saved party's id).
   */
  private void write(DemoTenants.Municipality municipality, LocalDate today) {
    String folder = municipality.folder();
    DemoRegisters.Register register =
        DemoRegisters.read(folder, municipality.tenant().getName(), today);
    List<TenantOwnedEntity> roles = DemoRoles.read(register, folder, today);
    DemoAgreements.Agreements agreements = DemoAgreements.read(register, roles, folder, today);
    List<TenantOwnedEntity> all = new ArrayList<>(register.entities());
    all.addAll(roles);
    all.addAll(agreements.entities());
    all.addAll(DemoPositions.read(register, folder, today));
    all.addAll(DemoCycle.read(register, folder, today));
    String tenantCode = municipality.tenant().getCode();
    writer.write(tenantCode, all, agreements::measurements);
    writer.record(tenantCode, DemoRegisters.history(register.parties()));
  }
}
