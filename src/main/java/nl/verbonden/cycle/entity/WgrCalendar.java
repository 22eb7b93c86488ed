package nl.verbonden.cycle.entity;

import java.time.LocalDate;
import java.time.MonthDay;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * The planning-and-control calendar of a joint arrangement under the Wet gemeenschappelijke
 * regelingen as it stands since 1 July 2022: from what the regisseur recorded of a year ({@link
 * CycleYear}) and the council's meeting dates, every deadline of the year, the last council meeting
 * that can still decide in time, and where the arrangement does not keep the law. Plain Java: every
 * rule is here, once, with its article in {@link WgrRule}.
 *
 * <p>"Vóór 15 april" means on 14 April at the latest; "binnen twee weken" means at most 14 days
 * after; "twaalf weken voordat" means at least 84 days before.
 */
public final class WgrCalendar {

  /** Art. 34b: frameworks and provisional accounts before 15 April. */
  static final MonthDay KADERS_BEFORE = MonthDay.of(4, 15);

  /** Art. 34 lid 2: the adopted budget to Gedeputeerde Staten before 15 September. */
  static final MonthDay BUDGET_TO_GS_BEFORE = MonthDay.of(9, 15);

  /** Art. 34 lid 4: the adopted annual accounts to Gedeputeerde Staten before 15 July. */
  static final MonthDay ACCOUNTS_TO_GS_BEFORE = MonthDay.of(7, 15);

  /** Art. 34 lid 2 and 4: within two weeks of adoption. */
  static final int DAYS_TO_SEND_AFTER_ADOPTION = 14;

  /** Art. 35: the councils' weeks for a zienswijze on the (draft) budget. */
  static final int BUDGET_WEEKS = 12;

  /** Art. 1 lid 3: the councils' weeks for wensen en bedenkingen on a change of the regeling. */
  static final int REGELING_WEEKS = 8;

  private WgrCalendar() {}

  /**
   * Every deadline of the year, in date order (the ones that cannot be computed yet last).
   *
   * @param councilMeetings the municipality's council meetings, in any order, any years
   */
  public static List<Deadline> year(CycleYear cycle, List<LocalDate> councilMeetings) {
    Objects.requireNonNull(cycle, "cycle");
    List<LocalDate> meetings = sorted(councilMeetings);
    List<Deadline> all = new ArrayList<>();
    all.add(kaders(cycle));
    all.add(draftBudget(cycle));
    all.add(budgetZienswijze(cycle, meetings));
    all.add(budgetToProvince(cycle));
    all.add(accountsToProvince(cycle));
    all.sort(
        Comparator.comparing(Deadline::due, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(Deadline::rule));
    return List.copyOf(all);
  }

  /**
   * The deadline of a zienswijze asked for outside the budget cycle: on a budget amendment (twelve
   * weeks) or on a draft change of the regeling (eight weeks), counted from the day the document
   * arrived; never later than the day before the meeting that decides, when that is known.
   *
   * @param rule {@link WgrRule#ZIENSWIJZE_BEGROTINGSWIJZIGING} or {@link
   *     WgrRule#ZIENSWIJZE_WIJZIGING_REGELING}
   * @param received the day the document arrived (required)
   * @param decidingMeeting the meeting of the bestuur that decides, or {@code null}
   */
  public static Deadline zienswijze(
      WgrRule rule,
      LocalDate received,
      LocalDate decidingMeeting,
      List<LocalDate> councilMeetings) {
    int weeks =
        switch (rule) {
          case ZIENSWIJZE_BEGROTINGSWIJZIGING, ZIENSWIJZE_ONTWERPBEGROTING -> BUDGET_WEEKS;
          case ZIENSWIJZE_WIJZIGING_REGELING -> REGELING_WEEKS;
          default -> throw new IllegalArgumentException(rule + " asks for no zienswijze");
        };
    Objects.requireNonNull(received, "received");
    List<Breach> breaches = new ArrayList<>();
    LocalDate due = received.plusWeeks(weeks);
    if (decidingMeeting != null) {
      int given = wholeWeeks(received, decidingMeeting);
      if (given < weeks) {
        breaches.add(new Breach(Breach.Kind.TOO_SHORT, Math.max(given, 0), weeks));
        due = decidingMeeting.minusDays(1);
      }
    }
    LocalDate council = lastMeeting(sorted(councilMeetings), received, due);
    if (council == null) {
      breaches.add(Breach.of(Breach.Kind.NO_COUNCIL_MEETING));
    }
    return new Deadline(rule, due, null, council, breaches, null);
  }

  /**
   * The last council meeting on or after {@code from} and on or before {@code due}, or {@code
   * null}.
   *
   * @param meetings sorted ascending
   */
  static LocalDate lastMeeting(List<LocalDate> meetings, LocalDate from, LocalDate due) {
    LocalDate last = null;
    for (LocalDate m : meetings) {
      if (m.isAfter(due)) {
        break;
      }
      if (from == null || !m.isBefore(from)) {
        last = m;
      }
    }
    return last;
  }

  private static Deadline kaders(CycleYear c) {
    LocalDate due = KADERS_BEFORE.atYear(c.year()).minusDays(1);
    List<Breach> breaches = new ArrayList<>();
    if (c.kadersReceived() != null && c.kadersReceived().isAfter(due)) {
      breaches.add(Breach.of(Breach.Kind.RECEIVED_LATE));
    }
    return new Deadline(
        WgrRule.KADERS_EN_VOORLOPIGE_JAARREKENING, due, c.kadersReceived(), null, breaches, null);
  }

  private static Deadline draftBudget(CycleYear c) {
    if (c.budgetMeeting() == null) {
      return new Deadline(
          WgrRule.ONTWERPBEGROTING_NAAR_RADEN,
          null,
          c.draftBudgetReceived(),
          null,
          List.of(),
          "de datum van de AB-vergadering die de begroting vaststelt");
    }
    LocalDate due = c.budgetMeeting().minusWeeks(BUDGET_WEEKS);
    List<Breach> breaches = new ArrayList<>();
    if (c.budgetMeeting().getYear() != c.year()) {
      breaches.add(Breach.of(Breach.Kind.MEETING_IN_WRONG_YEAR));
    }
    if (c.draftBudgetReceived() != null && c.draftBudgetReceived().isAfter(due)) {
      int given = Math.max(wholeWeeks(c.draftBudgetReceived(), c.budgetMeeting()), 0);
      breaches.add(new Breach(Breach.Kind.TOO_SHORT, given, BUDGET_WEEKS));
    }
    return new Deadline(
        WgrRule.ONTWERPBEGROTING_NAAR_RADEN, due, c.draftBudgetReceived(), null, breaches, null);
  }

  private static Deadline budgetZienswijze(CycleYear c, List<LocalDate> councilMeetings) {
    if (c.budgetMeeting() == null && c.draftBudgetReceived() == null) {
      return new Deadline(
          WgrRule.ZIENSWIJZE_ONTWERPBEGROTING,
          null,
          null,
          null,
          List.of(),
          "de datum van ontvangst van de ontwerpbegroting of van de AB-vergadering");
    }
    LocalDate from =
        c.draftBudgetReceived() != null
            ? c.draftBudgetReceived()
            : c.budgetMeeting().minusWeeks(BUDGET_WEEKS);
    LocalDate due = from.plusWeeks(BUDGET_WEEKS);
    if (c.budgetMeeting() != null && !due.isBefore(c.budgetMeeting())) {
      due = c.budgetMeeting().minusDays(1);
    }
    LocalDate council = lastMeeting(councilMeetings, from, due);
    List<Breach> breaches =
        council == null ? List.of(Breach.of(Breach.Kind.NO_COUNCIL_MEETING)) : List.of();
    // the dossier, not the calendar, records whether the zienswijze was sent
    return new Deadline(
        WgrRule.ZIENSWIJZE_ONTWERPBEGROTING, due, null, council, breaches, null, false);
  }

  private static Deadline budgetToProvince(CycleYear c) {
    LocalDate latest = BUDGET_TO_GS_BEFORE.atYear(c.year()).minusDays(1);
    return toProvince(WgrRule.BEGROTING_NAAR_GS, c.budgetMeeting(), latest);
  }

  private static Deadline accountsToProvince(CycleYear c) {
    LocalDate latest = ACCOUNTS_TO_GS_BEFORE.atYear(c.year()).minusDays(1);
    return toProvince(WgrRule.JAARREKENING_NAAR_GS, c.accountsMeeting(), latest);
  }

  /** Without the adoption date, the law's outer date is the deadline. */
  private static Deadline toProvince(WgrRule rule, LocalDate adoption, LocalDate latest) {
    if (adoption == null) {
      return new Deadline(rule, latest, null, null, List.of(), null, false);
    }
    LocalDate twoWeeks = adoption.plusDays(DAYS_TO_SEND_AFTER_ADOPTION);
    LocalDate due = twoWeeks.isBefore(latest) ? twoWeeks : latest;
    List<Breach> breaches = new ArrayList<>();
    if (adoption.getYear() != latest.getYear()) {
      breaches.add(Breach.of(Breach.Kind.MEETING_IN_WRONG_YEAR));
    } else if (adoption.isAfter(latest)) {
      breaches.add(Breach.of(Breach.Kind.MEETING_TOO_LATE));
    }
    return new Deadline(rule, due, null, null, breaches, null, false);
  }

  private static int wholeWeeks(LocalDate from, LocalDate to) {
    return (int) Math.floorDiv(ChronoUnit.DAYS.between(from, to), 7);
  }

  private static List<LocalDate> sorted(List<LocalDate> meetings) {
    return meetings == null
        ? List.of()
        : meetings.stream().filter(Objects::nonNull).sorted().toList();
  }
}
