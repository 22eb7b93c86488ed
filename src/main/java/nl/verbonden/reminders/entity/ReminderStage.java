package nl.verbonden.reminders.entity;

import java.time.LocalDate;
import java.util.Optional;

/**
 * How close an item is to its day; a person is mailed about an item once per stage: when it first
 * comes within their horizon, again when it is due within {@link #SOON_DAYS} days, and once more
 * when it is late.
 */
public enum ReminderStage {
  AHEAD,
  SOON,
  LATE;

  /** Items due within this many days (today included) are {@link #SOON}. */
  public static final int SOON_DAYS = 3;

  /**
   * The item's stage on {@code today} for a person who wants to know {@code horizonDays} ahead;
   * empty while it lies beyond the horizon.
   */
  public static Optional<ReminderStage> of(LocalDate due, LocalDate today, int horizonDays) {
    if (due.isBefore(today)) {
      return Optional.of(LATE);
    }
    if (!due.isAfter(today.plusDays(SOON_DAYS))) {
      return Optional.of(SOON);
    }
    if (!due.isAfter(today.plusDays(horizonDays))) {
      return Optional.of(AHEAD);
    }
    return Optional.empty();
  }

  public String messageKey() {
    return "reminder.stage." + name();
  }
}
