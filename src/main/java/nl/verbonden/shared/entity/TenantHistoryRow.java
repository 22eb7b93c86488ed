package nl.verbonden.shared.entity;

import jakarta.persistence.Embedded;
import jakarta.persistence.MappedSuperclass;

/**
 * Base of a history row of a municipality's data (an agreement's, a person's): the entry, under the
 * tenant of the change. Each component's history writer builds its own rows; never changed or
 * deleted.
 */
@MappedSuperclass
public abstract class TenantHistoryRow extends TenantOwnedEntity implements HistoryRow {

  private static final long serialVersionUID = 1L;

  @Embedded private HistoryEntry entry;

  protected TenantHistoryRow() {}

  protected TenantHistoryRow(HistoryEntry entry) {
    this.entry = entry;
  }

  @Override
  public HistoryEntry getEntry() {
    return entry;
  }
}
