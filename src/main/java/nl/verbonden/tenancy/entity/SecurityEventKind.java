package nl.verbonden.tenancy.entity;

/** What a security event records (decision 0013). The names are the log lines' {@code event}. */
public enum SecurityEventKind {
  /** A person logged in. */
  LOGIN,
  /** A login with a wrong login name or password. */
  LOGIN_FAILED,
  /** Too many failed logins: the login name or the address is locked for a while. */
  LOCKOUT,
  /** A login attempt refused without checking the password, because of a lock. */
  LOGIN_LOCKED,
  /** A login or logout form without the token of its session (login CSRF), or a bypassed form. */
  TOKEN_REFUSED,
  /** A person logged out. */
  LOGOUT,
  /** The beheerder lifted a lock. */
  LOCK_LIFTED,
  /** A request refused with 403: a page of another role, a denied service call. */
  ACCESS_REFUSED,
  /** A service call refused because the caller has no municipality (tenant scope). */
  TENANT_REFUSED,
  /** A user account created, changed, deactivated or activated. */
  ACCOUNT_CHANGED,
  /** A municipality created or changed. */
  TENANT_CHANGED,
  /** An API token made (decision 0030). */
  API_TOKEN_CREATED,
  /** An API token revoked. */
  API_TOKEN_REVOKED
}
