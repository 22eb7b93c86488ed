package nl.verbonden.tenancy.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import java.util.List;
import nl.verbonden.shared.entity.HistoryEntry;
import nl.verbonden.tenancy.entity.AppRole;
import nl.verbonden.tenancy.entity.CbsCode;
import nl.verbonden.tenancy.entity.TenancyChange;
import nl.verbonden.tenancy.entity.Tenant;
import nl.verbonden.tenancy.entity.UserAccount;
import nl.verbonden.testsupport.HistoryLines;
import nl.verbonden.testsupport.InContainer;
import org.junit.jupiter.api.Test;

/**
 * The history of accounts and municipalities in the container: who gave whom which role for which
 * municipality is written with the beheerder's name (not the login name), on the account and on the
 * municipality; only the beheerder reads it.
 */
class TenancyHistoryIT extends InContainer {

  /** The demo beheerder's display name (demo/gebruikers.csv); the login is "beheer". */
  private static final String BEHEERDER = "Beheerder Shared Service Centre";

  @Inject private TenantService tenants;
  @Inject private UserAccountService accounts;

  private Tenant tenant(String code, String name) {
    return tenants.create(new Tenant(CbsCode.of(code), name));
  }

  @Test
  void movingAnAccountToAnotherMunicipalityIsKeptOnAllThreeWithTheBeheerdersName() {
    as.login("beheer");
    Tenant from = tenant("GM0632", "Woerden");
    Tenant to = tenant("GM0736", "De Ronde Venen");
    UserAccount created =
        accounts.create(
            new UserAccount("h.historie", "Hanna Historie", AppRole.RAADSLID, from), from.getId());

    UserAccount edited = accounts.find(created.getId());
    edited.setRole(AppRole.REGISSEUR);
    accounts.update(edited, to.getId());

    List<TenancyChange> ofAccount = accounts.history(created.getId());
    List<HistoryEntry> roles = HistoryLines.of(ofAccount, "account.role");
    assertEquals(2, roles.size(), "created, then changed: " + roles);
    HistoryEntry changed = roles.get(0);
    assertEquals("raadslid", changed.getOldValue());
    assertEquals("regisseur", changed.getNewValue());
    assertEquals(BEHEERDER, changed.getWho());
    HistoryEntry moved = HistoryLines.of(ofAccount, "account.tenant").get(0);
    assertEquals("Woerden (GM0632)", moved.getOldValue());
    assertEquals("De Ronde Venen (GM0736)", moved.getNewValue());
    assertEquals("beheer", ofAccount.get(0).getCreatedBy(), "the login stays in the audit column");

    HistoryEntry granted =
        HistoryLines.of(tenants.history(to.getId()), "history.access.granted").get(0);
    assertEquals("Hanna Historie (h.historie)", granted.getSubject());
    assertEquals("regisseur", granted.getNewValue());
    assertEquals(BEHEERDER, granted.getWho());
    List<TenancyChange> ofOld = tenants.history(from.getId());
    assertEquals(1, HistoryLines.of(ofOld, "history.access.granted").size());
    HistoryEntry withdrawn = HistoryLines.of(ofOld, "history.access.withdrawn").get(0);
    assertEquals("raadslid", withdrawn.getOldValue());
    assertEquals(BEHEERDER, withdrawn.getWho());
  }

  @Test
  void renamingAndDeactivatingAMunicipalityAreLinesOfItsHistory() {
    as.login("beheer");
    Tenant created = tenant("GM0589", "Oudewater");
    Tenant edited = tenants.find(created.getId());
    edited.setName("Gemeente Oudewater");
    Tenant saved = tenants.update(edited);
    tenants.deactivate(saved.getId(), saved.getVersion());

    List<TenancyChange> history = tenants.history(created.getId());
    HistoryEntry renamed = HistoryLines.of(history, "tenant.name").get(0);
    assertEquals("Oudewater", renamed.getOldValue());
    assertEquals("Gemeente Oudewater", renamed.getNewValue());
    assertEquals(BEHEERDER, renamed.getWho());
    HistoryEntry deactivated = HistoryLines.of(history, "history.active").get(0);
    assertEquals("Ja", deactivated.getOldValue());
    assertEquals("Nee", deactivated.getNewValue());
    assertEquals("history.active", history.get(0).getEntry().getFieldKey(), "newest first");
  }

  @Test
  void deactivatingAnAccountIsALineOfItsHistory() {
    as.login("beheer");
    UserAccount created =
        accounts.create(
            new UserAccount("d.historie", "Daan Historie", AppRole.BEHEERDER, null), null);
    accounts.deactivate(created.getId(), created.getVersion());

    HistoryEntry line = HistoryLines.of(accounts.history(created.getId()), "history.active").get(0);
    assertEquals("Nee", line.getNewValue());
    assertEquals(BEHEERDER, line.getWho());
  }

  @Test
  void aRaadslidOrRegisseurCannotReadTheHistoryOfAccountsOrMunicipalities() {
    Long account = accountId("raad.woudenberg");
    Long tenant = tenantId("GM0351");
    for (String user : List.of("raad.woudenberg", "regisseur.woudenberg")) {
      as.login(user);
      assertThrows(EJBAccessException.class, () -> accounts.history(account), user);
      assertThrows(EJBAccessException.class, () -> tenants.history(tenant), user);
      as.logout();
    }
    as.login("beheer");
    assertTrue(
        accounts.history(account).stream()
            .allMatch(c -> c.getEntry().getSubjectId().equals(account)),
        "the beheerder reads the account's own history");
  }

  private Long accountId(String login) {
    as.login("beheer");
    Long id =
        accounts.list().stream()
            .filter(a -> a.getLoginName().equals(login))
            .findFirst()
            .orElseThrow()
            .getId();
    as.logout();
    return id;
  }

  private Long tenantId(String code) {
    as.login("beheer");
    Long id =
        tenants.list().stream()
            .filter(t -> t.getCode().equals(code))
            .findFirst()
            .orElseThrow()
            .getId();
    as.logout();
    return id;
  }
}
