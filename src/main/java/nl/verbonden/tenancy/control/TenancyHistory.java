package nl.verbonden.tenancy.control;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.verbonden.shared.control.HistoryText;
import nl.verbonden.shared.control.MessageBundle;
import nl.verbonden.shared.entity.Changed;
import nl.verbonden.tenancy.entity.AppRole;
import nl.verbonden.tenancy.entity.TenancySubject;
import nl.verbonden.tenancy.entity.Tenant;
import nl.verbonden.tenancy.entity.UserAccount;

/**
 * What the history of accounts and municipalities records: the fields of each, by their Dutch
 * labels, and who got or lost access to which municipality in which role. Plain Java.
 */
public final class TenancyHistory {

  private TenancyHistory() {}

  /** Which municipality an account gives access to, in which role; no tenant for a beheerder. */
  public record Access(Long tenantId, AppRole role) {

    public static Access of(UserAccount account) {
      Tenant tenant = account.getTenant();
      return new Access(tenant == null ? null : tenant.getId(), account.getRole());
    }
  }

  /** An account's fields as the history compares them. */
  public static Map<String, Object> describe(UserAccount account) {
    Map<String, Object> fields = new LinkedHashMap<>();
    fields.put("account.displayName", account.getDisplayName());
    fields.put("account.email", account.getEmail());
    fields.put("account.role", roleText(account.getRole()));
    fields.put("account.tenant", tenantText(account.getTenant()));
    fields.put("history.active", account.isActive());
    return fields;
  }

  /** A municipality's fields as the history compares them. */
  public static Map<String, Object> describe(Tenant tenant) {
    Map<String, Object> fields = new LinkedHashMap<>();
    fields.put("tenant.name", tenant.getName());
    fields.put("history.active", tenant.isActive());
    return fields;
  }

  /** A new account: every field it got, and the access it gives. */
  public static List<Changed> accountCreated(UserAccount account) {
    return accountChanged(Map.of(), new Access(null, null), account);
  }

  /**
   * The change of an account, and when it gives access to another municipality or in another role:
   * a line "toegang ingetrokken" in the history of the municipality it no longer gives access to
   * and "toegang gegeven" in that of the one it now does, naming the account and the role.
   *
   * @param before the account's fields before the change ({@link #describe(UserAccount)})
   * @param accessBefore the access it gave before the change
   * @param after the account as saved
   */
  public static List<Changed> accountChanged(
      Map<String, Object> before, Access accessBefore, UserAccount after) {
    List<Changed> changes = new ArrayList<>();
    changes.add(
        HistoryText.changed(TenancySubject.ACCOUNT, after.getId(), null, before, describe(after)));
    Access accessAfter = Access.of(after);
    if (!accessAfter.equals(accessBefore)) {
      String who = after.getDisplayName() + " (" + after.getLoginName() + ")";
      if (accessBefore.tenantId() != null) {
        changes.add(
            HistoryText.event(
                TenancySubject.TENANT,
                accessBefore.tenantId(),
                "history.access.withdrawn",
                who,
                roleText(accessBefore.role()),
                null));
      }
      if (accessAfter.tenantId() != null) {
        changes.add(
            HistoryText.event(
                TenancySubject.TENANT,
                accessAfter.tenantId(),
                "history.access.granted",
                who,
                null,
                roleText(accessAfter.role())));
      }
    }
    changes.removeIf(Changed::isEmpty);
    return changes;
  }

  /** The change of a municipality: every field that differs. */
  public static Changed tenantChanged(Map<String, Object> before, Tenant after) {
    return HistoryText.changed(TenancySubject.TENANT, after.getId(), null, before, describe(after));
  }

  /** A role as the pages name it: beheerder, regisseur, raadslid. */
  private static String roleText(AppRole role) {
    return role == null ? null : MessageBundle.text(MessageBundle.DUTCH, "role." + role.roleName());
  }

  private static String tenantText(Tenant tenant) {
    return tenant == null ? null : tenant.getName() + " (" + tenant.getCode() + ")";
  }
}
