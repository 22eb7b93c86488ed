package nl.verbonden.positioning.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptors;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import nl.verbonden.positioning.entity.DecisionBody;
import nl.verbonden.positioning.entity.Milestone;
import nl.verbonden.positioning.entity.MilestoneStatus;
import nl.verbonden.positioning.entity.PartnerRole;
import nl.verbonden.positioning.entity.PositioningOption;
import nl.verbonden.positioning.entity.PositioningQuestion;
import nl.verbonden.positioning.entity.QuestionStatus;
import nl.verbonden.positioning.entity.RoleDivision;
import nl.verbonden.positioning.entity.Score;
import nl.verbonden.quadrants.boundary.QuadrantService;
import nl.verbonden.register.boundary.PartyService;
import nl.verbonden.register.control.PartyHistory;
import nl.verbonden.register.entity.Party;
import nl.verbonden.register.entity.PartyChanged;
import nl.verbonden.register.entity.PartyRef;
import nl.verbonden.roles.entity.MunicipalRole;
import nl.verbonden.shared.control.Entities;
import nl.verbonden.tenancy.control.TenantScope;
import nl.verbonden.tenancy.entity.AppRole;

/**
 * The positioning questions of the caller's municipality, for its regisseurs: the question and its
 * status (with history), principles, options, scores, planning, and the decision, which creates or
 * finds the chosen party in the register and gives its relation the target quadrant and target
 * steering model the option implies. Everything is found through the question, so an id of another
 * municipality is {@code NotFoundException} before anything is read or written.
 */
@Stateless
@RolesAllowed(AppRole.Names.REGISSEUR)
@Interceptors(TenantScope.class)
public class PositioningService {

  @Inject private Clock clock;
  @PersistenceContext private EntityManager em;
  @Inject private PartyService parties;
  @Inject private QuadrantService quadrants;
  @Inject private Event<PartyChanged> partyChanged;

  private LocalDate today() {
    return LocalDate.now(clock);
  }

  public List<PositioningQuestion> list() {
    return em.createNamedQuery(PositioningQuestion.ALL, PositioningQuestion.class).getResultList();
  }

  /**
   * A question with its principles, options (with scores and party), planning and history loaded.
   *
   * @throws nl.verbonden.shared.entity.NotFoundException when the caller's municipality has no such
   *     question
   */
  public PositioningQuestion find(Long id) {
    return loaded(question(id));
  }

  public Long open(
      String task, String question, String introduction, String steeringGroup, LocalDate start) {
    PositioningQuestion q =
        PositioningQuestion.open(task, question, introduction, steeringGroup, start, today());
    em.persist(q);
    Entities.flush(em, PositioningQuestion.class, null);
    return q.getId();
  }

  public void describe(
      Long id,
      String task,
      String question,
      String introduction,
      String steeringGroup,
      LocalDate start) {
    question(id).describe(task, question, introduction, steeringGroup, start, today());
    Entities.flush(em, PositioningQuestion.class, id);
  }

  public void moveTo(Long id, QuestionStatus status, LocalDate on, String note) {
    question(id).moveTo(status, on, note, today());
    Entities.flush(em, PositioningQuestion.class, id);
  }

  public Long addPrinciple(Long id, String group, String name, String explanation, Integer weight) {
    var p = question(id).addPrinciple(group, name, explanation, weight);
    Entities.flush(em, PositioningQuestion.class, id);
    return p.getId();
  }

  public void editPrinciple(
      Long id, Long principleId, String group, String name, String explanation, Integer weight) {
    question(id).principle(principleId).describe(group, name, explanation, weight);
    Entities.flush(em, PositioningQuestion.class, id);
  }

  public void removePrinciple(Long id, Long principleId) {
    PositioningQuestion q = question(id);
    q.removePrinciple(q.principle(principleId));
    Entities.flush(em, PositioningQuestion.class, id);
  }

  public Long addOption(Long id, OptionInput input) {
    PositioningQuestion q = question(id);
    PositioningOption o = q.addOption();
    apply(o, input);
    Entities.flush(em, PositioningQuestion.class, id);
    return o.getId();
  }

  public void editOption(Long id, Long optionId, OptionInput input) {
    apply(question(id).option(optionId), input);
    Entities.flush(em, PositioningQuestion.class, id);
  }

  public void removeOption(Long id, Long optionId) {
    PositioningQuestion q = question(id);
    q.removeOption(q.option(optionId));
    Entities.flush(em, PositioningQuestion.class, id);
  }

  public void score(Long id, Long optionId, Long principleId, Score score, String argument) {
    PositioningQuestion q = question(id);
    q.option(optionId).score(q.principle(principleId), score, argument);
    Entities.flush(em, PositioningQuestion.class, id);
  }

  public Long addMilestone(
      Long id, String what, LocalDate due, String whenText, MilestoneStatus status) {
    Milestone m = question(id).addMilestone(what, due, whenText, status);
    Entities.flush(em, PositioningQuestion.class, id);
    return m.getId();
  }

  public void markMilestone(Long id, Long milestoneId, MilestoneStatus status) {
    question(id).milestone(milestoneId).mark(status);
    Entities.flush(em, PositioningQuestion.class, id);
  }

  public void removeMilestone(Long id, Long milestoneId) {
    PositioningQuestion q = question(id);
    q.removeMilestone(q.milestone(milestoneId));
    Entities.flush(em, PositioningQuestion.class, id);
  }

  /**
   * Decides the question for an option; the other options fall off with their reasons. The chosen
   * option's party is taken from the register, or created there (a prospective party; one of the
   * same name in the register is used instead); its relation gets this year's target quadrant and
   * target steering model from the option; its history says so.
   *
   * @return the chosen party's id, for the position page and the four-role walkthrough
   * @throws nl.verbonden.shared.entity.DomainException at the field that is wrong; nothing is saved
   */
  public Long decide(
      Long id,
      Long optionId,
      String rationale,
      DecisionBody body,
      LocalDate on,
      Map<Long, String> reasons) {
    PositioningQuestion q = question(id);
    PositioningOption option =
        optionId == null
            ? null
            : q.getOptions().stream()
                .filter(o -> o.getId().equals(optionId))
                .findFirst()
                .orElse(null);
    Map<PositioningOption, String> byOption = new java.util.HashMap<>();
    for (PositioningOption o : q.getOptions()) {
      if (reasons != null && reasons.get(o.getId()) != null) {
        byOption.put(o, reasons.get(o.getId()));
      }
    }
    q.decide(option, rationale, body, on, byOption, today());
    Party party = option.getParty();
    if (party == null) {
      party =
          em.createQuery("select p from Party p where lower(p.name) = :name", Party.class)
              .setParameter("name", option.getProspectiveName().toLowerCase(java.util.Locale.ROOT))
              .getResultStream()
              .findFirst()
              .orElse(null);
      if (party == null) {
        party =
            parties.create(
                new Party(option.getProspectiveName(), option.getProspectiveLegalForm(), null));
      }
      q.chosenIs(party);
    }
    Entities.flush(em, PositioningQuestion.class, id);
    int year = today().getYear();
    quadrants.aim(party.getId(), year, option.impliedQuadrant(), q.getTask());
    quadrants.steer(
        party.getId(), year, quadrants.position(party.getId(), year).model(), option.getModel());
    partyChanged.fire(
        PartyHistory.event(
            party.getId(), "history.positioning.decided", q.getTask(), null, option.getTitle()));
    return party.getId();
  }

  /** The roles of the four-role model the municipality holds in the chosen option. */
  public List<MunicipalRole> municipalRoles(Long id) {
    PositioningOption chosen = question(id).getChosen();
    return chosen == null ? List.of() : municipalRoles(chosen.getRoles());
  }

  public static List<MunicipalRole> municipalRoles(RoleDivision roles) {
    List<MunicipalRole> held = new ArrayList<>();
    for (PartnerRole r : PartnerRole.values()) {
      if (r.fourRole() != null && roles.holder(r).municipality()) {
        held.add(r.fourRole());
      }
    }
    return held;
  }

  /** Steps of every question's planning whose day has passed and that are not done. */
  public List<OverdueMilestone> overdueMilestones() {
    return em
        .createNamedQuery(Milestone.OPEN_DUE_BEFORE, Milestone.class)
        .setParameter("day", today())
        .getResultList()
        .stream()
        .map(
            m ->
                new OverdueMilestone(
                    m.getQuestion().getId(), m.getQuestion().getTask(), m.getWhat(), m.getDue()))
        .toList();
  }

  public List<PartyRef> partyChoices() {
    return parties.choices();
  }

  // --- Helpers

  private PositioningQuestion question(Long id) {
    return Entities.findOrThrow(em, PositioningQuestion.class, id);
  }

  private void apply(PositioningOption option, OptionInput in) {
    Party party = in.partyId() == null ? null : parties.find(in.partyId());
    option.describe(
        in.title(),
        in.description(),
        party,
        in.prospectiveName(),
        in.prospectiveLegalForm(),
        in.model(),
        RoleDivision.of(in.roles() == null ? Map.of() : in.roles()),
        in.risks());
  }

  static PositioningQuestion loaded(PositioningQuestion q) {
    q.getPrinciples().size();
    q.getMilestones().size();
    q.getHistory().size();
    for (PositioningOption o : q.getOptions()) {
      o.getScores().size();
      if (o.getParty() != null) {
        o.getParty().getName();
      }
    }
    return q;
  }
}
