package nl.verbonden.quadrants.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import nl.verbonden.quadrants.boundary.QuadrantService;
import nl.verbonden.quadrants.entity.Position;
import nl.verbonden.quadrants.entity.Quadrant;
import nl.verbonden.quadrants.entity.SteeringModel;
import nl.verbonden.shared.web.Messages;

/**
 * Kwadranten &gt; Positie: why a relation stands where it stands (the formulas' reasons), the
 * override with its rationale, the target quadrant with what has to change to get there and the
 * instruments that fit, and its path over the years.
 */
@Named
@ViewScoped
public class PositionPage implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private Clock clock;

  @Inject private QuadrantService service;

  private Long partyId;
  private Integer year;
  private Position position;
  private List<Position> path;

  private Integer network;
  private Integer steering;
  private String rationale;
  private Quadrant target;
  private String targetNote;
  private SteeringModel model;
  private SteeringModel targetModel;

  public void load() {
    if (year == null) {
      year = LocalDate.now(clock).getYear();
    }
    position = service.position(partyId, year);
    path = service.path(partyId);
    network = position.network();
    steering = position.steering();
    rationale = position.overrideRationale();
    target = position.target();
    targetNote = position.targetNote();
    model = position.model();
    targetModel = position.targetModel();
  }

  public void steer() {
    service.steer(partyId, year, model, targetModel);
    Messages.info("position.modelsSaved", position.partyName());
    load();
  }

  public List<SteeringModel> getModels() {
    return List.of(SteeringModel.values());
  }

  public SteeringModel getModel() {
    return model;
  }

  public void setModel(SteeringModel model) {
    this.model = model;
  }

  public SteeringModel getTargetModel() {
    return targetModel;
  }

  public void setTargetModel(SteeringModel targetModel) {
    this.targetModel = targetModel;
  }

  public void override() {
    service.override(partyId, year, network, steering, rationale);
    Messages.info("position.overridden", position.partyName());
    load();
  }

  public void clearOverride() {
    service.clearOverride(partyId, year);
    Messages.info("position.computedAgain", position.partyName());
    load();
  }

  public void aim() {
    service.aim(partyId, year, target, targetNote);
    Messages.info("position.targetSaved", position.partyName());
    load();
  }

  public List<String> getSwitchSteps() {
    return position.quadrant() == null || position.target() == null
        ? List.of()
        : position.quadrant().switchTo(position.target());
  }

  public List<Quadrant> getQuadrants() {
    return List.of(Quadrant.values());
  }

  public Long getPartyId() {
    return partyId;
  }

  public void setPartyId(Long partyId) {
    this.partyId = partyId;
  }

  public Integer getYear() {
    return year;
  }

  public void setYear(Integer year) {
    this.year = year;
  }

  public Position getPosition() {
    return position;
  }

  public List<Position> getPath() {
    return path;
  }

  public Integer getNetwork() {
    return network;
  }

  public void setNetwork(Integer network) {
    this.network = network;
  }

  public Integer getSteering() {
    return steering;
  }

  public void setSteering(Integer steering) {
    this.steering = steering;
  }

  public String getRationale() {
    return rationale;
  }

  public void setRationale(String rationale) {
    this.rationale = rationale;
  }

  public Quadrant getTarget() {
    return target;
  }

  public void setTarget(Quadrant target) {
    this.target = target;
  }

  public String getTargetNote() {
    return targetNote;
  }

  public void setTargetNote(String targetNote) {
    this.targetNote = targetNote;
  }
}
