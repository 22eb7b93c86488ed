package nl.verbonden.cycle.entity;

import java.time.LocalDate;

/**
 * What the regisseur records of one joint arrangement's year: the dates on which its documents
 * arrived and the meetings of its algemeen bestuur (AB). Every date may be unknown ({@code null});
 * the calendar then computes what it can and says what it needs.
 *
 * @param year the calendar year the cycle runs in: the budget for {@code year + 1} and the annual
 *     accounts over {@code year - 1} are adopted in it
 * @param kadersReceived the day the frameworks and the provisional accounts arrived
 * @param draftBudgetReceived the day the draft budget (ontwerpbegroting) arrived
 * @param budgetMeeting the AB meeting that adopts the budget
 * @param accountsMeeting the AB meeting that adopts the annual accounts
 */
public record CycleYear(
    int year,
    LocalDate kadersReceived,
    LocalDate draftBudgetReceived,
    LocalDate budgetMeeting,
    LocalDate accountsMeeting)
    implements java.io.Serializable {

  /** A year of which nothing is recorded yet. */
  public static CycleYear empty(int year) {
    return new CycleYear(year, null, null, null, null);
  }
}
