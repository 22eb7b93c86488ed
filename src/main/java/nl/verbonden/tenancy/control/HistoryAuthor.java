package nl.verbonden.tenancy.control;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;
import nl.verbonden.shared.entity.AuditListener;
import nl.verbonden.shared.entity.Changed;
import nl.verbonden.shared.entity.HistoryEntry;
import nl.verbonden.shared.entity.TenantOwnedEntity;

/**
 * Who made a change, as the history shows it: the display name of the caller's account (the
 * person's name, not the login name), taken at the time of the change so that a later rename does
 * not rewrite the past; {@value AuditListener#SYSTEM} when no person did (start-up, demo data). The
 * history writers of tenancy, roles and agreements turn {@link Changed} events into entries with
 * it.
 */
@Dependent
public class HistoryAuthor {

  @Inject private Caller caller;

  /** The caller's display name, their login name when they have no account, or "systeem". */
  public String name() {
    return caller.isAuthenticated() ? caller.getDisplayName() : AuditListener.SYSTEM;
  }

  /** The entries of a change, written by the caller. */
  public List<HistoryEntry> entries(Changed change) {
    return change.entries(name());
  }

  /**
   * The entries of a change of a municipality's data, written by the caller, in the caller's
   * persistence context.
   *
   * @throws IllegalStateException when that persistence context is bound to no tenant: the writer
   *     binds none of its own (as {@code PartyHistoryWriter})
   */
  public List<HistoryEntry> tenantEntries(EntityManager em, Changed change) {
    if (em.getProperties().get(TenantOwnedEntity.TENANT_PROPERTY) == null) {
      throw new IllegalStateException(
          "History of " + change.kind().name() + " " + change.subjectId() + " outside a tenant");
    }
    return entries(change);
  }
}
