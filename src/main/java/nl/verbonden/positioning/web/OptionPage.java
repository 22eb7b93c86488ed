package nl.verbonden.positioning.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import nl.verbonden.positioning.boundary.OptionInput;
import nl.verbonden.positioning.boundary.PositioningService;
import nl.verbonden.positioning.entity.Consistency;
import nl.verbonden.positioning.entity.PartnerRole;
import nl.verbonden.positioning.entity.PositioningOption;
import nl.verbonden.positioning.entity.PositioningQuestion;
import nl.verbonden.positioning.entity.RoleDivision;
import nl.verbonden.positioning.entity.RoleHolder;
import nl.verbonden.quadrants.entity.Quadrant;
import nl.verbonden.quadrants.entity.SteeringModel;
import nl.verbonden.register.entity.LegalForm;
import nl.verbonden.register.entity.PartyRef;
import nl.verbonden.shared.web.Messages;

/**
 * Positionering &gt; Optie: one option of a question (new when no id): the party (from the register
 * or a prospective one), the steering model with the quadrant it implies, the role division and the
 * risks; what does not fit is shown as the form changes.
 */
@Named
@ViewScoped
public class OptionPage implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private PositioningService service;

  private Long questionId;
  private Long id;
  private String task;
  private List<PartyRef> parties;

  private String title;
  private String description;
  private Long partyId;
  private String prospectiveName;
  private LegalForm legalForm;
  private SteeringModel model;

  /** The holder of each role by its name: the page's menus set strings into the map. */
  private Map<PartnerRole, String> roles = new EnumMap<>(PartnerRole.class);

  private String risks;

  public void load() {
    PositioningQuestion q = service.find(questionId);
    task = q.getTask();
    parties = service.partyChoices();
    for (PartnerRole r : PartnerRole.values()) {
      roles.put(r, RoleHolder.NIEMAND.name());
    }
    if (id != null) {
      PositioningOption o = q.option(id);
      title = o.getTitle();
      description = o.getDescription();
      partyId = o.getParty() == null ? null : o.getParty().getId();
      prospectiveName = o.getProspectiveName();
      legalForm = o.getProspectiveLegalForm();
      model = o.getModel();
      o.getRoles().asMap().forEach((r, h) -> roles.put(r, h.name()));
      risks = o.getRisks();
    }
  }

  public String save() {
    OptionInput input =
        new OptionInput(
            title, description, partyId, prospectiveName, legalForm, model, holders(), risks);
    if (id == null) {
      service.addOption(questionId, input);
      Messages.info("positioning.optionAdded", title);
    } else {
      service.editOption(questionId, id, input);
      Messages.info("positioning.optionSaved", title);
    }
    return "/positionering/vraag?faces-redirect=true&id=" + questionId;
  }

  /** What does not fit in the form as it stands (shown while editing). */
  public List<String> getFindings() {
    return Consistency.check(
        model,
        RoleDivision.of(holders()),
        partyId != null || (prospectiveName != null && !prospectiveName.isBlank()));
  }

  private Map<PartnerRole, RoleHolder> holders() {
    Map<PartnerRole, RoleHolder> holders = new EnumMap<>(PartnerRole.class);
    roles.forEach((r, h) -> holders.put(r, h == null ? null : RoleHolder.valueOf(h)));
    return holders;
  }

  public Quadrant getImpliedQuadrant() {
    return PositioningOption.impliedQuadrant(model);
  }

  public PartnerRole[] getPartnerRoles() {
    return PartnerRole.values();
  }

  public RoleHolder[] getHolders() {
    return RoleHolder.values();
  }

  public SteeringModel[] getModels() {
    return SteeringModel.values();
  }

  public LegalForm[] getLegalForms() {
    return LegalForm.values();
  }

  public List<PartyRef> getParties() {
    return parties;
  }

  public String getTask() {
    return task;
  }

  public Long getQuestionId() {
    return questionId;
  }

  public void setQuestionId(Long questionId) {
    this.questionId = questionId;
  }

  public Long getId() {
    return id;
  }

  public void setId(Long id) {
    this.id = id;
  }

  public String getTitle() {
    return title;
  }

  public void setTitle(String title) {
    this.title = title;
  }

  public String getDescription() {
    return description;
  }

  public void setDescription(String description) {
    this.description = description;
  }

  public Long getPartyId() {
    return partyId;
  }

  public void setPartyId(Long partyId) {
    this.partyId = partyId;
  }

  public String getProspectiveName() {
    return prospectiveName;
  }

  public void setProspectiveName(String prospectiveName) {
    this.prospectiveName = prospectiveName;
  }

  public LegalForm getLegalForm() {
    return legalForm;
  }

  public void setLegalForm(LegalForm legalForm) {
    this.legalForm = legalForm;
  }

  public SteeringModel getModel() {
    return model;
  }

  public void setModel(SteeringModel model) {
    this.model = model;
  }

  public Map<PartnerRole, String> getRoles() {
    return roles;
  }

  public String getRisks() {
    return risks;
  }

  public void setRisks(String risks) {
    this.risks = risks;
  }
}
