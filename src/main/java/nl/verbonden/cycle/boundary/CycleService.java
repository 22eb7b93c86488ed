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
import nl.verbonden.cycle.entity.ArrangementClauses;
import nl.verbonden.cycle.entity.ArrangementYear;
import nl.verbonden.cycle.entity.CouncilMeeting;
import nl.verbonden.cycle.entity.CycleYear;
import nl.verbonden.cycle.entity.WgrClause;
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
    return CycleReads.calendar(em, year);
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

  /**
   * A joint arrangement's required provisions (since 1 July 2022) as recorded.
   *
   * @throws NotFoundException when the party is not of the caller's municipality
   * @throws DomainException when the party is not a joint arrangement
   */
  public ClausesView clauses(Long partyId) {
    Party party = jointArrangement(partyId);
    return ClausesView.of(party, recordedClauses(partyId));
  }

  /**
   * Records where the regeling covers the required provisions, unless someone saved them since they
   * were loaded.
   *
   * @param version the version that was loaded, -1 when nothing was recorded then
   * @throws StaleEditException when someone saved them in the meantime
   * @throws DomainException at the field that is wrong
   */
  @RolesAllowed(AppRole.Names.REGISSEUR)
  public ClausesView recordClauses(
      Long partyId,
      long version,
      Map<WgrClause, String> where,
      LocalDate amendedOn,
      String informatieprotocol,
      String adviescommissie) {
    Party party = jointArrangement(partyId);
    ArrangementClauses current = recordedClauses(partyId);
    LocalDate today = LocalDate.now(clock);
    if (current == null) {
      if (version != -1) {
        throw new StaleEditException(ArrangementClauses.class, partyId);
      }
      current = new ArrangementClauses(party);
      current.record(where, amendedOn, informatieprotocol, adviescommissie, today);
      em.persist(current);
      Entities.flush(em, ArrangementClauses.class, null);
    } else {
      current = Entities.findForEdit(em, ArrangementClauses.class, current.getId(), version);
      current.record(where, amendedOn, informatieprotocol, adviescommissie, today);
      Entities.flush(em, ArrangementClauses.class, current.getId());
    }
    return ClausesView.of(party, current);
  }

  /**
   * Every current joint arrangement whose regeling lacks a required provision (or was never
   * checked), by name. Two queries, whatever the number of arrangements.
   */
  public List<ClausesView> missingClauses() {
    LocalDate today = LocalDate.now(clock);
    Map<Long, ArrangementClauses> recorded =
        em
            .createNamedQuery(ArrangementClauses.ALL, ArrangementClauses.class)
            .getResultList()
            .stream()
            .collect(Collectors.toMap(ArrangementClauses::getPartyId, Function.identity()));
    List<LegalForm> forms =
        Arrays.stream(LegalForm.values()).filter(LegalForm::isJointArrangement).toList();
    return em
        .createQuery(
            "select p from Party p where p.legalForm in :forms"
                + " and (p.endDate is null or p.endDate >= :today)"
                + " order by lower(p.name), p.name",
            Party.class)
        .setParameter("forms", forms)
        .setParameter("today", today)
        .getResultList()
        .stream()
        .map(p -> ClausesView.of(p, recorded.get(p.getId())))
        .filter(c -> !c.complete())
        .toList();
  }

  private Party jointArrangement(Long partyId) {
    Party party = Entities.findOrThrow(em, Party.class, partyId);
    if (!party.getLegalForm().isJointArrangement()) {
      throw new DomainException("zienswijze.notArrangement", null, party.getName());
    }
    return party;
  }

  private ArrangementClauses recordedClauses(Long partyId) {
    return em.createNamedQuery(ArrangementClauses.OF_PARTY, ArrangementClauses.class)
        .setParameter("party", partyId)
        .getResultStream()
        .findFirst()
        .orElse(null);
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
    return CycleReads.meetingDates(em, from, to);
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
    return CycleReads.meetingDates(em, year);
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
    return CycleReads.calendarOf(party, recorded, year, meetings);
  }
}
