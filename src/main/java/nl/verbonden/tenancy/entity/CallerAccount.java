package nl.verbonden.tenancy.entity;

import java.io.Serializable;

/**
 * What the application knows of the person behind the current request: a detached snapshot of the
 * account, read once per request.
 */
public record CallerAccount(
    String loginName,
    String displayName,
    AppRole role,
    String tenantCode,
    String tenantName,
    boolean usable)
    implements Serializable {

  public static CallerAccount of(UserAccount account) {
    Tenant tenant = account.getTenant();
    return new CallerAccount(
        account.getLoginName(),
        account.getDisplayName(),
        account.getRole(),
        tenant == null ? null : tenant.getCode(),
        tenant == null ? null : tenant.getName(),
        account.isUsable());
  }
}
