package nl.verbonden.agreements.entity;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import nl.verbonden.shared.entity.HistoryEntry;
import nl.verbonden.shared.entity.TenantHistoryRow;

/**
 * One line of the history of an agreement or one of its indicators (the indicator's name is the
 * line's subject). A municipality's data. Written by {@code AgreementHistoryWriter} alone; never
 * changed or deleted.
 */
@Entity
@Table(name = "agreement_change")
public class AgreementChange extends TenantHistoryRow {

  private static final long serialVersionUID = 1L;

  protected AgreementChange() {}

  public AgreementChange(HistoryEntry entry) {
    super(entry);
  }
}
