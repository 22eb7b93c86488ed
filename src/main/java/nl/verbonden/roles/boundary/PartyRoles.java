package nl.verbonden.roles.boundary;

import java.io.Serializable;
import java.util.List;
import java.util.Map;
import nl.verbonden.register.entity.PartyRef;
import nl.verbonden.roles.entity.Finding;
import nl.verbonden.roles.entity.MunicipalRole;
import nl.verbonden.roles.entity.Office;
import nl.verbonden.roles.entity.RoleLevel;
import nl.verbonden.roles.entity.RolePlan;

/**
 * The saved role model of one party, ready to show: the plan (null when never walked through), its
 * version for stale-edit checks (-1 when none), what the checks found, and the offices to name the
 * holders by.
 */
public record PartyRoles(
    PartyRef party, RolePlan plan, long version, List<Finding> findings, Map<Long, Office> offices)
    implements Serializable {

  public boolean isWalkedThrough() {
    return plan != null;
  }

  public boolean isConflict() {
    return findings.stream().anyMatch(Finding::isConflict);
  }

  /** Held (true), not held (false), or not yet answered (null). */
  public Boolean held(MunicipalRole role) {
    return plan == null ? null : plan.answer(role).getHeld();
  }

  public Office holder(MunicipalRole role, RoleLevel level) {
    return plan == null ? null : RolePlan.holder(plan.answer(role), level, offices);
  }

  public String reason(MunicipalRole role) {
    return plan == null ? null : plan.answer(role).getReason();
  }

  public Office regisseur() {
    return plan == null || plan.getRegisseurOfficeId() == null
        ? null
        : offices.get(plan.getRegisseurOfficeId());
  }

  public List<RolePlan.Step> ladder() {
    return plan == null ? List.of() : plan.getLadder();
  }
}
