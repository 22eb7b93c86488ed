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
import java.util.List;
import java.util.logging.Logger;
import nl.verbonden.shared.entity.TenantOwnedEntity;
import nl.verbonden.tenancy.entity.AppRole;
import nl.verbonden.tenancy.entity.CbsCode;
import nl.verbonden.tenancy.entity.Tenant;
import nl.verbonden.tenancy.entity.UserAccount;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Fills an empty database with the demo: two municipalities in the province of Utrecht, their
 * accounts (matching the demo user registry in liberty/config/users.xml) and their registers. A
 * database that holds any tenant is left alone. Switched off with the server variable {@code
 * demo.data=false}.
 */
@Singleton
@Startup
@PermitAll
@DependsOn("SchemaMigrator")
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class DemoDataLoader {

  private static final Logger LOG = Logger.getLogger(DemoDataLoader.class.getName());

  @PersistenceContext private EntityManager em;
  @Inject private DemoRegisterWriter registers;

  @Inject
  @ConfigProperty(name = "demo.data", defaultValue = "true")
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
    Tenant woudenberg = new Tenant(CbsCode.of("GM0351"), "Woudenberg");
    Tenant zeist = new Tenant(CbsCode.of("GM0355"), "Zeist");
    registers.write(
        null,
        List.of(
            woudenberg,
            zeist,
            new UserAccount("beheer", "Beheerder Shared Service Centre", AppRole.BEHEERDER, null),
            new UserAccount(
                "regisseur.woudenberg", "Sanne de Vries", AppRole.REGISSEUR, woudenberg),
            new UserAccount("raad.woudenberg", "Pieter Jansen", AppRole.RAADSLID, woudenberg),
            new UserAccount("regisseur.zeist", "Kees Bakker", AppRole.REGISSEUR, zeist),
            new UserAccount("raad.zeist", "Fatima El Amrani", AppRole.RAADSLID, zeist)));
    DemoRegisters.Register woudenbergRegister = DemoRegisters.woudenberg();
    DemoRegisters.Register zeistRegister = DemoRegisters.zeist();
    List<TenantOwnedEntity> woudenbergExtras =
        new java.util.ArrayList<>(DemoRoles.woudenberg(woudenbergRegister));
    woudenbergExtras.addAll(DemoAgreements.woudenberg(woudenbergRegister));
    woudenbergExtras.addAll(DemoPositions.woudenberg(woudenbergRegister));
    writeRegister(woudenberg.getCode(), woudenbergRegister, woudenbergExtras);
    writeRegister(zeist.getCode(), zeistRegister, DemoRoles.zeist(zeistRegister));
    LOG.info("Demo data loaded: tenants Woudenberg (GM0351) and Zeist (GM0355)");
  }

  /**
   * Saves a register with its people and role models, then a "party created" line in each party's
   * history (which needs the saved party's id).
   */
  private void writeRegister(
      String tenantCode, DemoRegisters.Register register, List<? extends TenantOwnedEntity> roles) {
    List<TenantOwnedEntity> all = new java.util.ArrayList<>(register.entities());
    all.addAll(roles);
    registers.write(tenantCode, all);
    registers.record(tenantCode, DemoRegisters.history(register.parties()));
  }
}
