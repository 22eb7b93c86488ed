package nl.verbonden.cycle.boundary;

import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.verbonden.cycle.entity.ArrangementYear;
import nl.verbonden.cycle.entity.CouncilMeeting;
import nl.verbonden.cycle.entity.CycleYear;
import nl.verbonden.cycle.entity.Deadline;
import nl.verbonden.cycle.entity.WgrCalendar;
import nl.verbonden.cycle.entity.Zienswijze;
import nl.verbonden.cycle.entity.ZienswijzeStatus;
import nl.verbonden.register.entity.LegalForm;
import nl.verbonden.register.entity.Party;

/**
 * The governance year's reads on a persistence context that is already bound to one municipality:
 * the services use them for their caller; the reminders and the calendar feed, which run without a
 * logged-in caller, use them for the municipality they bound themselves (decision 0017). Not an
 * EJB: it checks no role, so only boundary code that has checked who asks may call it.
 */
public final class CycleReads {

  /** Council meetings this far into the next year still count for this year's deadlines. */
  private static final int MONTHS_INTO_NEXT_YEAR = 3;

  private CycleReads() {}

  /**
   * Every joint arrangement with a budget cycle that exists in {@code year}, by name, with its
   * deadlines. Three queries, whatever the number of arrangements.
   */
  public static List<ArrangementCalendar> calendar(EntityManager em, int year) {
    List<LocalDate> meetings = meetingDates(em, year);
    Map<Long, ArrangementYear> recorded =
        em
            .createNamedQuery(ArrangementYear.OF_YEAR, ArrangementYear.class)
            .setParameter("year", year)
            .getResultList()
            .stream()
            .collect(Collectors.toMap(ArrangementYear::getPartyId, Function.identity()));
    return arrangements(em, year).stream()
        .map(p -> calendarOf(p, recorded.get(p.getId()), year, meetings))
        .toList();
  }

  /** The days of the council's meetings from {@code from} to {@code to}, both included. */
  public static List<LocalDate> meetingDates(EntityManager em, LocalDate from, LocalDate to) {
    return em
        .createNamedQuery(CouncilMeeting.BETWEEN, CouncilMeeting.class)
        .setParameter("from", from)
        .setParameter("to", to)
        .getResultList()
        .stream()
        .map(CouncilMeeting::getDate)
        .toList();
  }

  /** The council meetings that count for {@code year}'s deadlines. */
  static List<LocalDate> meetingDates(EntityManager em, int year) {
    return meetingDates(
        em, LocalDate.of(year - 1, 1, 1), LocalDate.of(year + 1, MONTHS_INTO_NEXT_YEAR, 31));
  }

  /**
   * The dossiers that are not finished, oldest first: what still needs the council or an answer.
   */
  public static List<ZienswijzeRow> openZienswijzen(EntityManager em, LocalDate today) {
    return rows(
            em,
            em.createNamedQuery(Zienswijze.IN_STATUS, Zienswijze.class)
                .setParameter(
                    "statuses",
                    EnumSet.of(
                        ZienswijzeStatus.ONTVANGEN,
                        ZienswijzeStatus.VOORSTEL,
                        ZienswijzeStatus.BESLOTEN,
                        ZienswijzeStatus.VERZONDEN))
                .getResultList(),
            today)
        .stream()
        .filter(r -> !r.closed())
        .toList();
  }

  /** The dossiers' deadline rows, with the council's meetings around them. */
  static List<ZienswijzeRow> rows(EntityManager em, List<Zienswijze> dossiers, LocalDate today) {
    if (dossiers.isEmpty()) {
      return List.of();
    }
    LocalDate first =
        dossiers.stream().map(Zienswijze::getReceivedOn).min(LocalDate::compareTo).orElseThrow();
    LocalDate last =
        dossiers.stream().map(Zienswijze::getReceivedOn).max(LocalDate::compareTo).orElseThrow();
    List<LocalDate> meetings = meetingDates(em, first, last.plusWeeks(13));
    return dossiers.stream().map(z -> row(z, z.deadline(meetings), today)).toList();
  }

  static ArrangementCalendar calendarOf(
      Party party, ArrangementYear recorded, int year, List<LocalDate> meetings) {
    CycleYear cycle = recorded == null ? CycleYear.empty(year) : recorded.cycle();
    return new ArrangementCalendar(
        party.getId(),
        party.getName(),
        party.getLegalForm(),
        recorded == null ? -1 : recorded.getVersion(),
        cycle,
        WgrCalendar.year(cycle, meetings));
  }

  private static List<Party> arrangements(EntityManager em, int year) {
    List<LegalForm> forms =
        Arrays.stream(LegalForm.values()).filter(LegalForm::hasBudgetCycle).toList();
    LocalDate first = LocalDate.of(year, 1, 1);
    LocalDate last = LocalDate.of(year, 12, 31);
    return em.createQuery(
            "select p from Party p where p.legalForm in :forms"
                + " and (p.startDate is null or p.startDate <= :last)"
                + " and (p.endDate is null or p.endDate >= :first)"
                + " order by lower(p.name), p.name",
            Party.class)
        .setParameter("forms", forms)
        .setParameter("first", first)
        .setParameter("last", last)
        .getResultList();
  }

  private static ZienswijzeRow row(Zienswijze z, Deadline deadline, LocalDate today) {
    return new ZienswijzeRow(
        z.getId(),
        z.getParty().getId(),
        z.getParty().getName(),
        z.getSubject(),
        z.getTitle(),
        z.getReceivedOn(),
        z.getStatus(),
        z.isClosed(),
        !z.isClosed() && deadline.status(today) == Deadline.Status.LATE,
        deadline);
  }
}
