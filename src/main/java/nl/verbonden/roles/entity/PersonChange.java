package nl.verbonden.roles.entity;

import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import nl.verbonden.shared.entity.HistoryEntry;
import nl.verbonden.shared.entity.TenantOwnedEntity;

/**
 * One line of the history of a person or one of their offices (the office as the line's subject). A
 * municipality's data. Written by {@code PersonHistoryWriter} alone; never changed or deleted.
 */
@Entity
@Table(name = "person_change")
@NamedQuery(
    name = PersonChange.OF_SUBJECT,
    query =
        "select c from PersonChange c where c.entry.subjectKind = :kind"
            + " and c.entry.subjectId = :id order by c.createdAt desc, c.id desc")
public class PersonChange extends TenantOwnedEntity {

  private static final long serialVersionUID = 1L;
  public static final String OF_SUBJECT = "PersonChange.ofSubject";

  @Embedded private HistoryEntry entry;

  protected PersonChange() {}

  public PersonChange(HistoryEntry entry) {
    this.entry = entry;
  }

  public HistoryEntry getEntry() {
    return entry;
  }
}
