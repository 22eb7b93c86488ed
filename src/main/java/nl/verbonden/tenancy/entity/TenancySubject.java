package nl.verbonden.tenancy.entity;

import nl.verbonden.shared.entity.HistorySubject;

/** What in tenancy keeps a history: accounts and municipalities. */
public enum TenancySubject implements HistorySubject {
  /** A user account: name, e-mail, role, municipality, active. */
  ACCOUNT,
  /** A municipality: name, active, and who got or lost access to it. */
  TENANT
}
