package nl.verbonden.tenancy.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.EJBAccessException;
import jakarta.ejb.EJBException;
import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolationException;
import nl.verbonden.shared.entity.DomainException;
import nl.verbonden.shared.entity.StaleEditException;
import nl.verbonden.tenancy.entity.AppRole;
import nl.verbonden.tenancy.entity.CbsCode;
import nl.verbonden.tenancy.entity.Tenant;
import nl.verbonden.tenancy.entity.UserAccount;
import nl.verbonden.testsupport.InContainer;
import org.junit.jupiter.api.Test;

/**
 * Tenants and accounts: only the beheerder manages them; every rule refuses bad input and saves
 * nothing half.
 */
class TenantAdministrationIT extends InContainer {

  @Inject private TenantService tenants;
  @Inject private UserAccountService accounts;

  @Test
  void beheerderCreatesATenantOnce() {
    as.login("beheer");
    Tenant bunnik = tenants.create(new Tenant(CbsCode.of("GM0312"), "Bunnik"));
    assertTrue(tenants.list().stream().anyMatch(t -> t.getCode().equals("GM0312")));
    assertTrue(bunnik.isActive());
    DomainException again =
        assertThrows(
            DomainException.class,
            () -> tenants.create(new Tenant(CbsCode.of("GM0312"), "Bunnik")));
    assertEquals("code", again.field());
    assertEquals("verbonden.tenant.codeTaken", again.messageKey());
  }

  @Test
  void anInvalidCbsCodeIsRefusedByTheService() {
    as.login("beheer");
    Tenant bad = new Tenant();
    bad.setCode("GM12");
    bad.setName("Nergenshuizen");
    EJBException refused = assertThrows(EJBException.class, () -> tenants.create(bad));
    assertTrue(causedBy(refused, ConstraintViolationException.class));
    assertTrue(tenants.list().stream().noneMatch(t -> t.getName().equals("Nergenshuizen")));
  }

  @Test
  void aNameThatIsTooLongIsRefused() {
    as.login("beheer");
    Tenant tooLong = new Tenant(CbsCode.of("GM0310"), "x".repeat(101));
    assertThrows(EJBException.class, () -> tenants.create(tooLong));
  }

  @Test
  void aStaleTenantEditOverwritesNothing() {
    as.login("beheer");
    Tenant created = tenants.create(new Tenant(CbsCode.of("GM0345"), "Veenendaal"));
    Tenant first = tenants.find(created.getId());
    Tenant second = tenants.find(created.getId());
    first.setName("Gemeente Veenendaal");
    tenants.update(first);
    second.setName("Veenendaal (oud)");
    assertThrows(StaleEditException.class, () -> tenants.update(second));
    assertEquals("Gemeente Veenendaal", tenants.find(created.getId()).getName());
  }

  @Test
  void deactivatingATenantKeepsIt() {
    as.login("beheer");
    Tenant created = tenants.create(new Tenant(CbsCode.of("GM1581"), "Utrechtse Heuvelrug"));
    Tenant deactivated = tenants.deactivate(created.getId(), created.getVersion());
    assertFalse(deactivated.isActive());
    assertFalse(tenants.find(created.getId()).isActive());
    assertThrows(
        StaleEditException.class, () -> tenants.activate(created.getId(), created.getVersion()));
  }

  @Test
  void aRegisseurCannotManageTenants() {
    as.login("regisseur.woudenberg");
    assertThrows(EJBAccessException.class, () -> tenants.list());
    assertThrows(
        EJBAccessException.class, () -> tenants.create(new Tenant(CbsCode.of("GM0355"), "Zeist")));
  }

  @Test
  void aRaadslidCannotManageAccounts() {
    as.login("raad.zeist");
    assertThrows(EJBAccessException.class, () -> accounts.list());
  }

  @Test
  void aRegisseurAccountNeedsATenantAndABeheerderHasNone() {
    as.login("beheer");
    UserAccount regisseur = new UserAccount();
    regisseur.setLoginName("nieuwe.regisseur");
    regisseur.setDisplayName("Nieuwe Regisseur");
    regisseur.setRole(AppRole.REGISSEUR);
    DomainException noTenant =
        assertThrows(DomainException.class, () -> accounts.create(regisseur, null));
    assertEquals("tenant", noTenant.field());

    Long zeist =
        tenants.list().stream()
            .filter(t -> t.getCode().equals("GM0355"))
            .findFirst()
            .orElseThrow()
            .getId();
    UserAccount beheerder = new UserAccount();
    beheerder.setLoginName("tweede.beheerder");
    beheerder.setDisplayName("Tweede Beheerder");
    beheerder.setRole(AppRole.BEHEERDER);
    UserAccount saved = accounts.create(beheerder, zeist);
    assertNull(saved.getTenant());
  }

  @Test
  void aLoginNameIsUnique() {
    as.login("beheer");
    UserAccount duplicate = new UserAccount();
    duplicate.setLoginName("regisseur.zeist");
    duplicate.setDisplayName("Dubbel");
    duplicate.setRole(AppRole.BEHEERDER);
    DomainException taken =
        assertThrows(DomainException.class, () -> accounts.create(duplicate, null));
    assertEquals("loginName", taken.field());
  }

  private static boolean causedBy(Throwable t, Class<? extends Throwable> type) {
    for (Throwable c = t; c != null; c = c.getCause()) {
      if (type.isInstance(c)) {
        return true;
      }
    }
    return false;
  }
}
