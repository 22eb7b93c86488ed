package nl.verbonden.tenancy.control;

import static nl.verbonden.register.TestIds.withId;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import nl.verbonden.shared.entity.Changed;
import nl.verbonden.tenancy.entity.AppRole;
import nl.verbonden.tenancy.entity.CbsCode;
import nl.verbonden.tenancy.entity.TenancySubject;
import nl.verbonden.tenancy.entity.Tenant;
import nl.verbonden.tenancy.entity.UserAccount;
import org.junit.jupiter.api.Test;

/**
 * The history of accounts and municipalities: who was given which role for which municipality is
 * kept on both sides, the account and the municipality.
 */
class TenancyHistoryTest {

  private final Tenant zeist = withId(new Tenant(CbsCode.of("GM0355"), "Zeist"), 1L);
  private final Tenant woudenberg = withId(new Tenant(CbsCode.of("GM0351"), "Woudenberg"), 2L);

  private UserAccount account(AppRole role, Tenant tenant) {
    UserAccount account = new UserAccount("j.jansen", "Jan Jansen", role, tenant);
    return withId(account, 7L);
  }

  @Test
  void aNewAccountRecordsItsFieldsAndTheAccessItGives() {
    List<Changed> changes = TenancyHistory.accountCreated(account(AppRole.REGISSEUR, woudenberg));

    assertEquals(2, changes.size());
    Changed ofAccount = changes.get(0);
    assertEquals(TenancySubject.ACCOUNT, ofAccount.kind());
    assertEquals(7L, ofAccount.subjectId());
    assertEquals(
        List.of(
            new Changed.Line("account.displayName", null, null, "Jan Jansen"),
            new Changed.Line("account.role", null, null, "regisseur"),
            new Changed.Line("account.tenant", null, null, "Woudenberg (GM0351)"),
            new Changed.Line("history.active", null, null, "Ja")),
        ofAccount.lines());
    assertEquals(
        Changed.of(
            TenancySubject.TENANT,
            2L,
            "history.access.granted",
            "Jan Jansen (j.jansen)",
            null,
            "regisseur"),
        changes.get(1));
  }

  @Test
  void movingAnAccountToAnotherMunicipalityIsWithdrawnThereAndGrantedHere() {
    UserAccount account = account(AppRole.REGISSEUR, woudenberg);
    Map<String, Object> before = TenancyHistory.describe(account);
    TenancyHistory.Access accessBefore = TenancyHistory.Access.of(account);
    account.assign(AppRole.RAADSLID, zeist);

    List<Changed> changes = TenancyHistory.accountChanged(before, accessBefore, account);

    assertEquals(3, changes.size());
    assertEquals(
        List.of(
            new Changed.Line("account.role", null, "regisseur", "raadslid"),
            new Changed.Line("account.tenant", null, "Woudenberg (GM0351)", "Zeist (GM0355)")),
        changes.get(0).lines());
    assertEquals(
        Changed.of(
            TenancySubject.TENANT,
            2L,
            "history.access.withdrawn",
            "Jan Jansen (j.jansen)",
            "regisseur",
            null),
        changes.get(1));
    assertEquals(
        Changed.of(
            TenancySubject.TENANT,
            1L,
            "history.access.granted",
            "Jan Jansen (j.jansen)",
            null,
            "raadslid"),
        changes.get(2));
  }

  @Test
  void aRenameTouchesOnlyTheAccount() {
    UserAccount account = account(AppRole.REGISSEUR, woudenberg);
    Map<String, Object> before = TenancyHistory.describe(account);
    account.setDisplayName("Jan B. Jansen");

    List<Changed> changes =
        TenancyHistory.accountChanged(before, TenancyHistory.Access.of(account), account);

    assertEquals(1, changes.size());
    assertEquals(
        List.of(new Changed.Line("account.displayName", null, "Jan Jansen", "Jan B. Jansen")),
        changes.get(0).lines());
  }

  @Test
  void nothingChangedNothingRecorded() {
    UserAccount account = account(AppRole.BEHEERDER, null);
    Map<String, Object> before = TenancyHistory.describe(account);

    assertTrue(
        TenancyHistory.accountChanged(before, TenancyHistory.Access.of(account), account)
            .isEmpty());
  }

  @Test
  void deactivatingAMunicipalityIsALine() {
    Map<String, Object> before = TenancyHistory.describe(zeist);
    zeist.deactivate();

    Changed changed = TenancyHistory.tenantChanged(before, zeist);

    assertEquals(TenancySubject.TENANT, changed.kind());
    assertEquals(List.of(new Changed.Line("history.active", null, "Ja", "Nee")), changed.lines());
  }
}
