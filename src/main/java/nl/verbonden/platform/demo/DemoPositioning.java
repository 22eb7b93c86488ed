package nl.verbonden.platform.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.verbonden.positioning.entity.DecisionBody;
import nl.verbonden.positioning.entity.MilestoneStatus;
import nl.verbonden.positioning.entity.PartnerRole;
import nl.verbonden.positioning.entity.PositioningOption;
import nl.verbonden.positioning.entity.PositioningQuestion;
import nl.verbonden.positioning.entity.Principle;
import nl.verbonden.positioning.entity.QuestionStatus;
import nl.verbonden.positioning.entity.RoleDivision;
import nl.verbonden.positioning.entity.RoleHolder;
import nl.verbonden.positioning.entity.Score;
import nl.verbonden.quadrants.entity.RelationPosition;
import nl.verbonden.quadrants.entity.SteeringModel;
import nl.verbonden.register.entity.LegalForm;
import nl.verbonden.register.entity.Party;
import nl.verbonden.shared.control.CsvTable;
import nl.verbonden.shared.entity.AuditedEntity;
import nl.verbonden.shared.entity.TenantOwnedEntity;

/**
 * Reads a demo municipality's positioning questions (issue 17): {@code positionering.csv} (the
 * question, with the days it went to weging and uitvoering), {@code uitgangspunten.csv}, {@code
 * opties.csv} (with the role division and, for the options that fell off, why), {@code scores.csv},
 * {@code planning.csv} and {@code besluiten.csv}. The questions are saved first; the decision is
 * taken once they are (a question refers to its chosen option), and, as the service does, a
 * prospective chosen party enters the register with this year's target quadrant and target steering
 * model.
 */
final class DemoPositioning {

  private final List<PositioningQuestion> questions = new ArrayList<>();
  private final List<Runnable> decisions = new ArrayList<>();
  private final List<AuditedEntity> created = new ArrayList<>();
  private final List<Party> createdParties = new ArrayList<>();

  private DemoPositioning() {}

  /**
   * @throws IllegalStateException when a file is missing, does not read, or names an unknown
   *     question, option, principle or party
   */
  static DemoPositioning read(DemoRegisters.Register register, String folder, LocalDate today) {
    DemoPositioning demo = new DemoPositioning();
    if (DemoPositioning.class.getResource("/demo/" + folder + "/positionering.csv") == null) {
      return demo; // a municipality without positioning questions
    }
    Map<String, PositioningQuestion> byTask = new LinkedHashMap<>();
    Map<String, LocalDate[]> moves = new LinkedHashMap<>();
    DemoFile file = DemoFile.read(folder + "/positionering.csv", today);
    for (CsvTable.Row row : file.rows()) {
      String task = file.required(row, "taak");
      PositioningQuestion q =
          PositioningQuestion.open(
              task,
              file.required(row, "vraag"),
              DemoFile.optional(row, "inleiding"),
              DemoFile.optional(row, "stuurgroep"),
              file.date(row, "gestart"),
              today);
      LocalDate weighing = file.optionalDate(row, "weging_vanaf");
      if (weighing != null) {
        q.moveTo(QuestionStatus.WEGING, weighing, null, today);
      }
      moves.put(task, new LocalDate[] {file.optionalDate(row, "uitvoering_vanaf")});
      byTask.put(task, q);
    }
    DemoFile principles = DemoFile.read(folder + "/uitgangspunten.csv", today);
    for (CsvTable.Row row : principles.rows()) {
      of(byTask, principles.required(row, "taak"))
          .addPrinciple(
              principles.required(row, "groep"),
              principles.required(row, "uitgangspunt"),
              DemoFile.optional(row, "toelichting"),
              principles.number(row, "gewicht"));
    }
    DemoFile options = DemoFile.read(folder + "/opties.csv", today);
    for (CsvTable.Row row : options.rows()) {
      PositioningQuestion q = of(byTask, options.required(row, "taak"));
      Map<PartnerRole, RoleHolder> roles = new EnumMap<>(PartnerRole.class);
      for (PartnerRole r : PartnerRole.values()) {
        roles.put(
            r, options.code(row, r.name().toLowerCase(java.util.Locale.ROOT), RoleHolder.class));
      }
      String partyName = DemoFile.optional(row, "partij");
      String prospective = DemoFile.optional(row, "nieuwe_partij");
      PositioningOption o = q.addOption();
      o.describe(
          options.required(row, "titel"),
          DemoFile.optional(row, "omschrijving"),
          partyName == null ? null : register.require(partyName),
          prospective,
          prospective == null ? null : options.code(row, "rechtsvorm", LegalForm.class),
          options.code(row, "sturingsmodel", SteeringModel.class),
          RoleDivision.of(roles),
          DemoFile.optional(row, "risicos"));
      String rejected = DemoFile.optional(row, "afgevallen");
      if (rejected != null) {
        demo.reasons.put(o, rejected);
      }
    }
    DemoFile scores = DemoFile.read(folder + "/scores.csv", today);
    for (CsvTable.Row row : scores.rows()) {
      PositioningQuestion q = of(byTask, scores.required(row, "taak"));
      option(q, scores.required(row, "optie"))
          .score(
              principle(q, scores.required(row, "uitgangspunt")),
              scores.code(row, "score", Score.class),
              DemoFile.optional(row, "argument"));
    }
    DemoFile planning = DemoFile.read(folder + "/planning.csv", today);
    for (CsvTable.Row row : planning.rows()) {
      of(byTask, planning.required(row, "taak"))
          .addMilestone(
              planning.required(row, "wat"),
              planning.date(row, "wanneer"),
              DemoFile.optional(row, "wanneer_tekst"),
              planning.code(row, "status", MilestoneStatus.class));
    }
    DemoFile decided = DemoFile.read(folder + "/besluiten.csv", today);
    for (CsvTable.Row row : decided.rows()) {
      String task = decided.required(row, "taak");
      PositioningQuestion q = of(byTask, task);
      PositioningOption chosen = option(q, decided.required(row, "optie"));
      String rationale = decided.required(row, "onderbouwing");
      DecisionBody body = decided.code(row, "besloten_door", DecisionBody.class);
      LocalDate on = decided.date(row, "besloten_op");
      LocalDate implementing = moves.get(task)[0];
      demo.decisions.add(() -> demo.decide(q, chosen, rationale, body, on, implementing, today));
    }
    demo.questions.addAll(byTask.values());
    return demo;
  }

  private final Map<PositioningOption, String> reasons = new LinkedHashMap<>();

  private void decide(
      PositioningQuestion q,
      PositioningOption chosen,
      String rationale,
      DecisionBody body,
      LocalDate on,
      LocalDate implementing,
      LocalDate today) {
    q.decide(chosen, rationale, body, on, reasons, today);
    Party party = chosen.getParty();
    if (party == null) {
      party = new Party(chosen.getProspectiveName(), chosen.getProspectiveLegalForm(), null);
      party.checkAndDerive();
      q.chosenIs(party);
      created.add(party);
      createdParties.add(party);
    }
    RelationPosition position = new RelationPosition(party, today.getYear());
    position.aimAt(chosen.impliedQuadrant(), q.getTask());
    position.steer(null, chosen.getModel());
    created.add(position);
    if (implementing != null) {
      q.moveTo(QuestionStatus.UITVOERING, implementing, null, today);
    }
  }

  /** The questions, with their principles, options, scores and planning, to save first. */
  List<TenantOwnedEntity> questions() {
    return List.copyOf(questions);
  }

  /**
   * Takes the decisions on the saved questions and gives what they add (the chosen party, its
   * position) to save after them.
   */
  List<AuditedEntity> decide() {
    decisions.forEach(Runnable::run);
    return List.copyOf(created);
  }

  /** The parties the decisions added to the register (saved once {@link #decide} ran). */
  List<Party> createdParties() {
    return List.copyOf(createdParties);
  }

  private static PositioningQuestion of(Map<String, PositioningQuestion> byTask, String task) {
    PositioningQuestion q = byTask.get(task);
    if (q == null) {
      throw new IllegalStateException("Unknown positioning question: " + task);
    }
    return q;
  }

  private static PositioningOption option(PositioningQuestion q, String title) {
    return q.getOptions().stream()
        .filter(o -> o.getTitle().equals(title))
        .findFirst()
        .orElseThrow(() -> new IllegalStateException("Unknown option: " + title));
  }

  private static Principle principle(PositioningQuestion q, String name) {
    return q.getPrinciples().stream()
        .filter(p -> p.getName().equals(name))
        .findFirst()
        .orElseThrow(() -> new IllegalStateException("Unknown principle: " + name));
  }
}
