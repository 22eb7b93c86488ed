package nl.verbonden.positioning.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import nl.verbonden.positioning.boundary.PositioningService;
import nl.verbonden.positioning.entity.PositioningQuestion;
import nl.verbonden.shared.web.Messages;

/** Positionering: the municipality's positioning questions, and a new one. */
@Named
@ViewScoped
public class QuestionsPage implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private Clock clock;
  @Inject private PositioningService service;

  private List<PositioningQuestion> questions;
  private String task;
  private String question;
  private LocalDate start;

  public void load() {
    questions = service.list();
    if (start == null) {
      start = LocalDate.now(clock);
    }
  }

  public String open() {
    Long id = service.open(task, question, null, null, start);
    Messages.info("positioning.opened", task);
    return "/positionering/vraag?faces-redirect=true&id=" + id;
  }

  public List<PositioningQuestion> getQuestions() {
    return questions;
  }

  public String getTask() {
    return task;
  }

  public void setTask(String task) {
    this.task = task;
  }

  public String getQuestion() {
    return question;
  }

  public void setQuestion(String question) {
    this.question = question;
  }

  public LocalDate getStart() {
    return start;
  }

  public void setStart(LocalDate start) {
    this.start = start;
  }
}
