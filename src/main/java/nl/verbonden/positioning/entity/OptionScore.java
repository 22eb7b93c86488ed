package nl.verbonden.positioning.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import nl.verbonden.shared.entity.TenantOwnedEntity;

/** How an option scores on one principle, with the argument. */
@Entity
@Table(name = "positioning_score")
public class OptionScore extends TenantOwnedEntity {

  private static final long serialVersionUID = 1L;
  public static final int MAX_ARGUMENT = 2000;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "option_id", nullable = false, updatable = false)
  private PositioningOption option;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "principle_id", nullable = false, updatable = false)
  private Principle principle;

  @Enumerated(EnumType.STRING)
  @Column(name = "score", nullable = false, length = 10)
  private Score score;

  @Column(name = "argument", length = MAX_ARGUMENT)
  private String argument;

  protected OptionScore() {}

  OptionScore(PositioningOption option, Principle principle) {
    this.option = option;
    this.principle = principle;
  }

  void set(Score score, String argument) {
    this.score = score;
    this.argument = argument;
  }

  public PositioningOption getOption() {
    return option;
  }

  public Principle getPrinciple() {
    return principle;
  }

  public Score getScore() {
    return score;
  }

  public String getArgument() {
    return argument;
  }
}
