package nl.verbonden.roles.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import nl.verbonden.register.entity.Party;
import nl.verbonden.shared.entity.TenantOwnedEntity;

/**
 * One of the four roles towards one party, as last saved by the walkthrough: held by the
 * municipality (with its bestuurlijk and ambtelijk holder, either of which may still be missing: a
 * gap) or explicitly not held, with the reason. A party has at most one row per role.
 */
@Entity
@Table(name = "role_assignment")
@NamedQuery(
    name = RoleAssignment.OF_PARTY,
    query =
        "select a from RoleAssignment a left join fetch a.bestuurlijk b left join fetch b.person"
            + " left join fetch a.ambtelijk m left join fetch m.person where a.party.id = :party")
@NamedQuery(
    name = RoleAssignment.ALL,
    query =
        "select a from RoleAssignment a join fetch a.party left join fetch a.bestuurlijk b left join fetch b.person"
            + " left join fetch a.ambtelijk m left join fetch m.person")
@NamedQuery(
    name = RoleAssignment.CONFLICTED,
    query =
        "select g.party.id from RoleAssignment g, RoleAssignment e where g.party = e.party"
            + " and g.role = nl.verbonden.roles.entity.MunicipalRole.OPDRACHTGEVER and g.held = true"
            + " and e.role = nl.verbonden.roles.entity.MunicipalRole.EIGENAAR and e.held = true"
            + " and g.bestuurlijk.person = e.bestuurlijk.person and g.party.id in :parties")
public class RoleAssignment extends TenantOwnedEntity {

  private static final long serialVersionUID = 1L;
  public static final String OF_PARTY = "RoleAssignment.ofParty";
  public static final String ALL = "RoleAssignment.all";
  public static final String CONFLICTED = "RoleAssignment.conflicted";

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "party_id", nullable = false)
  private Party party;

  @Enumerated(EnumType.STRING)
  @Column(name = "role", nullable = false, length = 20)
  private MunicipalRole role;

  @Column(name = "held", nullable = false)
  private boolean held;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "bestuurlijk_office_id")
  private Office bestuurlijk;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "ambtelijk_office_id")
  private Office ambtelijk;

  @Column(name = "reason", length = RolePlan.MAX_TEXT)
  private String reason;

  protected RoleAssignment() {}

  public RoleAssignment(Party party, MunicipalRole role) {
    this.party = party;
    this.role = role;
  }

  /** Takes over a checked answer: the holders when held, the reason when not. */
  public void answer(boolean held, Office bestuurlijk, Office ambtelijk, String reason) {
    this.held = held;
    this.bestuurlijk = held ? bestuurlijk : null;
    this.ambtelijk = held ? ambtelijk : null;
    this.reason = held ? null : reason;
  }

  /**
   * Puts {@code to} where {@code from} holds this role, at either level.
   *
   * @return how many holders changed (0, 1 or 2)
   */
  public int handOver(Office from, Office to) {
    int changed = 0;
    if (from.equals(bestuurlijk)) {
      bestuurlijk = to;
      changed++;
    }
    if (from.equals(ambtelijk)) {
      ambtelijk = to;
      changed++;
    }
    return changed;
  }

  public Party getParty() {
    return party;
  }

  public MunicipalRole getRole() {
    return role;
  }

  public boolean isHeld() {
    return held;
  }

  public Office getBestuurlijk() {
    return bestuurlijk;
  }

  public Office getAmbtelijk() {
    return ambtelijk;
  }

  public String getReason() {
    return reason;
  }
}
