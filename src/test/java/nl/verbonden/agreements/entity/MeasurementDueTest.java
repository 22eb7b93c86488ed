package nl.verbonden.agreements.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * When a value is overdue on the dashboard: the last completed period of the indicator's frequency,
 * due 30 days after its end, owed only when it lies inside the agreement.
 */
class MeasurementDueTest {

  private static final LocalDate START_2026 = LocalDate.of(2026, 1, 1);
  private static final LocalDate END_2028 = LocalDate.of(2028, 12, 31);

  private static LocalDate day(String text) {
    return LocalDate.parse(text);
  }

  @Test
  void aPeriodIsDueThirtyDaysAfterItsEnd() {
    assertEquals(30, MeasurementDue.REPORTING_DAYS);
    assertEquals(day("2026-04-30"), MeasurementDue.of(Period.parse("2026-K1")).dueOn());
    assertEquals(day("2026-07-30"), MeasurementDue.of(Period.parse("2026-H1")).dueOn());
    assertEquals(day("2027-01-30"), MeasurementDue.of(Period.parse("2026")).dueOn());
    assertEquals(day("2026-03-02"), MeasurementDue.of(Period.parse("2026-01")).dueOn());
  }

  @ParameterizedTest(name = "on {1} the last completed {0} is {2}, due {3}")
  @CsvSource({
    "KWARTAAL, 2026-04-01, 2026-K1, 2026-04-30", // the first day of the next quarter
    "KWARTAAL, 2026-03-31, 2025-K4, 2026-01-30", // the last day of the quarter itself
    "MAAND, 2027-01-01, 2026-12, 2027-01-30", // year end
    "KWARTAAL, 2027-01-15, 2026-K4, 2027-01-30",
    "HALFJAAR, 2027-01-15, 2026-H2, 2027-01-30",
    "JAAR, 2027-01-15, 2026, 2027-01-30",
    "JAAR, 2026-12-31, 2025, 2026-01-30",
    "MAAND, 2028-03-01, 2028-02, 2028-03-30", // leap day: February ends on the 29th
    "MAAND, 2027-03-01, 2027-02, 2027-03-30",
    "MAAND, 2028-02-29, 2028-01, 2028-03-01", // on the leap day itself
    "MAAND, 2027-02-28, 2027-01, 2027-03-02",
    "KWARTAAL, 2028-02-29, 2027-K4, 2028-01-30"
  })
  void theLastCompletedPeriodIsTheOneBeforeTheDaysPeriod(
      Frequency frequency, LocalDate day, String period, LocalDate dueOn) {
    MeasurementDue due = MeasurementDue.lastCompleted(frequency, day);
    assertEquals(Period.parse(period), due.period());
    assertEquals(dueOn, due.dueOn());
  }

  @ParameterizedTest(name = "{0} on {1}: overdue {2}")
  @CsvSource({
    "KWARTAAL, 2026-04-29, false", // a day before the due date
    "KWARTAAL, 2026-04-30, false", // the due date itself
    "KWARTAAL, 2026-05-01, true", // the day after
    "KWARTAAL, 2026-06-30, true", // the last day before the next quarter is completed
    "KWARTAAL, 2026-07-01, false", // now the second quarter is the last completed one
    "MAAND, 2027-01-30, false", // December, due on 30 January
    "MAAND, 2027-01-31, true",
    "KWARTAAL, 2027-01-30, false", // the fourth quarter over the year end
    "KWARTAAL, 2027-01-31, true",
    "JAAR, 2027-01-31, true",
    "HALFJAAR, 2027-01-31, true",
    "MAAND, 2028-03-30, false", // February of a leap year: due on 30 March
    "MAAND, 2028-03-31, true",
    "MAAND, 2028-02-29, false", // January, due on 1 March in a leap year
    "KWARTAAL, 2028-02-29, true", // the fourth quarter of 2027 on the leap day
    "MAAND, 2026-06-30, false", // a monthly value is overdue only on the 31st of the next month
    "MAAND, 2026-05-31, true"
  })
  void overdueFromTheDayAfterTheDueDate(Frequency frequency, LocalDate day, boolean overdue) {
    assertEquals(
        overdue,
        MeasurementDue.lastCompleted(frequency, day).isOverdueOn(day, START_2026, END_2028));
  }

  @Test
  void onlyAPeriodInsideTheAgreementIsOwed() {
    MeasurementDue firstQuarter =
        MeasurementDue.lastCompleted(Frequency.KWARTAAL, day("2026-05-01"));
    LocalDate may = day("2026-05-01");
    assertTrue(firstQuarter.isOverdueOn(may, day("2026-01-01"), day("2026-03-31")), "both ends");
    assertFalse(
        firstQuarter.isOverdueOn(may, day("2026-01-02"), day("2026-12-31")),
        "an agreement that starts after the period's first day");
    assertFalse(
        firstQuarter.isOverdueOn(may, day("2026-01-01"), day("2026-03-30")),
        "an agreement that ends before the period's last day");
    assertFalse(
        firstQuarter.isOverdueOn(may, day("2026-04-01"), day("2026-12-31")),
        "an agreement that starts after the period");
  }

  @Test
  void theDashboardAsksForTheLastCompletedPeriodOfEveryFrequency() {
    assertEquals(
        List.of("2026-12", "2026-K4", "2026-H2", "2026"),
        MeasurementDue.lastCompletedPeriods(day("2027-01-15")));
    assertEquals(
        List.of("2028-01", "2027-K4", "2027-H2", "2027"),
        MeasurementDue.lastCompletedPeriods(day("2028-02-29")));
  }
}
