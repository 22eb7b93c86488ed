package nl.verbonden.cycle.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import nl.verbonden.cycle.boundary.ZienswijzeRow;
import nl.verbonden.cycle.boundary.ZienswijzeService;
import nl.verbonden.cycle.entity.Zienswijze;
import nl.verbonden.cycle.entity.ZienswijzeProposal;
import nl.verbonden.shared.web.Messages;

/**
 * Jaarcyclus &gt; Zienswijze: one dossier with its deadline, the last council meeting that can
 * decide in time, its steps, and the form for the next step.
 */
@Named
@ViewScoped
public class ZienswijzePage implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private Clock clock;
  @Inject private ZienswijzeService service;

  private Long id;
  private Zienswijze dossier;
  private ZienswijzeRow row;

  private ZienswijzeProposal proposal;
  private String proposalText;
  private LocalDate on;
  private String answerText;
  private boolean escalate;

  public void load() {
    dossier = service.find(id);
    row = service.row(id);
    proposal = dossier.getProposal();
    proposalText = dossier.getProposalText();
    on = null;
    answerText = null;
    escalate = false;
  }

  public void propose() {
    dossier = service.propose(id, dossier.getVersion(), proposal, proposalText);
    Messages.info("zienswijze.proposed");
    load();
  }

  public void decide() {
    dossier = service.decide(id, dossier.getVersion(), on);
    Messages.info("zienswijze.decided");
    load();
  }

  public void send() {
    dossier = service.send(id, dossier.getVersion(), on);
    Messages.info("zienswijze.sent");
    load();
  }

  public void answer() {
    dossier = service.answer(id, dossier.getVersion(), on, answerText, escalate);
    Messages.info("zienswijze.answered");
    load();
  }

  public String getStatusKey() {
    return CyclePage.statusKey(row.deadline(), LocalDate.now(clock));
  }

  public ZienswijzeProposal[] getProposals() {
    return ZienswijzeProposal.values();
  }

  public Long getId() {
    return id;
  }

  public void setId(Long id) {
    this.id = id;
  }

  public Zienswijze getDossier() {
    return dossier;
  }

  public ZienswijzeRow getRow() {
    return row;
  }

  public ZienswijzeProposal getProposal() {
    return proposal;
  }

  public void setProposal(ZienswijzeProposal proposal) {
    this.proposal = proposal;
  }

  public String getProposalText() {
    return proposalText;
  }

  public void setProposalText(String proposalText) {
    this.proposalText = proposalText;
  }

  public LocalDate getOn() {
    return on;
  }

  public void setOn(LocalDate on) {
    this.on = on;
  }

  public String getAnswerText() {
    return answerText;
  }

  public void setAnswerText(String answerText) {
    this.answerText = answerText;
  }

  public boolean isEscalate() {
    return escalate;
  }

  public void setEscalate(boolean escalate) {
    this.escalate = escalate;
  }
}
