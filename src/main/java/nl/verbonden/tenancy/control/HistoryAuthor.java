package nl.verbonden.tenancy.control;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import nl.verbonden.shared.entity.AuditListener;

/**
 * Who made a change, as the history shows it: the display name of the caller's account (the
 * person's name, not the login name), taken at the time of the change so that a later rename does
 * not rewrite the past; {@value AuditListener#SYSTEM} when no person did (start-up, demo data). The
 * history writers of tenancy, roles and agreements write it with every row.
 */
@Dependent
public class HistoryAuthor {

  @Inject private Caller caller;

  /** The caller's display name, their login name when they have no account, or "systeem". */
  public String name() {
    return caller.isAuthenticated() ? caller.getDisplayName() : AuditListener.SYSTEM;
  }
}
