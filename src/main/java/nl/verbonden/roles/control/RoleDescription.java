package nl.verbonden.roles.control;

import java.util.LinkedHashMap;
import java.util.Map;
import nl.verbonden.register.control.PartyHistory;
import nl.verbonden.roles.entity.MunicipalRole;
import nl.verbonden.roles.entity.Office;
import nl.verbonden.roles.entity.RolePlan;

/**
 * A role model as the lines of a party's history: one line per role ("bestuurlijk: …; ambtelijk: …"
 * or "niet belegd: reason"), the regisseur, the ladder, the management and the justification, keyed
 * by message key. Dutch, as the history is. Plain Java.
 */
public final class RoleDescription {

  private RoleDescription() {}

  public static Map<String, Object> of(RolePlan plan, Map<Long, Office> offices) {
    Map<String, Object> lines = new LinkedHashMap<>();
    for (MunicipalRole role : MunicipalRole.values()) {
      lines.put(
          PartyHistory.enumKey(role), plan == null ? null : answerText(plan.answer(role), offices));
    }
    lines.put(
        "roles.regisseur", plan == null ? null : office(plan.getRegisseurOfficeId(), offices));
    lines.put("roles.ladder", plan == null ? null : ladderText(plan));
    lines.put("roles.partyDirector", plan == null ? null : plan.getPartyDirector());
    lines.put("roles.partyChair", plan == null ? null : plan.getPartyChair());
    lines.put("roles.justification", plan == null ? null : plan.getJustification());
    return lines;
  }

  private static String ladderText(RolePlan plan) {
    StringBuilder text = new StringBuilder();
    int position = 1;
    for (RolePlan.Step step : plan.getLadder()) {
      if (position > 1) {
        text.append("; ");
      }
      text.append(position++)
          .append(". ")
          .append(step.getName())
          .append(": ")
          .append(step.getOurSide())
          .append(" ↔ ")
          .append(step.getTheirSide())
          .append(", ")
          .append(step.getWithinDays())
          .append(" dagen");
    }
    return text.toString();
  }

  private static String answerText(RolePlan.Answer answer, Map<Long, Office> offices) {
    if (answer.getHeld() == null) {
      return null;
    }
    if (!answer.getHeld()) {
      return "niet belegd: " + answer.getReason();
    }
    String bestuurlijk = office(answer.getBestuurlijkOfficeId(), offices);
    String ambtelijk = office(answer.getAmbtelijkOfficeId(), offices);
    return "bestuurlijk: "
        + (bestuurlijk == null ? "niemand" : bestuurlijk)
        + "; ambtelijk: "
        + (ambtelijk == null ? "niemand" : ambtelijk);
  }

  private static String office(Long id, Map<Long, Office> offices) {
    Office office = id == null ? null : offices.get(id);
    return office == null ? null : office.label();
  }
}
