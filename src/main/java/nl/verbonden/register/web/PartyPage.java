package nl.verbonden.register.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import nl.verbonden.register.boundary.PartyService;
import nl.verbonden.register.entity.FigureKind;
import nl.verbonden.register.entity.Interest;
import nl.verbonden.register.entity.MonitoringRegime;
import nl.verbonden.register.entity.Participant;
import nl.verbonden.register.entity.ParticipantKind;
import nl.verbonden.register.entity.Party;
import nl.verbonden.register.entity.PartyChange;
import nl.verbonden.register.entity.PartyRef;
import nl.verbonden.register.entity.PartyRelation;
import nl.verbonden.register.entity.RelationType;
import nl.verbonden.register.entity.RiskAssessment;
import nl.verbonden.register.entity.RiskLevel;
import nl.verbonden.register.entity.RiskQuestion;
import nl.verbonden.register.entity.YearFigures;
import nl.verbonden.shared.web.Messages;

/**
 * Register &gt; Partij: one party of the caller's municipality in tabs (general data, belang,
 * participants, figures per year, risks, relations, history), with the forms that change its parts.
 * Every action calls one service method and then reloads what it changed.
 */
@Named
@ViewScoped
public class PartyPage implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private Clock clock;

  @Inject private PartyService service;

  private Long id;
  private Party party;
  private Interest.Assessment assessment;
  private List<Participant> participants;
  private List<YearFigures> figures;
  private List<PartyRelation> relations;
  private List<PartyChange> history;
  private List<PartyRef> relationChoices;
  private LocalDate today;
  private String tab;

  private String participantName;
  private ParticipantKind participantKind = ParticipantKind.GEMEENTE;
  private BigDecimal participantShare;

  private BigDecimal totalShare;
  private YearFigures figuresForm;
  private final java.util.Map<RiskQuestion, RiskLevel> riskAnswers =
      new java.util.EnumMap<>(RiskQuestion.class);
  private String riskNotes;

  private Long relatedId;
  private RelationType relationType = RelationType.PARTNER;
  private LocalDate relationSince;
  private String relationNote;

  public void load() {
    today = LocalDate.now(clock);
    reloadParty();
    loadParticipants();
    figures = service.figures(id);
    relations = service.relations(id);
    history = service.history(id);
    relationChoices = service.choices().stream().filter(r -> !r.id().equals(id)).toList();
    resetRiskForm();
    figuresForm = new YearFigures(today.getYear(), FigureKind.JAARREKENING);
  }

  /** The tab to open, by its id (e.g. {@code rollen} after the walkthrough saved). */
  public String getTab() {
    return tab;
  }

  public void setTab(String tab) {
    this.tab = tab;
  }

  /** The index of the tab to open: the one named by the request, else the first. */
  public int getActiveTab() {
    if (tab == null) {
      return 0;
    }
    return switch (tab) {
      case "rollen" -> 6;
      case "overeenkomsten" -> 7; // issue 19: the tabs the higher components contribute
      case "positie" -> 8;
      default -> 0;
    };
  }

  /** The tabs switch in the browser; the server keeps nothing of it. */
  public void setActiveTab(int index) {
    // nothing to keep
  }

  private void loadParticipants() {
    participants = service.participants(id);
    totalShare =
        participants.stream()
            .map(Participant::getVotingShare)
            .filter(java.util.Objects::nonNull)
            .reduce(BigDecimal.ZERO, BigDecimal::add);
  }

  private void resetRiskForm() {
    riskAnswers.clear();
    riskAnswers.putAll(party.getRisk().answers());
    riskNotes = party.getRisk().getNotes();
  }

  private void reloadParty() {
    party = service.find(id);
    assessment = party.interestAssessment();
  }

  private void afterChange() {
    reloadParty();
    history = service.history(id);
  }

  // --- Participants

  public void addParticipant() {
    Participant added =
        service.addParticipant(id, participantName, participantKind, participantShare);
    Messages.info("participant.added", added.getName());
    loadParticipants();
    participantName = null;
    participantShare = null;
    afterChange();
  }

  public void removeParticipant(Participant participant) {
    service.removeParticipant(id, participant.getId());
    Messages.info("participant.removed", participant.getName());
    loadParticipants();
    afterChange();
  }

  // --- Figures

  public void newFigures() {
    figuresForm = new YearFigures(today.getYear(), FigureKind.JAARREKENING);
  }

  public void editFigures(YearFigures row) {
    figuresForm = row;
  }

  public void saveFigures() {
    YearFigures saved = service.saveFigures(id, figuresForm);
    Messages.info(
        "figures.saved",
        Messages.text(nl.verbonden.register.control.PartyHistory.enumKey(saved.getKind())),
        String.valueOf(saved.getYear()));
    figures = service.figures(id);
    newFigures();
    afterChange();
  }

  // --- Risk

  public void assessRisk() {
    RiskAssessment answers = new RiskAssessment();
    riskAnswers.forEach(answers::setAnswer);
    answers.setNotes(riskNotes);
    party = service.assessRisk(id, party.getVersion(), answers);
    Messages.info(
        "risk.assessed",
        party.getName(),
        Messages.text(
            nl.verbonden.register.control.PartyHistory.enumKey(party.getRisk().getRegime())));
    afterChange();
    resetRiskForm();
  }

  // --- Relations

  public void addRelation() {
    PartyRelation relation =
        service.addRelation(id, relatedId, relationType, relationSince, relationNote);
    Messages.info("relation.added", relation.getRelated().getName());
    relations = service.relations(id);
    relatedId = null;
    relationSince = null;
    relationNote = null;
    afterChange();
  }

  public void endRelation(PartyRelation relation) {
    service.endRelation(relation.getId(), relation.getVersion(), today);
    Messages.info("relation.ended", other(relation).getName());
    relations = service.relations(id);
    afterChange();
  }

  /** The party on the other side of a relation, seen from this page's party. */
  public Party other(PartyRelation relation) {
    return relation.getParty().getId().equals(id) ? relation.getRelated() : relation.getParty();
  }

  public boolean outgoing(PartyRelation relation) {
    return relation.getParty().getId().equals(id);
  }

  // --- For the page

  public Long getId() {
    return id;
  }

  public void setId(Long id) {
    this.id = id;
  }

  public Party getParty() {
    return party;
  }

  public Interest.Assessment getAssessment() {
    return assessment;
  }

  public List<Participant> getParticipants() {
    return participants;
  }

  public BigDecimal getTotalShare() {
    return totalShare;
  }

  public List<YearFigures> getFigures() {
    return figures;
  }

  public List<PartyRelation> getRelations() {
    return relations;
  }

  public List<PartyChange> getHistory() {
    return history;
  }

  public List<PartyRef> getRelationChoices() {
    return relationChoices;
  }

  public LocalDate getToday() {
    return today;
  }

  public boolean isRiskOverdue() {
    return party.getRisk().isOverdue(today);
  }

  public boolean isEnded() {
    return !party.isActiveOn(today);
  }

  public ParticipantKind[] getParticipantKinds() {
    return ParticipantKind.values();
  }

  public FigureKind[] getFigureKinds() {
    return FigureKind.values();
  }

  public RelationType[] getRelationTypes() {
    return RelationType.values();
  }

  public RiskQuestion[] getRiskQuestions() {
    return RiskQuestion.values();
  }

  public RiskLevel[] getRiskLevels() {
    return RiskLevel.values();
  }

  public List<String> getInstruments() {
    MonitoringRegime regime = party.getRisk().getRegime();
    return regime == null ? List.of() : regime.instruments();
  }

  public String getParticipantName() {
    return participantName;
  }

  public void setParticipantName(String participantName) {
    this.participantName = participantName;
  }

  public ParticipantKind getParticipantKind() {
    return participantKind;
  }

  public void setParticipantKind(ParticipantKind participantKind) {
    this.participantKind = participantKind;
  }

  public BigDecimal getParticipantShare() {
    return participantShare;
  }

  public void setParticipantShare(BigDecimal participantShare) {
    this.participantShare = participantShare;
  }

  public YearFigures getFiguresForm() {
    return figuresForm;
  }

  /** The answers of the risk form, by question: {@code #{partyPage.riskAnswers[q]}}. */
  public java.util.Map<RiskQuestion, RiskLevel> getRiskAnswers() {
    return riskAnswers;
  }

  public String getRiskNotes() {
    return riskNotes;
  }

  public void setRiskNotes(String riskNotes) {
    this.riskNotes = riskNotes;
  }

  public Long getRelatedId() {
    return relatedId;
  }

  public void setRelatedId(Long relatedId) {
    this.relatedId = relatedId;
  }

  public RelationType getRelationType() {
    return relationType;
  }

  public void setRelationType(RelationType relationType) {
    this.relationType = relationType;
  }

  public LocalDate getRelationSince() {
    return relationSince;
  }

  public void setRelationSince(LocalDate relationSince) {
    this.relationSince = relationSince;
  }

  public String getRelationNote() {
    return relationNote;
  }

  public void setRelationNote(String relationNote) {
    this.relationNote = relationNote;
  }
}
