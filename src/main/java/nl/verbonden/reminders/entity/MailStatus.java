package nl.verbonden.reminders.entity;

/**
 * Where a reminder mail stands: composed and stamped (waiting for the mail server), handed to the
 * mail server, kept because no mail server is configured (the demo), or refused by the mail server.
 */
public enum MailStatus {
  PENDING,
  SENT,
  NOT_SENT,
  FAILED;

  public String messageKey() {
    return "reminder.mailStatus." + name();
  }
}
