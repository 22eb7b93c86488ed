package nl.verbonden.positioning.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.verbonden.positioning.boundary.AdviceService;
import nl.verbonden.positioning.boundary.PositioningService;
import nl.verbonden.positioning.entity.AdviceListing;
import nl.verbonden.positioning.entity.DecisionBody;
import nl.verbonden.positioning.entity.MilestoneStatus;
import nl.verbonden.positioning.entity.PositioningOption;
import nl.verbonden.positioning.entity.PositioningQuestion;
import nl.verbonden.positioning.entity.QuestionStatus;
import nl.verbonden.positioning.entity.Weighing;
import nl.verbonden.roles.entity.MunicipalRole;
import nl.verbonden.shared.web.Messages;

/**
 * Positionering &gt; Vraagstuk: the question and its status with history, the principles in their
 * groups, the options with what does not fit, the decision (with the links to the chosen party's
 * position and the four-role walkthrough), the planning, and the advice.
 */
@Named
@ViewScoped
public class QuestionPage implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private Clock clock;
  @Inject private PositioningService service;
  @Inject private AdviceService advice;

  private Long id;
  private PositioningQuestion question;
  private Weighing weighing;
  private List<MunicipalRole> municipalRoles;
  private List<AdviceListing> published;

  // the question's facts
  private String task;
  private String text;
  private String introduction;
  private String steeringGroup;
  private LocalDate start;

  // status
  private QuestionStatus status;
  private LocalDate statusOn;
  private String statusNote;

  // a new principle
  private String group;
  private String principle;
  private String explanation;
  private Integer weight;

  // the decision
  private Long chosenId;
  private String rationale;
  private DecisionBody body;
  private LocalDate decidedOn;
  private Map<Long, String> reasons = new HashMap<>();

  // a new milestone
  private String what;
  private LocalDate due;
  private String whenText;

  public void load() {
    question = service.find(id);
    weighing = question.weighing();
    municipalRoles = service.municipalRoles(id);
    published = advice.published().stream().filter(a -> a.questionId().equals(id)).toList();
    task = question.getTask();
    text = question.getQuestion();
    introduction = question.getIntroduction();
    steeringGroup = question.getSteeringGroup();
    start = question.getStartedOn();
    LocalDate today = LocalDate.now(clock);
    status = null;
    statusOn = today;
    statusNote = null;
    chosenId = question.getChosen() == null ? null : question.getChosen().getId();
    rationale = question.getRationale();
    body = question.getDecidedBy();
    decidedOn = question.getDecidedOn() == null ? today : question.getDecidedOn();
    reasons = new HashMap<>();
    for (PositioningOption o : question.getOptions()) {
      reasons.put(o.getId(), o.getRejectedReason());
    }
  }

  public void saveFacts() {
    service.describe(id, task, text, introduction, steeringGroup, start);
    Messages.info("positioning.saved");
    load();
  }

  public void moveStatus() {
    service.moveTo(id, status, statusOn, statusNote);
    Messages.info("positioning.statusMoved");
    load();
  }

  public void addPrinciple() {
    service.addPrinciple(id, group, principle, explanation, weight);
    Messages.info("positioning.principleAdded", principle);
    principle = null;
    explanation = null;
    weight = null;
    load();
  }

  public void removePrinciple(Long principleId) {
    service.removePrinciple(id, principleId);
    Messages.info("positioning.principleRemoved");
    load();
  }

  public void removeOption(Long optionId) {
    service.removeOption(id, optionId);
    Messages.info("positioning.optionRemoved");
    load();
  }

  public void decide() {
    service.decide(id, chosenId, rationale, body, decidedOn, reasons);
    Messages.info("positioning.decided");
    load();
  }

  public void addMilestone() {
    service.addMilestone(id, what, due, whenText, MilestoneStatus.GEPLAND);
    Messages.info("positioning.milestoneAdded", what);
    what = null;
    due = null;
    whenText = null;
    load();
  }

  public void markMilestone(Long milestoneId, MilestoneStatus to) {
    service.markMilestone(id, milestoneId, to);
    Messages.info("positioning.milestoneMarked");
    load();
  }

  public void removeMilestone(Long milestoneId) {
    service.removeMilestone(id, milestoneId);
    Messages.info("positioning.milestoneRemoved");
    load();
  }

  public void publish() {
    AdviceListing listing = advice.publish(id);
    Messages.info("positioning.published", listing.version());
    load();
  }

  public boolean overdue(nl.verbonden.positioning.entity.Milestone m) {
    return m.overdue(LocalDate.now(clock));
  }

  /** The findings of an option, from the weighing. */
  public List<String> findings(PositioningOption option) {
    return weighing.rows().stream()
        .filter(r -> r.option() == option)
        .findFirst()
        .map(Weighing.Row::findings)
        .orElse(List.of());
  }

  public QuestionStatus[] getStatuses() {
    return QuestionStatus.values();
  }

  public DecisionBody[] getBodies() {
    return DecisionBody.values();
  }

  public MilestoneStatus[] getMilestoneStatuses() {
    return MilestoneStatus.values();
  }

  public Long getChosenPartyId() {
    PositioningOption chosen = question.getChosen();
    return chosen == null || chosen.getParty() == null ? null : chosen.getParty().getId();
  }

  public Long getId() {
    return id;
  }

  public void setId(Long id) {
    this.id = id;
  }

  public PositioningQuestion getQuestion() {
    return question;
  }

  public Weighing getWeighing() {
    return weighing;
  }

  public List<MunicipalRole> getMunicipalRoles() {
    return municipalRoles;
  }

  public List<AdviceListing> getPublished() {
    return published;
  }

  public String getTask() {
    return task;
  }

  public void setTask(String task) {
    this.task = task;
  }

  public String getText() {
    return text;
  }

  public void setText(String text) {
    this.text = text;
  }

  public String getIntroduction() {
    return introduction;
  }

  public void setIntroduction(String introduction) {
    this.introduction = introduction;
  }

  public String getSteeringGroup() {
    return steeringGroup;
  }

  public void setSteeringGroup(String steeringGroup) {
    this.steeringGroup = steeringGroup;
  }

  public LocalDate getStart() {
    return start;
  }

  public void setStart(LocalDate start) {
    this.start = start;
  }

  public QuestionStatus getStatus() {
    return status;
  }

  public void setStatus(QuestionStatus status) {
    this.status = status;
  }

  public LocalDate getStatusOn() {
    return statusOn;
  }

  public void setStatusOn(LocalDate statusOn) {
    this.statusOn = statusOn;
  }

  public String getStatusNote() {
    return statusNote;
  }

  public void setStatusNote(String statusNote) {
    this.statusNote = statusNote;
  }

  public String getGroup() {
    return group;
  }

  public void setGroup(String group) {
    this.group = group;
  }

  public String getPrinciple() {
    return principle;
  }

  public void setPrinciple(String principle) {
    this.principle = principle;
  }

  public String getExplanation() {
    return explanation;
  }

  public void setExplanation(String explanation) {
    this.explanation = explanation;
  }

  public Integer getWeight() {
    return weight;
  }

  public void setWeight(Integer weight) {
    this.weight = weight;
  }

  public Long getChosenId() {
    return chosenId;
  }

  public void setChosenId(Long chosenId) {
    this.chosenId = chosenId;
  }

  public String getRationale() {
    return rationale;
  }

  public void setRationale(String rationale) {
    this.rationale = rationale;
  }

  public DecisionBody getBody() {
    return body;
  }

  public void setBody(DecisionBody body) {
    this.body = body;
  }

  public LocalDate getDecidedOn() {
    return decidedOn;
  }

  public void setDecidedOn(LocalDate decidedOn) {
    this.decidedOn = decidedOn;
  }

  public Map<Long, String> getReasons() {
    return reasons;
  }

  public String getWhat() {
    return what;
  }

  public void setWhat(String what) {
    this.what = what;
  }

  public LocalDate getDue() {
    return due;
  }

  public void setDue(LocalDate due) {
    this.due = due;
  }

  public String getWhenText() {
    return whenText;
  }

  public void setWhenText(String whenText) {
    this.whenText = whenText;
  }
}
