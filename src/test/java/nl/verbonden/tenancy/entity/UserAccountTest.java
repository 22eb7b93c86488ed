package nl.verbonden.tenancy.entity;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class UserAccountTest {

  private final Tenant woudenberg = new Tenant(CbsCode.of("GM0351"), "Woudenberg");

  @Test
  void aRegisseurAndARaadslidBelongToATenant() {
    assertThrows(
        IllegalArgumentException.class, () -> new UserAccount("r", "R", AppRole.REGISSEUR, null));
    assertThrows(
        IllegalArgumentException.class, () -> new UserAccount("r", "R", AppRole.RAADSLID, null));
    assertSame(woudenberg, new UserAccount("r", "R", AppRole.REGISSEUR, woudenberg).getTenant());
  }

  @Test
  void aBeheerderBelongsToNoTenant() {
    assertNull(new UserAccount("b", "B", AppRole.BEHEERDER, woudenberg).getTenant());
  }

  @Test
  void anAccountNeedsARole() {
    assertThrows(IllegalArgumentException.class, () -> new UserAccount("x", "X", null, woudenberg));
  }

  @Test
  void onlyAnActiveAccountOfAnActiveTenantIsUsable() {
    UserAccount account = new UserAccount("r", "R", AppRole.REGISSEUR, woudenberg);
    assertTrue(account.isUsable());
    woudenberg.deactivate();
    assertFalse(account.isUsable());
    woudenberg.activate();
    account.deactivate();
    assertFalse(account.isUsable());
  }
}
