package nl.verbonden.reminders.entity;

import java.time.DayOfWeek;
import java.time.LocalDate;

/** How often a person wants the digest of what falls due: never, every day, or on Mondays. */
public enum DigestFrequency {
  NONE,
  DAILY,
  WEEKLY;

  /** Weekly digests go out on this day. */
  public static final DayOfWeek WEEKLY_ON = DayOfWeek.MONDAY;

  /** Whether the digest goes out on {@code day}. */
  public boolean sendsOn(LocalDate day) {
    return switch (this) {
      case NONE -> false;
      case DAILY -> true;
      case WEEKLY -> day.getDayOfWeek() == WEEKLY_ON;
    };
  }

  public String messageKey() {
    return "reminder.frequency." + name();
  }
}
