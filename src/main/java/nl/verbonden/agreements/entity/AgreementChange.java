package nl.verbonden.agreements.entity;

import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import nl.verbonden.shared.entity.HistoryEntry;
import nl.verbonden.shared.entity.TenantOwnedEntity;

/**
 * One line of the history of an agreement or one of its indicators (the indicator's name is the
 * line's subject). A municipality's data. Written by {@code AgreementHistoryWriter} alone; never
 * changed or deleted.
 */
@Entity
@Table(name = "agreement_change")
@NamedQuery(
    name = AgreementChange.OF_SUBJECT,
    query =
        "select c from AgreementChange c where c.entry.subjectKind = :kind"
            + " and c.entry.subjectId = :id order by c.createdAt desc, c.id desc")
public class AgreementChange extends TenantOwnedEntity {

  private static final long serialVersionUID = 1L;
  public static final String OF_SUBJECT = "AgreementChange.ofSubject";

  @Embedded private HistoryEntry entry;

  protected AgreementChange() {}

  public AgreementChange(HistoryEntry entry) {
    this.entry = entry;
  }

  public HistoryEntry getEntry() {
    return entry;
  }
}
