package nl.verbonden.roles.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import nl.verbonden.register.entity.PartyRef;
import nl.verbonden.roles.boundary.PartyRoles;
import nl.verbonden.roles.boundary.RoleService;
import nl.verbonden.roles.boundary.WalkthroughDraft;
import nl.verbonden.roles.entity.Finding;
import nl.verbonden.roles.entity.MunicipalRole;
import nl.verbonden.roles.entity.Office;
import nl.verbonden.roles.entity.RoleLevel;
import nl.verbonden.roles.entity.RolePlan;
import nl.verbonden.shared.entity.DomainException;
import nl.verbonden.shared.web.DomainExceptionHandler;
import nl.verbonden.shared.web.Messages;
import org.primefaces.event.FlowEvent;

/**
 * Rollen &gt; Doorlopen: the walkthrough of one party's role model, a step per role, then the
 * regisseur and the escalation ladder, then a review. Each step is checked before the next; the
 * answers so far are kept as the person's draft at every step, so that they can leave and resume.
 * Only the last step saves the role model.
 */
@Named
@ViewScoped
public class RoleWizardPage implements Serializable {

  private static final long serialVersionUID = 1L;

  /** The step ids, in order; the role steps carry the role's name. */
  static final String GOVERNANCE = "stap_REGIE";

  static final String REVIEW = "stap_CONTROLE";

  @Inject private RoleService service;
  @Inject private nl.verbonden.register.boundary.PartyService parties;

  private Long partyId;
  private PartyRef party;
  private nl.verbonden.register.entity.LegalForm legalForm;
  private RolePlan plan;
  private long baseVersion;
  private String step;
  private Instant resumedFrom;
  private Map<Long, Office> offices;
  private List<Office> bestuurlijkChoices;
  private List<Office> ambtelijkChoices;
  private List<Finding> findings = List.of();
  private boolean conflict;

  public void load() {
    PartyRoles saved = service.roles(partyId);
    party = saved.party();
    legalForm = parties.find(partyId).getLegalForm();
    offices = saved.offices();
    WalkthroughDraft draft = service.draft(partyId).orElse(null);
    if (draft != null) {
      plan = draft.plan();
      baseVersion = draft.baseVersion();
      step = draft.step();
      resumedFrom = draft.keptAt();
    } else {
      plan = saved.plan() == null ? RolePlan.empty() : saved.plan();
      baseVersion = saved.version();
      step = stepOf(MunicipalRole.OPDRACHTGEVER);
    }
    bestuurlijkChoices = service.choices(RoleLevel.BESTUURLIJK, plan);
    ambtelijkChoices = service.choices(RoleLevel.AMBTELIJK, plan);
    recheck();
    if (REVIEW.equals(step)) {
      findings = service.review(partyId, plan);
    }
  }

  /**
   * Going forward checks the step being left (a refusal stays on it, with the message at the
   * field); every move keeps the draft.
   */
  public String onFlow(FlowEvent event) {
    String from = event.getOldStep();
    String to = event.getNewStep();
    if (order(to) > order(from)) {
      try {
        service.checkStep(partyId, plan, roleOf(from));
      } catch (DomainException refused) {
        DomainExceptionHandler.report(refused);
        return from;
      }
    }
    if (GOVERNANCE.equals(to) && plan.getRegisseurOfficeId() == null) {
      plan.setRegisseurOfficeId(plan.answer(MunicipalRole.OPDRACHTGEVER).getAmbtelijkOfficeId());
    }
    recheck();
    if (REVIEW.equals(to)) {
      findings = service.review(partyId, plan);
    }
    service.keepDraft(partyId, plan, to, baseVersion);
    step = to;
    return to;
  }

  /** After a holder changed: whether the plan now has the client/owner conflict. */
  public void recheck() {
    conflict = plan.hasConflict(offices);
  }

  public String save() {
    service.save(partyId, plan, baseVersion);
    Messages.info("roles.saved", party.name());
    return "/register/party?faces-redirect=true&tab=rollen&id=" + partyId;
  }

  /** Leaves the walkthrough; the answers so far stay as the draft. */
  public String later() {
    service.keepDraft(partyId, plan, step, baseVersion);
    Messages.info("roles.draftKept");
    return "/register/party?faces-redirect=true&tab=rollen&id=" + partyId;
  }

  /** Forgets the draft and starts again from what was saved. */
  public String restart() {
    service.discardDraft(partyId);
    return "/rollen/doorloop?faces-redirect=true&partij=" + partyId;
  }

  /** The example ladder, its top level fitting the party's legal form. */
  public void useExampleLadder() {
    plan.useExampleLadder(legalForm);
  }

  public void addLevel() {
    plan.addLevel();
  }

  public void removeLevel(int index) {
    plan.removeLevel(index);
  }

  private static String stepOf(MunicipalRole role) {
    return "stap_" + role.name();
  }

  private static MunicipalRole roleOf(String step) {
    for (MunicipalRole role : MunicipalRole.values()) {
      if (stepOf(role).equals(step)) {
        return role;
      }
    }
    return null;
  }

  private static int order(String step) {
    MunicipalRole role = roleOf(step);
    if (role != null) {
      return role.ordinal();
    }
    return GOVERNANCE.equals(step)
        ? MunicipalRole.values().length
        : MunicipalRole.values().length + 1;
  }

  public List<MunicipalRole> getRoles() {
    return List.of(MunicipalRole.values());
  }

  public Office office(Long id) {
    return id == null ? null : offices.get(id);
  }

  public Long getPartyId() {
    return partyId;
  }

  public void setPartyId(Long partyId) {
    this.partyId = partyId;
  }

  public PartyRef getParty() {
    return party;
  }

  public RolePlan getPlan() {
    return plan;
  }

  public String getStep() {
    return step;
  }

  public void setStep(String step) {
    this.step = step;
  }

  public Instant getResumedFrom() {
    return resumedFrom;
  }

  public List<Office> getBestuurlijkChoices() {
    return bestuurlijkChoices;
  }

  public List<Office> getAmbtelijkChoices() {
    return ambtelijkChoices;
  }

  public List<Finding> getFindings() {
    return findings;
  }

  public boolean isConflict() {
    return conflict;
  }
}
