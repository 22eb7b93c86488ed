package nl.verbonden.cycle.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every rule of the Wgr calendar, at its edges and across year ends. */
class WgrCalendarTest {

  private static LocalDate d(String iso) {
    return iso == null || iso.isBlank() ? null : LocalDate.parse(iso);
  }

  private static Map<WgrRule, Deadline> byRule(CycleYear cycle, List<LocalDate> council) {
    return WgrCalendar.year(cycle, council).stream()
        .collect(Collectors.toMap(Deadline::rule, Function.identity()));
  }

  private static List<Breach.Kind> kinds(Deadline d) {
    return d.breaches().stream().map(Breach::kind).toList();
  }

  @ParameterizedTest(name = "kaders received {1} in {0}: breaches {2}")
  @CsvSource({
    "2027, 2027-04-14, ''", // on the last day: in time
    "2027, 2027-04-15, RECEIVED_LATE", // on 15 April: not "vóór 15 april"
    "2027, 2027-01-10, ''",
    "2028, 2028-04-14, ''", // leap year: nothing moves
    "2027, , ''" // not yet received: open, no breach
  })
  void frameworksAndProvisionalAccountsBeforeFifteenthOfApril(
      int year, String received, String breach) {
    Deadline k =
        byRule(new CycleYear(year, d(received), null, null, null), List.of())
            .get(WgrRule.KADERS_EN_VOORLOPIGE_JAARREKENING);
    assertEquals(LocalDate.of(year, 4, 14), k.due());
    assertEquals(breach.isEmpty() ? List.of() : List.of(Breach.Kind.valueOf(breach)), kinds(k));
  }

  @ParameterizedTest(name = "AB {0}, received {1}: due {2}, weeks given {3}")
  @CsvSource({
    "2027-07-02, 2027-04-09, 2027-04-09, -1", // exactly twelve weeks: in time
    "2027-07-02, 2027-04-10, 2027-04-09, 11", // one day short: 11 whole weeks
    "2027-07-02, 2027-05-01, 2027-04-09, 8",
    "2027-07-02, 2027-07-03, 2027-04-09, 0", // after the meeting: no weeks at all
    "2027-02-25, 2026-12-03, 2026-12-03, -1", // an early AB meeting: due in the year before
    "2027-02-25, 2026-12-31, 2026-12-03, 8" // across the year end: 8 weeks
  })
  void draftBudgetTwelveWeeksBeforeTheMeeting(
      String meeting, String received, String due, int weeksGiven) {
    Deadline b =
        byRule(new CycleYear(2027, null, d(received), d(meeting), null), List.of())
            .get(WgrRule.ONTWERPBEGROTING_NAAR_RADEN);
    assertEquals(d(due), b.due());
    if (weeksGiven < 0) {
      assertEquals(List.of(), b.breaches());
    } else {
      assertEquals(List.of(new Breach(Breach.Kind.TOO_SHORT, weeksGiven, 12)), b.breaches());
    }
  }

  @Test
  void theWarningSaysTheWeeksGivenAndTheWeeksTheLawAsks() {
    Deadline b =
        byRule(new CycleYear(2027, null, d("2027-05-01"), d("2027-07-02"), null), List.of())
            .get(WgrRule.ONTWERPBEGROTING_NAAR_RADEN);
    assertEquals(
        "Ontvangen 8 weken voor de AB-vergadering; de wet vraagt 12.", b.breaches().get(0).text());
    assertEquals(
        "Ontvangen 1 week voor de AB-vergadering; de wet vraagt 12.",
        new Breach(Breach.Kind.TOO_SHORT, 1, 12).text());
  }

  @Test
  void aBudgetAdoptedInTheYearItServesBreaksTheLaw() {
    Deadline b =
        byRule(new CycleYear(2027, null, null, d("2028-01-10"), null), List.of())
            .get(WgrRule.ONTWERPBEGROTING_NAAR_RADEN);
    assertEquals(List.of(Breach.Kind.MEETING_IN_WRONG_YEAR), kinds(b));
  }

  @Test
  void withoutTheMeetingTheDraftBudgetDeadlineSaysWhatItNeeds() {
    Deadline b = byRule(CycleYear.empty(2027), List.of()).get(WgrRule.ONTWERPBEGROTING_NAAR_RADEN);
    assertNull(b.due());
    assertEquals("de datum van de AB-vergadering die de begroting vaststelt", b.needs());
    assertEquals(Deadline.Status.UNKNOWN, b.status(d("2027-06-01")));
  }

  @ParameterizedTest(name = "received {0}, AB {1}: zienswijze due {2}, council {3}")
  @CsvSource({
    // received in time: twelve weeks from receipt, the last council meeting before it
    "2027-04-01, 2027-07-02, 2027-06-24, 2027-06-17",
    // received late: the deadline is the day before the AB meeting
    "2027-05-01, 2027-07-02, 2027-07-01, 2027-06-17",
    // only the meeting known: counted from the day the law says it must be sent
    ", 2027-07-02, 2027-07-01, 2027-06-17",
    // received, meeting unknown: twelve weeks from receipt
    "2027-04-01, , 2027-06-24, 2027-06-17",
    // over the year end: the council meeting of January still counts
    "2026-11-20, 2027-02-26, 2027-02-12, 2027-01-28"
  })
  void councilsHaveTwelveWeeksForTheirZienswijzeOnTheBudget(
      String received, String meeting, String due, String council) {
    List<LocalDate> councilMeetings =
        List.of(
            d("2026-12-17"), d("2027-01-28"), d("2027-03-25"), d("2027-06-17"), d("2027-07-08"));
    Deadline z =
        byRule(new CycleYear(2027, null, d(received), d(meeting), null), councilMeetings)
            .get(WgrRule.ZIENSWIJZE_ONTWERPBEGROTING);
    assertEquals(d(due), z.due());
    assertEquals(d(council), z.lastCouncilMeeting());
    assertEquals(List.of(), z.breaches());
  }

  @Test
  void aCouncilMeetingBeforeTheDocumentArrivedCannotDecide() {
    Deadline z =
        byRule(
                new CycleYear(2027, null, d("2027-04-01"), d("2027-07-02"), null),
                List.of(d("2027-03-25"), d("2027-07-08")))
            .get(WgrRule.ZIENSWIJZE_ONTWERPBEGROTING);
    assertNull(z.lastCouncilMeeting());
    assertEquals(List.of(Breach.Kind.NO_COUNCIL_MEETING), kinds(z));
  }

  @ParameterizedTest(name = "budget adopted {0}: to GS by {1}, breaches {2}")
  @CsvSource({
    "2027-07-02, 2027-07-16, ''", // two weeks after adoption
    "2027-09-05, 2027-09-14, ''", // two weeks would pass 15 September: the 14th
    "2027-09-14, 2027-09-14, ''", // adopted on the last day: send the same day
    "2027-09-20, 2027-09-14, MEETING_TOO_LATE",
    "2028-01-05, 2027-09-14, MEETING_IN_WRONG_YEAR"
  })
  void adoptedBudgetToTheProvinceWithinTwoWeeksAndBeforeFifteenthOfSeptember(
      String adopted, String due, String breach) {
    Deadline g =
        byRule(new CycleYear(2027, null, null, d(adopted), null), List.of())
            .get(WgrRule.BEGROTING_NAAR_GS);
    assertEquals(d(due), g.due());
    assertEquals(breach.isEmpty() ? List.of() : List.of(Breach.Kind.valueOf(breach)), kinds(g));
  }

  @ParameterizedTest(name = "accounts adopted {0}: to GS by {1}, breaches {2}")
  @CsvSource({
    "2027-06-25, 2027-07-09, ''",
    "2027-07-07, 2027-07-14, ''",
    "2027-07-20, 2027-07-14, MEETING_TOO_LATE",
    ", 2027-07-14, ''" // not yet known: the law's outer date
  })
  void adoptedAccountsToTheProvinceWithinTwoWeeksAndBeforeFifteenthOfJuly(
      String adopted, String due, String breach) {
    Deadline g =
        byRule(new CycleYear(2027, null, null, null, d(adopted)), List.of())
            .get(WgrRule.JAARREKENING_NAAR_GS);
    assertEquals(d(due), g.due());
    assertEquals(breach.isEmpty() ? List.of() : List.of(Breach.Kind.valueOf(breach)), kinds(g));
  }

  @ParameterizedTest(name = "{0} received {1}, deciding {2}: due {3}")
  @CsvSource({
    "ZIENSWIJZE_WIJZIGING_REGELING, 2026-12-10, , 2027-02-04, 2027-01-28, ''",
    "ZIENSWIJZE_WIJZIGING_REGELING, 2026-12-10, 2027-01-21, 2027-01-20, 2026-12-17, TOO_SHORT",
    "ZIENSWIJZE_BEGROTINGSWIJZIGING, 2027-01-04, , 2027-03-29, 2027-03-25, ''",
    "ZIENSWIJZE_BEGROTINGSWIJZIGING, 2027-03-26, , 2027-06-18, 2027-06-17, ''"
  })
  void zienswijzenOnAmendmentsAndOnChangesOfTheRegeling(
      WgrRule rule, String received, String deciding, String due, String council, String breach) {
    Deadline z =
        WgrCalendar.zienswijze(
            rule,
            d(received),
            d(deciding),
            List.of(d("2027-06-17"), d("2026-12-17"), d("2027-01-28"), d("2027-03-25")));
    assertEquals(d(due), z.due());
    assertEquals(d(council), z.lastCouncilMeeting());
    assertEquals(breach.isEmpty() ? List.of() : List.of(Breach.Kind.valueOf(breach)), kinds(z));
  }

  @Test
  void onlyZienswijzeRulesHaveAZienswijzeDeadline() {
    assertThrows(
        IllegalArgumentException.class,
        () -> WgrCalendar.zienswijze(WgrRule.BEGROTING_NAAR_GS, d("2027-01-01"), null, List.of()));
  }

  @Test
  void statusOnADay() {
    Deadline open =
        new Deadline(WgrRule.BEGROTING_NAAR_GS, d("2027-09-14"), null, null, List.of(), null);
    assertEquals(Deadline.Status.OPEN, open.status(d("2027-09-14")));
    assertEquals(Deadline.Status.LATE, open.status(d("2027-09-15")));
    assertTrue(open.dueWithin(d("2027-08-04"), 41));
    assertTrue(!open.dueWithin(d("2027-08-03"), 41));
    Deadline doneLate =
        new Deadline(
            WgrRule.BEGROTING_NAAR_GS, d("2027-09-14"), d("2027-09-15"), null, List.of(), null);
    assertEquals(Deadline.Status.LATE, doneLate.status(d("2027-09-01")));
    Deadline done =
        new Deadline(
            WgrRule.BEGROTING_NAAR_GS, d("2027-09-14"), d("2027-09-14"), null, List.of(), null);
    assertEquals(Deadline.Status.DONE, done.status(d("2028-01-01")));
  }

  @Test
  void aDeadlineVerbondenDoesNotTrackHasPassedNotFailed() {
    Map<WgrRule, Deadline> year =
        byRule(new CycleYear(2027, null, d("2027-04-01"), d("2027-07-02"), null), List.of());
    LocalDate after = d("2027-09-20");
    assertEquals(Deadline.Status.PASSED, year.get(WgrRule.BEGROTING_NAAR_GS).status(after));
    assertEquals(
        Deadline.Status.PASSED, year.get(WgrRule.ZIENSWIJZE_ONTWERPBEGROTING).status(after));
    assertEquals(
        Deadline.Status.LATE, year.get(WgrRule.KADERS_EN_VOORLOPIGE_JAARREKENING).status(after));
    assertEquals(Deadline.Status.DONE, year.get(WgrRule.ONTWERPBEGROTING_NAAR_RADEN).status(after));
    assertEquals(Deadline.Status.OPEN, year.get(WgrRule.BEGROTING_NAAR_GS).status(d("2027-07-16")));
  }

  @Test
  void theYearIsInDateOrderWithTheUnknownLast() {
    List<Deadline> year = WgrCalendar.year(CycleYear.empty(2027), List.of());
    assertEquals(WgrRule.KADERS_EN_VOORLOPIGE_JAARREKENING, year.get(0).rule());
    assertEquals(WgrRule.JAARREKENING_NAAR_GS, year.get(1).rule());
    assertEquals(WgrRule.BEGROTING_NAAR_GS, year.get(2).rule());
    assertNull(year.get(3).due());
    assertNull(year.get(4).due());
  }

  @Test
  void everyRuleNamesItsArticle() {
    for (WgrRule r : WgrRule.values()) {
      assertTrue(r.article().startsWith("art. ") && r.article().endsWith(" Wgr"), r.name());
      assertTrue(r.text().endsWith("."), r.name());
    }
  }
}
