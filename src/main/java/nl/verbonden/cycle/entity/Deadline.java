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
 * @param tracked whether Verbonden records when it happened (a receipt, a zienswijze sent); one
 *     that is not (the bestuur sending its budget to Gedeputeerde Staten) is {@link Status#PASSED}
 *     after its day, never late
 */
public record Deadline(
    WgrRule rule,
    LocalDate due,
    LocalDate done,
    LocalDate lastCouncilMeeting,
    List<Breach> breaches,
    String needs,
    boolean tracked)
    implements java.io.Serializable {

  public Deadline {
    breaches = List.copyOf(breaches);
  }

  /** A deadline of which Verbonden records when it happened. */
  public Deadline(
      WgrRule rule,
      LocalDate due,
      LocalDate done,
      LocalDate lastCouncilMeeting,
      List<Breach> breaches,
      String needs) {
    this(rule, due, done, lastCouncilMeeting, breaches, needs, true);
  }

  /** Where a deadline stands on a day. */
  public enum Status {
    /** Happened, in time. */
    DONE,
    /** Happened after the day, or the day has passed without it. */
    LATE,
    /** Still to come. */
    OPEN,
    /** Its day has passed; Verbonden does not record whether it happened. */
    PASSED,
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
    if (!today.isAfter(due)) {
      return Status.OPEN;
    }
    return tracked ? Status.LATE : Status.PASSED;
  }

  /** Whether it is open and due within {@code days} days of {@code today} (today included). */
  public boolean dueWithin(LocalDate today, int days) {
    return status(today) == Status.OPEN && !due.isAfter(today.plusDays(days));
  }
}
