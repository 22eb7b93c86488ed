package nl.verbonden.register.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import nl.verbonden.shared.entity.TenantOwnedEntity;

/**
 * One line of a party's history: what changed (a field or a part of the party, by message key), its
 * old and new value as text. Who and when are the audit columns. Written by the register service
 * with every change; never changed or deleted.
 */
@Entity
@Table(name = "party_change")
@NamedQuery(
    name = PartyChange.OF_PARTY,
    query =
        "select c from PartyChange c where c.partyId = :party order by c.createdAt desc, c.id desc")
public class PartyChange extends TenantOwnedEntity {

  private static final long serialVersionUID = 1L;
  public static final String OF_PARTY = "PartyChange.ofParty";
  static final int MAX_VALUE = 1000;

  @Column(name = "party_id", nullable = false, updatable = false)
  private Long partyId;

  /** The message key of what changed, e.g. {@code party.name} or {@code participant.added}. */
  @Column(name = "field_key", nullable = false, updatable = false, length = 100)
  private String fieldKey;

  /** An extra label, e.g. the year and kind of changed figures or the name of a participant. */
  @Column(name = "subject", updatable = false, length = 200)
  private String subject;

  @Column(name = "old_value", updatable = false, length = MAX_VALUE)
  private String oldValue;

  @Column(name = "new_value", updatable = false, length = MAX_VALUE)
  private String newValue;

  protected PartyChange() {}

  public PartyChange(
      Long partyId, String fieldKey, String subject, String oldValue, String newValue) {
    this.partyId = partyId;
    this.fieldKey = fieldKey;
    this.subject = subject;
    this.oldValue = cut(oldValue);
    this.newValue = cut(newValue);
  }

  private static String cut(String value) {
    return value == null || value.length() <= MAX_VALUE
        ? value
        : value.substring(0, MAX_VALUE - 1) + "…";
  }

  public Long getPartyId() {
    return partyId;
  }

  public String getFieldKey() {
    return fieldKey;
  }

  public String getSubject() {
    return subject;
  }

  public String getOldValue() {
    return oldValue;
  }

  public String getNewValue() {
    return newValue;
  }
}
