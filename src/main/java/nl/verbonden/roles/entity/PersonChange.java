package nl.verbonden.roles.entity;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import nl.verbonden.shared.entity.HistoryEntry;
import nl.verbonden.shared.entity.TenantHistoryRow;

/**
 * One line of the history of a person or one of their offices (the office as the line's subject). A
 * municipality's data. Written by {@code PersonHistoryWriter} alone; never changed or deleted.
 */
@Entity
@Table(name = "person_change")
public class PersonChange extends TenantHistoryRow {

  private static final long serialVersionUID = 1L;

  protected PersonChange() {}

  public PersonChange(HistoryEntry entry) {
    super(entry);
  }
}
