package nl.verbonden.tenancy.entity;

import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import nl.verbonden.shared.entity.AuditedEntity;
import nl.verbonden.shared.entity.HistoryEntry;
import nl.verbonden.shared.entity.HistoryRow;

/**
 * One line of the history of an account or a municipality: who gave whom which role for which
 * municipality, renamed or deactivated what. Not a municipality's data: only the beheerder reads
 * it. Written by {@code TenancyHistoryWriter} alone; never changed or deleted.
 */
@Entity
@Table(name = "tenancy_change")
public class TenancyChange extends AuditedEntity implements HistoryRow {

  private static final long serialVersionUID = 1L;

  @Embedded private HistoryEntry entry;

  protected TenancyChange() {}

  public TenancyChange(HistoryEntry entry) {
    this.entry = entry;
  }

  @Override
  public HistoryEntry getEntry() {
    return entry;
  }
}
