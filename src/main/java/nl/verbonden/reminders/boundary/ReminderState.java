package nl.verbonden.reminders.boundary;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import nl.verbonden.reminders.entity.MailStatus;
import nl.verbonden.reminders.entity.ReminderMail;
import nl.verbonden.reminders.entity.ReminderRun;

/**
 * The state of the reminder mail as the beheerder sees it: the mail server, the timer, the last
 * runs, the last mails (recipient, subject and outcome: not their content, which is the
 * municipalities' data).
 *
 * @param stale the daily run has not run for more than 36 hours
 */
public record ReminderState(
    boolean mailServerConfigured,
    String mailServer,
    Instant nextRun,
    Instant lastTimerRun,
    boolean stale,
    int people,
    long withoutAddress,
    Map<MailStatus, Long> lastWeek,
    List<ReminderRun> runs,
    List<MailRow> mails)
    implements Serializable {

  public long lastWeek(MailStatus status) {
    return lastWeek.getOrDefault(status, 0L);
  }

  public long getFailedLastWeek() {
    return lastWeek(MailStatus.FAILED);
  }

  public long getSentLastWeek() {
    return lastWeek(MailStatus.SENT);
  }

  public long getNotSentLastWeek() {
    return lastWeek(MailStatus.NOT_SENT);
  }

  /** A mail as the beheerder's list shows it. */
  public record MailRow(
      Long id,
      String tenantCode,
      String recipient,
      String subject,
      int items,
      MailStatus status,
      Instant createdAt,
      Instant sentAt,
      String error)
      implements Serializable {

    static MailRow of(ReminderMail m) {
      return new MailRow(
          m.getId(),
          m.getTenantCode(),
          m.getRecipient(),
          m.getSubject(),
          m.getItemCount(),
          m.getStatus(),
          m.getCreatedAt(),
          m.getSentAt(),
          m.getError());
    }
  }
}
