package nl.verbonden.quadrants.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import nl.verbonden.register.entity.Party;
import nl.verbonden.shared.entity.DomainException;
import nl.verbonden.shared.entity.TenantOwnedEntity;

/**
 * A relation's position in one year: the computed network position and steering as recorded for
 * that year, a regisseur's override with its rationale, and the target quadrant with a note. One
 * per party and year; the years together make the relation's path through the matrix.
 */
@Entity
@Table(name = "relation_position")
@NamedQuery(
    name = RelationPosition.OF_YEAR,
    query = "select p from RelationPosition p join fetch p.party where p.year = :year")
@NamedQuery(
    name = RelationPosition.OF_PARTY,
    query = "select p from RelationPosition p where p.party.id = :party order by p.year")
public class RelationPosition extends TenantOwnedEntity {

  private static final long serialVersionUID = 1L;
  public static final String OF_YEAR = "RelationPosition.ofYear";
  public static final String OF_PARTY = "RelationPosition.ofParty";
  public static final int MAX_TEXT = 2000;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "party_id", nullable = false)
  private Party party;

  @Column(name = "position_year", nullable = false)
  private int year;

  @Column(name = "computed_network")
  private Integer computedNetwork;

  @Column(name = "computed_steering")
  private Integer computedSteering;

  @Column(name = "override_network")
  private Integer overrideNetwork;

  @Column(name = "override_steering")
  private Integer overrideSteering;

  @Column(name = "override_rationale", length = MAX_TEXT)
  private String overrideRationale;

  @Enumerated(EnumType.STRING)
  @Column(name = "target_quadrant", length = 40)
  private Quadrant target;

  @Column(name = "target_note", length = MAX_TEXT)
  private String targetNote;

  @Enumerated(EnumType.STRING)
  @Column(name = "steering_model", length = 30)
  private SteeringModel model;

  @Enumerated(EnumType.STRING)
  @Column(name = "target_steering_model", length = 30)
  private SteeringModel targetModel;

  protected RelationPosition() {}

  public RelationPosition(Party party, int year) {
    this.party = party;
    this.year = year;
  }

  /** Keeps the computed position of the year (overrides and target stay). */
  public void record(Integer network, Integer steering) {
    this.computedNetwork = network;
    this.computedSteering = steering;
  }

  /**
   * Overrides the computed position.
   *
   * @throws DomainException at the field that is wrong: a value outside 0–100 or missing, or no
   *     written rationale
   */
  public void override(Integer network, Integer steering, String rationale) {
    checkAxis(network, "netwerkpositie");
    checkAxis(steering, "sturing");
    String cleaned = rationale == null || rationale.isBlank() ? null : rationale.strip();
    if (cleaned == null) {
      throw new DomainException("verbonden.position.rationale", "onderbouwing");
    }
    if (cleaned.length() > MAX_TEXT) {
      throw new DomainException("validation.tooLong", "onderbouwing", MAX_TEXT);
    }
    overrideNetwork = network;
    overrideSteering = steering;
    overrideRationale = cleaned;
  }

  public void clearOverride() {
    overrideNetwork = null;
    overrideSteering = null;
    overrideRationale = null;
  }

  /**
   * @throws DomainException on field {@code toelichtingDoel} when the note is too long
   */
  public void aimAt(Quadrant quadrant, String note) {
    String cleaned = note == null || note.isBlank() ? null : note.strip();
    if (cleaned != null && cleaned.length() > MAX_TEXT) {
      throw new DomainException("validation.tooLong", "toelichtingDoel", MAX_TEXT);
    }
    this.target = quadrant;
    this.targetNote = quadrant == null ? null : cleaned;
  }

  /** Records the steering model of the relation now and the one it should move to (null: none). */
  public void steer(SteeringModel current, SteeringModel target) {
    this.model = current;
    this.targetModel = target;
  }

  private static void checkAxis(Integer value, String field) {
    if (value == null) {
      throw new DomainException("validation.required", field);
    }
    if (value < 0 || value > 100) {
      throw new DomainException("verbonden.position.range", field);
    }
  }

  public boolean isOverridden() {
    return overrideNetwork != null;
  }

  public Party getParty() {
    return party;
  }

  public int getYear() {
    return year;
  }

  public Integer getComputedNetwork() {
    return computedNetwork;
  }

  public Integer getComputedSteering() {
    return computedSteering;
  }

  public Integer getOverrideNetwork() {
    return overrideNetwork;
  }

  public Integer getOverrideSteering() {
    return overrideSteering;
  }

  public String getOverrideRationale() {
    return overrideRationale;
  }

  public Quadrant getTarget() {
    return target;
  }

  public String getTargetNote() {
    return targetNote;
  }

  public SteeringModel getModel() {
    return model;
  }

  public SteeringModel getTargetModel() {
    return targetModel;
  }
}
