package nl.verbonden.positioning.entity;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import nl.verbonden.quadrants.entity.Quadrant;
import nl.verbonden.quadrants.entity.SteeringModel;
import nl.verbonden.register.entity.LegalForm;
import nl.verbonden.register.entity.Party;
import nl.verbonden.shared.entity.DomainException;
import nl.verbonden.shared.entity.TenantOwnedEntity;

/**
 * One way to place the task: the party it concerns (one in the register, or a prospective one by
 * name and legal form, which enters the register only when this option is chosen), the steering
 * model and the quadrant it implies, the role division between the municipality and the partner,
 * the risks, its scores on the principles, and, when another option was chosen, why it fell off.
 */
@Entity
@Table(name = "positioning_option")
public class PositioningOption extends TenantOwnedEntity {

  private static final long serialVersionUID = 1L;
  public static final int MAX_TITLE = 200;
  public static final int MAX_TEXT = 4000;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "question_id", nullable = false, updatable = false)
  private PositioningQuestion question;

  @Column(name = "title", nullable = false, length = MAX_TITLE)
  private String title;

  @Column(name = "description", length = MAX_TEXT)
  private String description;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "party_id")
  private Party party;

  @Column(name = "prospective_name", length = 200)
  private String prospectiveName;

  @Enumerated(EnumType.STRING)
  @Column(name = "prospective_legal_form", length = 40)
  private LegalForm prospectiveLegalForm;

  @Enumerated(EnumType.STRING)
  @Column(name = "steering_model", nullable = false, length = 30)
  private SteeringModel model;

  @Embedded private RoleDivision roles = new RoleDivision();

  @Column(name = "risks", length = MAX_TEXT)
  private String risks;

  @Column(name = "rejected_reason", length = MAX_TEXT)
  private String rejectedReason;

  @OneToMany(mappedBy = "option", cascade = CascadeType.ALL, orphanRemoval = true)
  @OrderBy("id")
  private List<OptionScore> scores = new ArrayList<>();

  protected PositioningOption() {}

  PositioningOption(PositioningQuestion question) {
    this.question = question;
  }

  /**
   * @param party a party of the register, or null
   * @param prospectiveName the name of a party that is not (yet) in the register, or null
   * @throws DomainException at the field that is wrong: no title or steering model, a text too
   *     long, both an existing and a prospective party, a prospective party without legal form
   */
  public void describe(
      String title,
      String description,
      Party party,
      String prospectiveName,
      LegalForm prospectiveLegalForm,
      SteeringModel model,
      RoleDivision roles,
      String risks) {
    String t = Texts.required(title, MAX_TITLE, "titel");
    String d = Texts.optional(description, MAX_TEXT, "omschrijving");
    String name = Texts.optional(prospectiveName, 200, "nieuwePartij");
    String r = Texts.optional(risks, MAX_TEXT, "risicos");
    if (party != null && name != null) {
      throw new DomainException("verbonden.positioning.twoParties", "nieuwePartij");
    }
    if (name != null && prospectiveLegalForm == null) {
      throw new DomainException("validation.required", "rechtsvorm");
    }
    if (model == null) {
      throw new DomainException("validation.required", "sturingsmodel");
    }
    this.title = t;
    this.description = d;
    this.party = party;
    this.prospectiveName = name;
    this.prospectiveLegalForm = name == null ? null : prospectiveLegalForm;
    this.model = model;
    this.roles = roles == null ? new RoleDivision() : roles;
    this.risks = r;
  }

  /**
   * Scores the option on a principle of the same question (a second score replaces the first).
   *
   * @throws DomainException when no score is given, the argument is too long, or the principle
   *     belongs to another question
   */
  public OptionScore score(Principle principle, Score score, String argument) {
    if (principle == null || principle.getQuestion() != question) {
      throw new DomainException("verbonden.positioning.otherQuestion", "uitgangspunt");
    }
    if (score == null) {
      throw new DomainException("validation.required", "waardering");
    }
    String a = Texts.optional(argument, OptionScore.MAX_ARGUMENT, "argument");
    OptionScore s =
        scoreOn(principle)
            .orElseGet(
                () -> {
                  OptionScore created = new OptionScore(this, principle);
                  scores.add(created);
                  return created;
                });
    s.set(score, a);
    return s;
  }

  public Optional<OptionScore> scoreOn(Principle principle) {
    return scores.stream().filter(s -> s.getPrinciple() == principle).findFirst();
  }

  void dropScoresOn(Principle principle) {
    scores.removeIf(s -> s.getPrinciple() == principle);
  }

  void reject(String reason) {
    this.rejectedReason = reason;
  }

  /** The quadrant the steering model implies (Eigen beheer 1, Marktmeester 2, ...). */
  public Quadrant impliedQuadrant() {
    return impliedQuadrant(model);
  }

  public static Quadrant impliedQuadrant(SteeringModel model) {
    if (model == null) {
      return null;
    }
    for (Quadrant q : Quadrant.values()) {
      if (q.model() == model) {
        return q;
      }
    }
    throw new IllegalStateException("No quadrant for " + model);
  }

  /** The name of the party it concerns, existing or prospective; null when none. */
  public String partyName() {
    return party != null ? party.getName() : prospectiveName;
  }

  public boolean hasPartner() {
    return party != null || prospectiveName != null;
  }

  /** Whether this option was chosen. */
  public boolean isChosen() {
    return question.getChosen() == this;
  }

  /** Whether another option was chosen and this one fell off. */
  public boolean isRejected() {
    return question.getChosen() != null && !isChosen();
  }

  public PositioningQuestion getQuestion() {
    return question;
  }

  public String getTitle() {
    return title;
  }

  public String getDescription() {
    return description;
  }

  public Party getParty() {
    return party;
  }

  void setParty(Party party) {
    this.party = party;
  }

  public String getProspectiveName() {
    return prospectiveName;
  }

  public LegalForm getProspectiveLegalForm() {
    return prospectiveLegalForm;
  }

  public SteeringModel getModel() {
    return model;
  }

  public RoleDivision getRoles() {
    return roles;
  }

  public String getRisks() {
    return risks;
  }

  public String getRejectedReason() {
    return rejectedReason;
  }

  public List<OptionScore> getScores() {
    return Collections.unmodifiableList(scores);
  }
}
