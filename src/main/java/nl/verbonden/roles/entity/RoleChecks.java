package nl.verbonden.roles.entity;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import nl.verbonden.register.entity.PartyRef;

/**
 * The checks of a party's role model (docs/domain.md, "The four roles"): the client/owner conflict
 * and the gaps. The same checks run for one party, for the walkthrough's review and over the whole
 * register. Plain Java.
 */
public final class RoleChecks {

  private RoleChecks() {}

  /**
   * Everything found at one party, conflicts first.
   *
   * @param plan the saved (or reviewed) role model, or null when it was never walked through
   * @param offices the tenant's offices by id
   * @param today the day against which terms are judged
   */
  public static List<Finding> check(
      PartyRef party, RolePlan plan, Map<Long, Office> offices, LocalDate today) {
    List<Finding> found = new ArrayList<>();
    if (plan == null) {
      found.add(new Finding(party, FindingKind.NOT_WALKED_THROUGH, null, null, null, null));
      return found;
    }
    if (plan.hasConflict(offices)) {
      Office holder =
          RolePlan.holder(plan.answer(MunicipalRole.OPDRACHTGEVER), RoleLevel.BESTUURLIJK, offices);
      found.add(
          new Finding(
              party,
              FindingKind.CONFLICT,
              null,
              RoleLevel.BESTUURLIJK,
              holder.getPerson().getName(),
              RolePlan.clean(plan.getJustification())));
    }
    for (MunicipalRole role : MunicipalRole.values()) {
      RolePlan.Answer answer = plan.answer(role);
      if (!Boolean.TRUE.equals(answer.getHeld())) {
        continue;
      }
      for (RoleLevel level : RoleLevel.values()) {
        Office holder = RolePlan.holder(answer, level, offices);
        if (holder == null) {
          found.add(new Finding(party, FindingKind.NO_HOLDER, role, level, null, null));
        } else if (holder.hasEndedBy(today)) {
          found.add(new Finding(party, FindingKind.TERM_ENDED, role, level, holder.label(), null));
        }
      }
    }
    Office regisseur =
        plan.getRegisseurOfficeId() == null ? null : offices.get(plan.getRegisseurOfficeId());
    if (regisseur == null) {
      found.add(new Finding(party, FindingKind.NO_REGISSEUR, null, null, null, null));
    } else if (regisseur.hasEndedBy(today)) {
      found.add(
          new Finding(
              party, FindingKind.TERM_ENDED, null, RoleLevel.AMBTELIJK, regisseur.label(), null));
    }
    if (plan.getLadder().isEmpty()) {
      found.add(new Finding(party, FindingKind.NO_LADDER, null, null, null, null));
    }
    return found;
  }
}
