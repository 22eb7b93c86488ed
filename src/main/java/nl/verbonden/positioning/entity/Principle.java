package nl.verbonden.positioning.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import nl.verbonden.shared.entity.DomainException;
import nl.verbonden.shared.entity.TenantOwnedEntity;

/**
 * A principle (uitgangspunt, kader) the options are weighed against, in a group the user names
 * (inhoudelijke kaders, organisatieontwikkeling, ...), with a weight from 1 to 5.
 */
@Entity
@Table(name = "positioning_principle")
public class Principle extends TenantOwnedEntity {

  private static final long serialVersionUID = 1L;
  public static final int MAX_GROUP = 100;
  public static final int MAX_NAME = 200;
  public static final int MAX_TEXT = 2000;
  public static final int MIN_WEIGHT = 1;
  public static final int MAX_WEIGHT = 5;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "question_id", nullable = false, updatable = false)
  private PositioningQuestion question;

  @Column(name = "group_name", nullable = false, length = MAX_GROUP)
  private String groupName;

  @Column(name = "name", nullable = false, length = MAX_NAME)
  private String name;

  @Column(name = "explanation", length = MAX_TEXT)
  private String explanation;

  @Column(name = "weight", nullable = false)
  private int weight;

  protected Principle() {}

  Principle(PositioningQuestion question) {
    this.question = question;
  }

  /**
   * @throws DomainException at the field that is wrong: no group or name, a text too long, a weight
   *     outside 1–5
   */
  public void describe(String group, String name, String explanation, Integer weight) {
    String g = Texts.required(group, MAX_GROUP, "groep");
    String n = Texts.required(name, MAX_NAME, "uitgangspunt");
    String e = Texts.optional(explanation, MAX_TEXT, "toelichting");
    if (weight == null) {
      throw new DomainException("validation.required", "gewicht");
    }
    if (weight < MIN_WEIGHT || weight > MAX_WEIGHT) {
      throw new DomainException("verbonden.positioning.weight", "gewicht", MIN_WEIGHT, MAX_WEIGHT);
    }
    this.groupName = g;
    this.name = n;
    this.explanation = e;
    this.weight = weight;
  }

  public PositioningQuestion getQuestion() {
    return question;
  }

  public String getGroupName() {
    return groupName;
  }

  public String getName() {
    return name;
  }

  public String getExplanation() {
    return explanation;
  }

  public int getWeight() {
    return weight;
  }
}
