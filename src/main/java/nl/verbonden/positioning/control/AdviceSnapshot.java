package nl.verbonden.positioning.control;

import java.util.ArrayList;
import java.util.List;
import nl.verbonden.positioning.control.AdviceData.Decision;
import nl.verbonden.positioning.control.AdviceData.MilestoneRow;
import nl.verbonden.positioning.control.AdviceData.OptionEntry;
import nl.verbonden.positioning.control.AdviceData.PrincipleGroup;
import nl.verbonden.positioning.control.AdviceData.PrincipleRow;
import nl.verbonden.positioning.control.AdviceData.RoleRow;
import nl.verbonden.positioning.control.AdviceData.ScoreCell;
import nl.verbonden.positioning.entity.Milestone;
import nl.verbonden.positioning.entity.OptionScore;
import nl.verbonden.positioning.entity.PartnerRole;
import nl.verbonden.positioning.entity.PositioningOption;
import nl.verbonden.positioning.entity.PositioningQuestion;
import nl.verbonden.positioning.entity.Principle;
import nl.verbonden.positioning.entity.Weighing;
import nl.verbonden.shared.control.DutchFormat;
import nl.verbonden.shared.control.HistoryText;
import nl.verbonden.shared.control.MessageBundle;

/** Turns a loaded question into the frozen Dutch data of its advice (plain Java). */
public final class AdviceSnapshot {

  private AdviceSnapshot() {}

  public static AdviceData of(
      PositioningQuestion q, String tenantCode, String municipality, java.time.LocalDate today) {
    List<PrincipleGroup> groups = new ArrayList<>();
    for (String g : q.groups()) {
      groups.add(
          new PrincipleGroup(
              g,
              q.getPrinciples().stream()
                  .filter(p -> p.getGroupName().equals(g))
                  .map(p -> new PrincipleRow(p.getName(), p.getExplanation(), p.getWeight()))
                  .toList()));
    }
    List<Principle> principles = q.getPrinciples();
    Weighing weighing = q.weighing();
    List<OptionEntry> options = new ArrayList<>();
    for (Weighing.Row row : weighing.rows()) {
      PositioningOption o = row.option();
      List<RoleRow> roles = new ArrayList<>();
      for (PartnerRole r : PartnerRole.values()) {
        roles.add(new RoleRow(text(r), text(o.getRoles().holder(r))));
      }
      List<ScoreCell> scores = new ArrayList<>();
      for (Principle p : principles) {
        OptionScore s = o.scoreOn(p).orElse(null);
        scores.add(
            s == null
                ? new ScoreCell("·", null)
                : new ScoreCell(s.getScore().sign(), s.getArgument()));
      }
      options.add(
          new OptionEntry(
              o.getTitle(),
              o.getDescription(),
              o.partyName(),
              text(o.getModel()),
              o.impliedQuadrant().number() + " " + text(o.impliedQuadrant()),
              roles,
              o.getRisks(),
              scores,
              row.total(),
              row.percent(),
              row.rank(),
              row.findings().stream().map(AdviceSnapshot::text).toList(),
              o.isChosen(),
              o.getRejectedReason()));
    }
    PositioningOption chosen = q.getChosen();
    Decision decision =
        chosen == null
            ? null
            : new Decision(
                chosen.getTitle(),
                chosen.partyName(),
                text(chosen.getModel()),
                chosen.impliedQuadrant().number() + " " + text(chosen.impliedQuadrant()),
                q.getRationale(),
                text(q.getDecidedBy()).toLowerCase(java.util.Locale.ROOT),
                DutchFormat.date(q.getDecidedOn()));
    List<MilestoneRow> planning = new ArrayList<>();
    for (Milestone m : q.getMilestones()) {
      planning.add(
          new MilestoneRow(
              m.getWhat(),
              m.when(DutchFormat::date),
              m.overdue(today) ? text(m.getStatus()) + " (te laat)" : text(m.getStatus())));
    }
    return new AdviceData(
        tenantCode,
        municipality,
        DutchFormat.date(today),
        q.getTask(),
        q.getQuestion(),
        q.getIntroduction(),
        q.getSteeringGroup(),
        text(q.getStatus()).toLowerCase(java.util.Locale.ROOT),
        DutchFormat.date(q.getStartedOn()),
        groups,
        principles.stream().map(Principle::getName).toList(),
        options,
        decision,
        planning);
  }

  private static String text(Enum<?> value) {
    return MessageBundle.text(MessageBundle.DUTCH, HistoryText.enumKey(value));
  }

  private static String text(String key) {
    return MessageBundle.text(MessageBundle.DUTCH, key);
  }
}
