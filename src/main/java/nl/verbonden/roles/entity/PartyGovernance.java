package nl.verbonden.roles.entity;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OneToOne;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import nl.verbonden.register.entity.Party;
import nl.verbonden.shared.entity.TenantOwnedEntity;

/**
 * How a party is governed from the municipality's side, as last saved by the walkthrough: its
 * regisseur (the ambtelijk opdrachtgever), the escalation ladder, the party's own management, and
 * the justification when the client/owner conflict was accepted. Its version guards the whole role
 * model of the party against stale edits.
 */
@Entity
@Table(name = "party_governance")
@NamedQuery(
    name = PartyGovernance.OF_PARTY,
    query =
        "select g from PartyGovernance g left join fetch g.regisseur r left join fetch r.person"
            + " where g.party.id = :party")
@NamedQuery(
    name = PartyGovernance.ALL,
    query =
        "select distinct g from PartyGovernance g left join fetch g.regisseur r left join fetch r.person"
            + " left join fetch g.ladder")
public class PartyGovernance extends TenantOwnedEntity {

  private static final long serialVersionUID = 1L;
  public static final String OF_PARTY = "PartyGovernance.ofParty";
  public static final String ALL = "PartyGovernance.all";

  @OneToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "party_id", nullable = false, unique = true)
  private Party party;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "regisseur_office_id")
  private Office regisseur;

  @Column(name = "conflict_justification", length = RolePlan.MAX_TEXT)
  private String conflictJustification;

  @Column(name = "party_director", length = RolePlan.MAX_NAME)
  private String partyDirector;

  @Column(name = "party_chair", length = RolePlan.MAX_NAME)
  private String partyChair;

  @OneToMany(mappedBy = "governance", cascade = CascadeType.ALL, orphanRemoval = true)
  @OrderBy("position")
  private List<EscalationLevel> ladder = new ArrayList<>();

  protected PartyGovernance() {}

  public PartyGovernance(Party party) {
    this.party = party;
  }

  /**
   * Takes over the checked plan's regisseur, management, justification and ladder. Levels are
   * changed in place and only the surplus removed: the database writes inserts before deletes, so
   * replacing level 1 by a new level 1 would collide on the unique (governance, position).
   */
  public void apply(RolePlan plan, Office regisseur, boolean conflict) {
    this.regisseur = regisseur;
    this.conflictJustification = conflict ? plan.getJustification() : null;
    this.partyDirector = plan.getPartyDirector();
    this.partyChair = plan.getPartyChair();
    List<RolePlan.Step> steps = plan.getLadder();
    for (int i = 0; i < steps.size(); i++) {
      if (i < ladder.size()) {
        ladder.get(i).take(steps.get(i));
      } else {
        ladder.add(new EscalationLevel(this, i + 1, steps.get(i)));
      }
    }
    while (ladder.size() > steps.size()) {
      ladder.remove(ladder.size() - 1);
    }
  }

  /**
   * Makes {@code to} the party's regisseur where {@code from} is.
   *
   * @return whether it changed
   */
  public boolean handOverRegisseur(Office from, Office to) {
    if (from.equals(regisseur)) {
      regisseur = to;
      return true;
    }
    return false;
  }

  /** The ladder as plan steps, for a plan that starts from what was saved. */
  public List<RolePlan.Step> ladderSteps() {
    return ladder.stream().map(EscalationLevel::toStep).toList();
  }

  public Party getParty() {
    return party;
  }

  public Office getRegisseur() {
    return regisseur;
  }

  public String getConflictJustification() {
    return conflictJustification;
  }

  public String getPartyDirector() {
    return partyDirector;
  }

  public String getPartyChair() {
    return partyChair;
  }

  public List<EscalationLevel> getLadder() {
    return Collections.unmodifiableList(ladder);
  }
}
