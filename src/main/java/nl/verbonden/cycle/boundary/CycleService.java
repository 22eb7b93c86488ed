package nl.verbonden.cycle.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptors;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.verbonden.cycle.entity.ArrangementYear;
import nl.verbonden.cycle.entity.CouncilMeeting;
import nl.verbonden.cycle.entity.CycleYear;
import nl.verbonden.cycle.entity.WgrCalendar;
import nl.verbonden.register.entity.LegalForm;
import nl.verbonden.register.entity.Party;
import nl.verbonden.shared.control.Entities;
import nl.verbonden.shared.entity.DomainException;
import nl.verbonden.shared.entity.NotFoundException;
import nl.verbonden.shared.entity.StaleEditException;
import nl.verbonden.tenancy.control.TenantScope;
import nl.verbonden.tenancy.entity.AppRole;

/**
 * The Wgr planning-and-control calendar of the caller's municipality: per joint arrangement with a
 * budget cycle the recorded year and its deadlines, and the council's meetings. Regisseurs record;
 * regisseurs and raadsleden read.
 */
@Stateless
@RolesAllowed({AppRole.Names.REGISSEUR, AppRole.Names.RAADSLID})
@Interceptors(TenantScope.class)
public class CycleService {

  /** Council meetings this far into the next year still count for this year's deadlines. */
  private static final int MONTHS_INTO_NEXT_YEAR = 3;

  @PersistenceContext private EntityManager em;
  @Inject private Clock clock;

  /** The year of the application's clock. */
  public int thisYear() {
    return LocalDate.now(clock).getYear();
  }

  /**
   * Every joint arrangement with a budget cycle that exists in {@code year}, by name, with its
   * deadlines. Three queries, whatever the number of arrangements.
   */
  public List<ArrangementCalendar> calendar(int year) {
    List<LocalDate> meetings = meetingDates(year);
    Map<Long, ArrangementYear> recorded =
        em
            .createNamedQuery(ArrangementYear.OF_YEAR, ArrangementYear.class)
            .setParameter("year", year)
            .getResultList()
            .stream()
            .collect(Collectors.toMap(ArrangementYear::getPartyId, Function.identity()));
    return arrangements(year).stream()
        .map(p -> calendarOf(p, recorded.get(p.getId()), year, meetings))
        .toList();
  }

  /**
   * One arrangement's year.
   *
   * @throws NotFoundException when the party is not of the caller's municipality
   * @throws DomainException when the party is not a joint arrangement
   */
  public ArrangementCalendar arrangement(Long partyId, int year) {
    Party party = Entities.findOrThrow(em, Party.class, partyId);
    if (!party.getLegalForm().isJointArrangement()) {
      throw new DomainException("zienswijze.notArrangement", null, party.getName());
    }
    if (!party.getLegalForm().hasBudgetCycle()) {
      return new ArrangementCalendar(
          party.getId(),
          party.getName(),
          party.getLegalForm(),
          -1,
          CycleYear.empty(year),
          List.of());
    }
    return calendarOf(party, recordedYear(partyId, year), year, meetingDates(year));
  }

  /**
   * Records the dates of an arrangement's year, unless someone saved them since they were loaded.
   *
   * @param version the version that was loaded, -1 when nothing was recorded then
   * @throws StaleEditException when someone saved them in the meantime
   */
  @RolesAllowed(AppRole.Names.REGISSEUR)
  public ArrangementCalendar record(Long partyId, int year, long version, CycleYear dates) {
    Party party = budgetParty(partyId);
    ArrangementYear current = recordedYear(partyId, year);
    if (current == null) {
      if (version != -1) {
        throw new StaleEditException(ArrangementYear.class, partyId);
      }
      current = new ArrangementYear(party, year);
      current.record(dates, LocalDate.now(clock));
      em.persist(current);
      Entities.flush(em, ArrangementYear.class, null);
    } else {
      current = Entities.findForEdit(em, ArrangementYear.class, current.getId(), version);
      current.record(dates, LocalDate.now(clock));
      Entities.flush(em, ArrangementYear.class, current.getId());
    }
    return calendarOf(party, current, year, meetingDates(year));
  }

  /** The council's meetings of {@code year}, by date. */
  public List<CouncilMeeting> councilMeetings(int year) {
    return em.createNamedQuery(CouncilMeeting.BETWEEN, CouncilMeeting.class)
        .setParameter("from", LocalDate.of(year, 1, 1))
        .setParameter("to", LocalDate.of(year, 12, 31))
        .getResultList();
  }

  /** The days of the council's meetings from {@code from} to {@code to}, both included. */
  public List<LocalDate> meetingDates(LocalDate from, LocalDate to) {
    return em
        .createNamedQuery(CouncilMeeting.BETWEEN, CouncilMeeting.class)
        .setParameter("from", from)
        .setParameter("to", to)
        .getResultList()
        .stream()
        .map(CouncilMeeting::getDate)
        .toList();
  }

  /**
   * Adds a council meeting.
   *
   * @throws DomainException on field {@code raadsvergadering} when there is no date or the council
   *     already meets that day
   */
  @RolesAllowed(AppRole.Names.REGISSEUR)
  public CouncilMeeting addCouncilMeeting(LocalDate date, String note) {
    if (date == null) {
      throw new DomainException("validation.required", "raadsvergadering");
    }
    if (note != null && note.strip().length() > 200) {
      throw new DomainException("validation.tooLong", "raadsvergaderingNotitie", 200);
    }
    boolean taken =
        !em.createNamedQuery(CouncilMeeting.ON, CouncilMeeting.class)
            .setParameter("date", date)
            .getResultList()
            .isEmpty();
    if (taken) {
      throw new DomainException("cycle.council.duplicate", "raadsvergadering", date);
    }
    CouncilMeeting meeting = new CouncilMeeting(date, note);
    em.persist(meeting);
    Entities.flush(em, CouncilMeeting.class, null);
    return meeting;
  }

  /** Removes a council meeting that was entered by mistake or cancelled. */
  @RolesAllowed(AppRole.Names.REGISSEUR)
  public void removeCouncilMeeting(Long id) {
    em.remove(Entities.findOrThrow(em, CouncilMeeting.class, id));
  }

  private List<LocalDate> meetingDates(int year) {
    return meetingDates(
        LocalDate.of(year - 1, 1, 1), LocalDate.of(year + 1, MONTHS_INTO_NEXT_YEAR, 31));
  }

  private List<Party> arrangements(int year) {
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

  private Party budgetParty(Long partyId) {
    Party party = Entities.findOrThrow(em, Party.class, partyId);
    if (!party.getLegalForm().hasBudgetCycle()) {
      throw new DomainException("cycle.noBudgetCycle", null, party.getName());
    }
    return party;
  }

  private ArrangementYear recordedYear(Long partyId, int year) {
    return em.createNamedQuery(ArrangementYear.OF_PARTY_YEAR, ArrangementYear.class)
        .setParameter("party", partyId)
        .setParameter("year", year)
        .getResultStream()
        .findFirst()
        .orElse(null);
  }

  private static ArrangementCalendar calendarOf(
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
}
