package nl.verbonden.roles.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import nl.verbonden.shared.entity.TenantOwnedEntity;

/**
 * One step of a party's escalation ladder: when an agreement is not met, who of the municipality
 * talks to whom of the party, within how many days, before the next level is reached.
 */
@Entity
@Table(name = "escalation_level")
public class EscalationLevel extends TenantOwnedEntity {

  private static final long serialVersionUID = 1L;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "governance_id", nullable = false)
  private PartyGovernance governance;

  /** 1 is the first level. */
  @Column(name = "position", nullable = false)
  private int position;

  @Column(name = "name", nullable = false, length = RolePlan.MAX_NAME)
  private String name;

  @Column(name = "our_side", nullable = false, length = RolePlan.MAX_NAME)
  private String ourSide;

  @Column(name = "their_side", nullable = false, length = RolePlan.MAX_NAME)
  private String theirSide;

  @Column(name = "within_days", nullable = false)
  private int withinDays;

  protected EscalationLevel() {}

  EscalationLevel(PartyGovernance governance, int position, RolePlan.Step step) {
    this.governance = governance;
    this.position = position;
    take(step);
  }

  void take(RolePlan.Step step) {
    this.name = step.getName();
    this.ourSide = step.getOurSide();
    this.theirSide = step.getTheirSide();
    this.withinDays = step.getWithinDays();
  }

  public int getPosition() {
    return position;
  }

  public String getName() {
    return name;
  }

  public String getOurSide() {
    return ourSide;
  }

  public String getTheirSide() {
    return theirSide;
  }

  public int getWithinDays() {
    return withinDays;
  }

  RolePlan.Step toStep() {
    RolePlan.Step step = new RolePlan.Step();
    step.setName(name);
    step.setOurSide(ourSide);
    step.setTheirSide(theirSide);
    step.setWithinDays(withinDays);
    return step;
  }
}
