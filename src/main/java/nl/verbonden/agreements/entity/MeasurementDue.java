package nl.verbonden.agreements.entity;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

/**
 * When the value of a period is due: {@link #REPORTING_DAYS} after the period's end. The dashboard
 * asks, for every indicator of an active agreement, about the last completed period of its
 * frequency only: its value is overdue when the period lies inside the agreement, the due date has
 * passed and no value came in. Plain Java.
 *
 * <p>So a monthly value shows as overdue only on the 31st of the next month (the last completed
 * month is the one before the current month, and its due date is 30 days after its end); that of a
 * quarter, half year or year from the 31st day after its end until the next period ends.
 */
public record MeasurementDue(Period period, LocalDate dueOn) implements Serializable {

  /** How long after a period's end its values may come in before they are overdue. */
  public static final int REPORTING_DAYS = 30;

  /** The period with its due date. */
  public static MeasurementDue of(Period period) {
    return new MeasurementDue(period, period.end().plusDays(REPORTING_DAYS));
  }

  /** The last completed period of the frequency on the day (the one before the day's period). */
  public static MeasurementDue lastCompleted(Frequency frequency, LocalDate day) {
    return of(Period.containing(frequency, day).previous());
  }

  /** The codes of the last completed period of every frequency on the day. */
  public static List<String> lastCompletedPeriods(LocalDate day) {
    return Arrays.stream(Frequency.values())
        .map(frequency -> lastCompleted(frequency, day).period().code())
        .toList();
  }

  /**
   * Whether, without a value, this period's value is overdue on the day for an agreement from start
   * to end (both included): the period lies inside the agreement and the day is after the due date
   * (on the due date itself it is not yet overdue).
   */
  public boolean isOverdueOn(LocalDate day, LocalDate agreementStart, LocalDate agreementEnd) {
    return Agreement.covers(agreementStart, agreementEnd, period) && dueOn.isBefore(day);
  }
}
