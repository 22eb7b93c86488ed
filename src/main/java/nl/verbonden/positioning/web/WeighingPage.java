package nl.verbonden.positioning.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import nl.verbonden.positioning.boundary.PositioningService;
import nl.verbonden.positioning.entity.OptionScore;
import nl.verbonden.positioning.entity.PositioningOption;
import nl.verbonden.positioning.entity.PositioningQuestion;
import nl.verbonden.positioning.entity.Principle;
import nl.verbonden.positioning.entity.Score;
import nl.verbonden.positioning.entity.Weighing;
import nl.verbonden.shared.web.LocaleSelection;
import nl.verbonden.shared.web.Messages;

/**
 * Positionering &gt; Weging: the score of each option on each principle (−− … ++) with its
 * argument, the weighted result as a table and a chart, and what does not fit in each option.
 */
@Named
@ViewScoped
public class WeighingPage implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private PositioningService service;
  @Inject private LocaleSelection language;

  private Long id;
  private PositioningQuestion question;
  private Weighing weighing;
  private String chartJson;

  private Long optionId;
  private Long principleId;
  private Score score;
  private String argument;

  public void load() {
    question = service.find(id);
    weighing = question.weighing();
    chartJson = WeighingChart.of(weighing, key -> Messages.text(language.getLocale(), key));
  }

  public void save() {
    service.score(id, optionId, principleId, score, argument);
    Messages.info("positioning.scored");
    score = null;
    argument = null;
    load();
  }

  /** The sign of an option's score on a principle, a dot when there is none. */
  public String sign(PositioningOption option, Principle principle) {
    return option.scoreOn(principle).map(s -> s.getScore().sign()).orElse("·");
  }

  public String argument(PositioningOption option, Principle principle) {
    return option.scoreOn(principle).map(OptionScore::getArgument).orElse(null);
  }

  public Score[] getScores() {
    return Score.values();
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

  public String getChartJson() {
    return chartJson;
  }

  public Long getOptionId() {
    return optionId;
  }

  public void setOptionId(Long optionId) {
    this.optionId = optionId;
  }

  public Long getPrincipleId() {
    return principleId;
  }

  public void setPrincipleId(Long principleId) {
    this.principleId = principleId;
  }

  public Score getScore() {
    return score;
  }

  public void setScore(Score score) {
    this.score = score;
  }

  public String getArgument() {
    return argument;
  }

  public void setArgument(String argument) {
    this.argument = argument;
  }
}
