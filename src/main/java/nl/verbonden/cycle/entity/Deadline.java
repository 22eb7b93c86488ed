package nl.verbonden.cycle.entity;

import java.time.LocalDate;
import java.util.List;

/**
 * One deadline of a joint arrangement's year, computed by {@link WgrCalendar}.
 *
 * @param rule the rule of the law it comes from
 * @param due the last day on which it is in time; {@code null} when it cannot be computed yet
 *     ({@link #needs()} says what is missing)
 * @param done the day it happened (the document arrived), or {@code null}
 * @param lastCouncilMeeting for a zienswijze: the last council meeting on or before {@code due},
 *     and not before the document arrived; {@code null} when there is none or it does not apply
 * @param breaches how the arrangement does not keep the rule, if it does not
 * @param needs what the regisseur must record before the deadline can be computed, or {@code null}
 */
public record Deadline(
    WgrRule rule,
    LocalDate due,
    LocalDate done,
    LocalDate lastCouncilMeeting,
    List<Breach> breaches,
    String needs) {

  public Deadline {
    breaches = List.copyOf(breaches);
  }

  /** Where a deadline stands on a day. */
  public enum Status {
    /** Happened, in time. */
    DONE,
    /** Happened after the day, or the day has passed without it. */
    LATE,
    /** Still to come. */
    OPEN,
    /** Cannot be computed yet. */
    UNKNOWN
  }

  /** Where this deadline stands on {@code today}. */
  public Status status(LocalDate today) {
    if (due == null) {
      return done == null ? Status.UNKNOWN : Status.DONE;
    }
    if (done != null) {
      return done.isAfter(due) ? Status.LATE : Status.DONE;
    }
    return today.isAfter(due) ? Status.LATE : Status.OPEN;
  }

  /** Whether it is open and due within {@code days} days of {@code today} (today included). */
  public boolean dueWithin(LocalDate today, int days) {
    return status(today) == Status.OPEN && !due.isAfter(today.plusDays(days));
  }
}
