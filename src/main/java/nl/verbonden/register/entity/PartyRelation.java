package nl.verbonden.register.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import nl.verbonden.shared.entity.DomainException;
import nl.verbonden.shared.entity.TenantOwnedEntity;

/**
 * A relation of a party with another party of the same register (partner, subcontractor, consortium
 * member, member of). Relations end rather than disappear: an ended relation keeps its dates. The
 * active relations make a party's network, which later gives its network position in the quadrant
 * matrix.
 */
@Entity
@Table(name = "party_relation")
@NamedQuery(
    name = PartyRelation.OF_PARTY,
    query =
        "select r from PartyRelation r join fetch r.party join fetch r.related"
            + " where r.party.id = :party or r.related.id = :party order by r.since desc")
public class PartyRelation extends TenantOwnedEntity {

  private static final long serialVersionUID = 1L;
  public static final String OF_PARTY = "PartyRelation.ofParty";

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "party_id", nullable = false)
  private Party party;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "related_party_id", nullable = false)
  private Party related;

  @NotNull
  @Enumerated(EnumType.STRING)
  @Column(name = "relation_type", nullable = false, length = 20)
  private RelationType type;

  @Column(name = "since")
  private LocalDate since;

  @Column(name = "until")
  private LocalDate until;

  @Size(max = 500)
  @Column(length = 500)
  private String note;

  protected PartyRelation() {}

  /**
   * @throws DomainException when a party would relate to itself, or the relation would end before
   *     it began
   */
  public PartyRelation(
      Party party, Party related, RelationType type, LocalDate since, String note) {
    if (party.equals(related)) {
      throw new DomainException("verbonden.relation.self", "relatiePartij");
    }
    if (type == null) {
      throw new DomainException("validation.required", "relatieType");
    }
    this.party = party;
    this.related = related;
    this.type = type;
    this.since = since;
    this.note = note == null || note.isBlank() ? null : note.strip();
  }

  /**
   * Ends the relation on the given day.
   *
   * @throws DomainException when it already ended, or the day lies before its start
   */
  public void end(LocalDate day) {
    if (until != null) {
      throw new DomainException("verbonden.relation.alreadyEnded", null);
    }
    if (since != null && day.isBefore(since)) {
      throw new DomainException("verbonden.relation.endBeforeStart", null);
    }
    this.until = day;
  }

  public boolean isActiveOn(LocalDate day) {
    return (since == null || !since.isAfter(day)) && (until == null || until.isAfter(day));
  }

  /**
   * Whether this relation joins the same two parties in the same way (in either direction for
   * partners).
   */
  public boolean sameAs(Party a, Party b, RelationType otherType) {
    if (type != otherType) {
      return false;
    }
    boolean forward = party.equals(a) && related.equals(b);
    boolean backward = party.equals(b) && related.equals(a);
    return forward
        || (type == RelationType.PARTNER || type == RelationType.CONSORTIUM_MEMBER) && backward;
  }

  public Party getParty() {
    return party;
  }

  public Party getRelated() {
    return related;
  }

  public RelationType getType() {
    return type;
  }

  public LocalDate getSince() {
    return since;
  }

  public LocalDate getUntil() {
    return until;
  }

  public String getNote() {
    return note;
  }
}
