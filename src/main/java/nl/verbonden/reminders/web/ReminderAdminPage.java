package nl.verbonden.reminders.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import nl.verbonden.reminders.boundary.ReminderRunService;
import nl.verbonden.reminders.boundary.ReminderState;
import nl.verbonden.shared.web.Messages;

/**
 * Beheer › Herinneringen: the state of the reminder mail (mail server, timer, runs, the last mails
 * and their outcome) and a button that runs it now.
 */
@Named
@ViewScoped
public class ReminderAdminPage implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private ReminderRunService runs;

  private ReminderState state;

  public void load() {
    state = runs.state();
  }

  public void runNow() {
    ReminderRunService.RunResult result = runs.runNow();
    Messages.info(
        "reminder.run.done",
        result.people(),
        result.composed(),
        result.sent(),
        result.notSent(),
        result.failed());
    load();
  }

  public ReminderState getState() {
    return state;
  }
}
