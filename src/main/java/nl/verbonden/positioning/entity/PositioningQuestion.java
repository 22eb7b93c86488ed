package nl.verbonden.positioning.entity;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import nl.verbonden.shared.entity.DomainException;
import nl.verbonden.shared.entity.TenantOwnedEntity;

/**
 * A positioning question (positioneringsvraagstuk, seed 002): before the municipality places a task
 * with a party, it states its principles, weighs options against them, chooses one (a steering
 * model and a role division), and plans the steps. Its status goes verkenning, weging, besluit,
 * uitvoering, afgerond; every change is kept.
 */
@Entity
@Table(name = "positioning_question")
@NamedQuery(
    name = PositioningQuestion.ALL,
    query = "select q from PositioningQuestion q order by q.startedOn desc, q.id desc")
public class PositioningQuestion extends TenantOwnedEntity {

  private static final long serialVersionUID = 1L;
  public static final String ALL = "PositioningQuestion.all";
  public static final int MAX_TASK = 200;
  public static final int MAX_TEXT = 4000;

  @Column(name = "task", nullable = false, length = MAX_TASK)
  private String task;

  @Column(name = "question", nullable = false, length = MAX_TEXT)
  private String question;

  @Column(name = "introduction", length = MAX_TEXT)
  private String introduction;

  @Column(name = "steering_group", length = 1000)
  private String steeringGroup;

  @Enumerated(EnumType.STRING)
  @Column(name = "status", nullable = false, length = 20)
  private QuestionStatus status = QuestionStatus.VERKENNING;

  @Column(name = "started_on", nullable = false)
  private LocalDate startedOn;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "chosen_option_id")
  private PositioningOption chosen;

  @Column(name = "decision_rationale", length = MAX_TEXT)
  private String rationale;

  @Enumerated(EnumType.STRING)
  @Column(name = "decided_by", length = 20)
  private DecisionBody decidedBy;

  @Column(name = "decided_on")
  private LocalDate decidedOn;

  @OneToMany(mappedBy = "question", cascade = CascadeType.ALL, orphanRemoval = true)
  @OrderBy("id")
  private List<Principle> principles = new ArrayList<>();

  @OneToMany(mappedBy = "question", cascade = CascadeType.ALL, orphanRemoval = true)
  @OrderBy("id")
  private List<PositioningOption> options = new ArrayList<>();

  @OneToMany(mappedBy = "question", cascade = CascadeType.ALL, orphanRemoval = true)
  @OrderBy("due, id")
  private List<Milestone> milestones = new ArrayList<>();

  @OneToMany(mappedBy = "question", cascade = CascadeType.PERSIST)
  @OrderBy("id")
  private List<StatusChange> history = new ArrayList<>();

  protected PositioningQuestion() {}

  /**
   * A new question, in verkenning from {@code startedOn}.
   *
   * @throws DomainException at the field that is wrong
   */
  public static PositioningQuestion open(
      String task,
      String question,
      String introduction,
      String steeringGroup,
      LocalDate startedOn,
      LocalDate today) {
    PositioningQuestion q = new PositioningQuestion();
    q.describe(task, question, introduction, steeringGroup, startedOn, today);
    q.history.add(new StatusChange(q, null, QuestionStatus.VERKENNING, q.startedOn, null));
    return q;
  }

  /**
   * @throws DomainException at the field that is wrong: no task, question or start, a start after
   *     today, a text too long
   */
  public void describe(
      String task,
      String question,
      String introduction,
      String steeringGroup,
      LocalDate startedOn,
      LocalDate today) {
    String t = Texts.required(task, MAX_TASK, "taak");
    String q = Texts.required(question, MAX_TEXT, "vraag");
    String i = Texts.optional(introduction, MAX_TEXT, "inleiding");
    String s = Texts.optional(steeringGroup, 1000, "stuurgroep");
    if (startedOn == null) {
      throw new DomainException("validation.required", "gestart");
    }
    if (startedOn.isAfter(today)) {
      throw new DomainException("verbonden.positioning.future", "gestart");
    }
    this.task = t;
    this.question = q;
    this.introduction = i;
    this.steeringGroup = s;
    this.startedOn = startedOn;
  }

  /**
   * Moves the question to another status, with the day and a note in its history.
   *
   * @throws DomainException when the status is missing or the same, the day lies after today, or
   *     the note is too long
   */
  public StatusChange moveTo(QuestionStatus to, LocalDate on, String note, LocalDate today) {
    if (to == null) {
      throw new DomainException("validation.required", "status");
    }
    if (to == status) {
      throw new DomainException("verbonden.positioning.sameStatus", "status");
    }
    if (on == null) {
      throw new DomainException("validation.required", "statusdatum");
    }
    if (on.isAfter(today)) {
      throw new DomainException("verbonden.positioning.future", "statusdatum");
    }
    String n = Texts.optional(note, StatusChange.MAX_NOTE, "statusnotitie");
    StatusChange change = new StatusChange(this, status, to, on, n);
    history.add(change);
    status = to;
    return change;
  }

  public Principle addPrinciple(String group, String name, String explanation, Integer weight) {
    Principle p = new Principle(this);
    p.describe(group, name, explanation, weight);
    principles.add(p);
    return p;
  }

  /** Removes a principle with its scores. */
  public void removePrinciple(Principle principle) {
    options.forEach(o -> o.dropScoresOn(principle));
    principles.remove(principle);
  }

  public PositioningOption addOption() {
    PositioningOption o = new PositioningOption(this);
    options.add(o);
    return o;
  }

  /**
   * @throws DomainException when the option is the chosen one
   */
  public void removeOption(PositioningOption option) {
    if (option == chosen) {
      throw new DomainException("verbonden.positioning.chosenStays", null);
    }
    options.remove(option);
  }

  public Milestone addMilestone(
      String what, LocalDate due, String whenText, MilestoneStatus status) {
    Milestone m = new Milestone(this);
    m.plan(what, due, whenText, status);
    milestones.add(m);
    return m;
  }

  public void removeMilestone(Milestone milestone) {
    milestones.remove(milestone);
  }

  /**
   * Chooses an option: with its rationale, who decided and when; every other option falls off
   * ("afgevallen") with its reason (from {@code reasons}, else the reason it already had). The
   * question moves to besluit if it was not there yet.
   *
   * @throws DomainException at the field that is wrong: no option of this question, no rationale,
   *     body or day, a day after today; a form-level message naming the option that has no reason
   */
  public void decide(
      PositioningOption option,
      String rationale,
      DecisionBody body,
      LocalDate on,
      Map<PositioningOption, String> reasons,
      LocalDate today) {
    if (option == null || !options.contains(option)) {
      throw new DomainException("verbonden.positioning.chooseOption", "keuze");
    }
    String r = Texts.required(rationale, MAX_TEXT, "onderbouwing");
    if (body == null) {
      throw new DomainException("validation.required", "besluitDoor");
    }
    if (on == null) {
      throw new DomainException("validation.required", "besluitDatum");
    }
    if (on.isAfter(today)) {
      throw new DomainException("verbonden.positioning.future", "besluitDatum");
    }
    for (PositioningOption other : options) {
      if (other == option) {
        continue;
      }
      String given = reasons == null ? null : reasons.get(other);
      String reason =
          Texts.optional(
              given != null ? given : other.getRejectedReason(),
              PositioningOption.MAX_TEXT,
              "afgevallen");
      if (reason == null) {
        throw new DomainException("verbonden.positioning.reasonMissing", null, other.getTitle());
      }
      other.reject(reason);
    }
    option.reject(null);
    this.chosen = option;
    this.rationale = r;
    this.decidedBy = body;
    this.decidedOn = on;
    if (status == QuestionStatus.VERKENNING || status == QuestionStatus.WEGING) {
      moveTo(QuestionStatus.BESLUIT, on, null, today);
    }
  }

  /** Links the chosen option to the party the decision made or found in the register. */
  public void chosenIs(nl.verbonden.register.entity.Party party) {
    chosen.setParty(party);
  }

  /** The weighing of the options against the principles, as it stands. */
  public Weighing weighing() {
    return Weighing.of(this);
  }

  public Principle principle(Long id) {
    return principles.stream()
        .filter(p -> p.getId().equals(id))
        .findFirst()
        .orElseThrow(() -> new nl.verbonden.shared.entity.NotFoundException(Principle.class, id));
  }

  public PositioningOption option(Long id) {
    return options.stream()
        .filter(p -> p.getId().equals(id))
        .findFirst()
        .orElseThrow(
            () -> new nl.verbonden.shared.entity.NotFoundException(PositioningOption.class, id));
  }

  public Milestone milestone(Long id) {
    return milestones.stream()
        .filter(p -> p.getId().equals(id))
        .findFirst()
        .orElseThrow(() -> new nl.verbonden.shared.entity.NotFoundException(Milestone.class, id));
  }

  /** The names of the principle groups, in the order they first appear. */
  public List<String> groups() {
    return principles.stream().map(Principle::getGroupName).distinct().toList();
  }

  public String getTask() {
    return task;
  }

  public String getQuestion() {
    return question;
  }

  public String getIntroduction() {
    return introduction;
  }

  public String getSteeringGroup() {
    return steeringGroup;
  }

  public QuestionStatus getStatus() {
    return status;
  }

  public LocalDate getStartedOn() {
    return startedOn;
  }

  public PositioningOption getChosen() {
    return chosen;
  }

  public String getRationale() {
    return rationale;
  }

  public DecisionBody getDecidedBy() {
    return decidedBy;
  }

  public LocalDate getDecidedOn() {
    return decidedOn;
  }

  public List<Principle> getPrinciples() {
    return Collections.unmodifiableList(principles);
  }

  public List<PositioningOption> getOptions() {
    return Collections.unmodifiableList(options);
  }

  public List<Milestone> getMilestones() {
    return Collections.unmodifiableList(milestones);
  }

  public List<StatusChange> getHistory() {
    return Collections.unmodifiableList(history);
  }
}
