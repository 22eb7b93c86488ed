package nl.verbonden.reminders.boundary;

import java.io.Serializable;
import java.time.Instant;
import nl.verbonden.reminders.entity.DigestFrequency;
import nl.verbonden.reminders.entity.ReminderSetting;

/**
 * A person's reminder choice as their page shows it.
 *
 * @param version -1 while they never chose
 * @param email where the digest goes; null when the account has none
 */
public record MySettings(
    DigestFrequency frequency,
    int horizonDays,
    String language,
    long version,
    String email,
    boolean feed,
    Instant feedCreatedAt)
    implements Serializable {

  static MySettings of(ReminderSetting s, String email) {
    return new MySettings(
        s.getFrequency(),
        s.getHorizonDays(),
        s.getLanguage(),
        s.getId() == null ? -1 : s.getVersion(),
        email,
        s.hasFeed(),
        s.getFeedCreatedAt());
  }
}
