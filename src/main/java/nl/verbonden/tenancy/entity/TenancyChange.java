package nl.verbonden.tenancy.entity;

import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import nl.verbonden.shared.entity.AuditedEntity;
import nl.verbonden.shared.entity.HistoryEntry;

/**
 * One line of the history of an account or a municipality: who gave whom which role for which
 * municipality, renamed or deactivated what. Not a municipality's data: only the beheerder reads
 * it. Written by {@code TenancyHistoryWriter} alone; never changed or deleted.
 */
@Entity
@Table(name = "tenancy_change")
@NamedQuery(
    name = TenancyChange.OF_SUBJECT,
    query =
        "select c from TenancyChange c where c.entry.subjectKind = :kind"
            + " and c.entry.subjectId = :id order by c.createdAt desc, c.id desc")
public class TenancyChange extends AuditedEntity {

  private static final long serialVersionUID = 1L;
  public static final String OF_SUBJECT = "TenancyChange.ofSubject";

  @Embedded private HistoryEntry entry;

  protected TenancyChange() {}

  public TenancyChange(HistoryEntry entry) {
    this.entry = entry;
  }

  public HistoryEntry getEntry() {
    return entry;
  }
}
