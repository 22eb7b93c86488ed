package nl.verbonden.agreements.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptors;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.verbonden.agreements.control.MeasurementCsvImport;
import nl.verbonden.agreements.control.Reading;
import nl.verbonden.agreements.entity.Agreement;
import nl.verbonden.agreements.entity.AgreementStatus;
import nl.verbonden.agreements.entity.Escalation;
import nl.verbonden.agreements.entity.EscalationRule;
import nl.verbonden.agreements.entity.EscalationStatus;
import nl.verbonden.agreements.entity.Frequency;
import nl.verbonden.agreements.entity.Indicator;
import nl.verbonden.agreements.entity.Measurement;
import nl.verbonden.agreements.entity.MeasurementChange;
import nl.verbonden.agreements.entity.Period;
import nl.verbonden.agreements.entity.TrafficLight;
import nl.verbonden.register.entity.Party;
import nl.verbonden.roles.entity.PartyGovernance;
import nl.verbonden.roles.entity.RolePlan;
import nl.verbonden.shared.boundary.ImportResult;
import nl.verbonden.shared.control.Entities;
import nl.verbonden.shared.entity.DomainException;
import nl.verbonden.shared.entity.NotFoundException;
import nl.verbonden.tenancy.control.TenantScope;
import nl.verbonden.tenancy.entity.AppRole;

/**
 * The service-level agreements (DVO's) of the caller's municipality: agreements and their
 * indicators, measurements per period (corrections kept), traffic lights, and escalations along the
 * party's escalation ladder.
 */
@Stateless
@RolesAllowed(AppRole.Names.REGISSEUR)
@Interceptors(TenantScope.class)
public class AgreementService {

  @Inject private Clock clock;

  /** How long after a period's end its values may come in before they are overdue. */
  public static final int REPORTING_DAYS = 30;

  /** Agreements ending within this many days are listed on the dashboard. */
  public static final int ENDING_WITHIN_DAYS = 90;

  @PersistenceContext private EntityManager em;

  public List<Agreement> list() {
    return em.createNamedQuery(Agreement.ALL, Agreement.class).getResultList();
  }

  public List<Agreement> ofParty(Long partyId) {
    Entities.findOrThrow(em, Party.class, partyId);
    return em.createNamedQuery(Agreement.OF_PARTY, Agreement.class)
        .setParameter("party", partyId)
        .getResultList();
  }

  /**
   * @throws NotFoundException when the agreement is not of the caller's municipality
   */
  public Agreement find(Long id) {
    Agreement agreement = Entities.findOrThrow(em, Agreement.class, id);
    agreement.getParty().getName();
    agreement.getIndicators().size();
    return agreement;
  }

  /**
   * The agreement with every indicator's measurements and light, the light of the whole, and its
   * escalations.
   */
  public AgreementStatusView status(Long id) {
    Agreement agreement = find(id);
    Map<Long, List<Measurement>> byIndicator = new HashMap<>();
    for (Measurement m :
        em.createNamedQuery(Measurement.OF_AGREEMENT, Measurement.class)
            .setParameter("agreement", id)
            .getResultList()) {
      byIndicator.computeIfAbsent(m.getIndicator().getId(), k -> new ArrayList<>()).add(m);
    }
    List<IndicatorStatus> indicators = new ArrayList<>();
    List<TrafficLight> lights = new ArrayList<>();
    for (Indicator indicator : agreement.getIndicators()) {
      List<Measurement> measured = byIndicator.getOrDefault(indicator.getId(), List.of());
      TrafficLight light =
          measured.isEmpty() ? TrafficLight.GREY : measured.get(measured.size() - 1).light();
      lights.add(light);
      indicators.add(new IndicatorStatus(indicator, measured, light));
    }
    List<Escalation> escalations =
        em.createNamedQuery(Escalation.OF_AGREEMENT, Escalation.class)
            .setParameter("agreement", id)
            .getResultList();
    escalations.forEach(e -> e.getEvents().size());
    return new AgreementStatusView(
        agreement,
        agreement.statusOn(LocalDate.now(clock)),
        indicators,
        TrafficLight.worst(lights),
        escalations);
  }

  /** The corrections of the agreement's measurements, newest first. */
  public List<MeasurementChange> corrections(Long agreementId) {
    find(agreementId);
    return em.createNamedQuery(MeasurementChange.OF_AGREEMENT, MeasurementChange.class)
        .setParameter("agreement", agreementId)
        .getResultList();
  }

  /**
   * @throws DomainException at the field that is wrong (end before start, status VERLOPEN)
   */
  public Agreement create(Long partyId, @NotNull @Valid Agreement agreement) {
    Party party = Entities.findOrThrow(em, Party.class, partyId);
    agreement.setParty(party);
    agreement.check();
    em.persist(agreement);
    Entities.flush(em, Agreement.class, null);
    return agreement;
  }

  /** Saves an edited agreement, unless someone saved it since it was loaded. */
  public Agreement update(@NotNull @Valid Agreement edited) {
    Agreement current =
        Entities.findForEdit(em, Agreement.class, edited.getId(), edited.getVersion());
    current.copyEditableFrom(edited);
    current.check();
    Entities.flush(em, Agreement.class, current.getId());
    return current;
  }

  /**
   * @throws DomainException at the field that is wrong: thresholds against the direction, a target
   *     that is not green, a name the agreement already has
   */
  public Indicator addIndicator(Long agreementId, @NotNull @Valid Indicator indicator) {
    Agreement agreement = Entities.findOrThrow(em, Agreement.class, agreementId);
    agreement.addIndicator(indicator);
    Entities.flush(em, Agreement.class, agreementId);
    return indicator;
  }

  /** Saves an edited indicator of this agreement, unless someone saved it since it was loaded. */
  public Indicator updateIndicator(Long agreementId, @NotNull @Valid Indicator edited) {
    Agreement agreement = Entities.findOrThrow(em, Agreement.class, agreementId);
    Indicator current =
        Entities.findForEdit(em, Indicator.class, edited.getId(), edited.getVersion());
    if (!current.getAgreement().getId().equals(agreementId)) {
      throw new NotFoundException(Indicator.class, edited.getId());
    }
    agreement.checkNameFree(edited.getName(), current);
    current.copyEditableFrom(edited);
    current.checkThresholds();
    Entities.flush(em, Indicator.class, current.getId());
    return current;
  }

  /**
   * Records the values of one period: new ones are added, changed ones corrected (the earlier value
   * kept), equal ones left alone. Then every indicator that is now red for the agreement's number
   * of consecutive periods, and has no open escalation, gets one at the first level of the party's
   * ladder. All or nothing.
   *
   * @throws DomainException when the period lies outside the agreement or does not fit an
   *     indicator's frequency, or a value is missing
   */
  public RecordResult record(
      Long agreementId, @NotNull Period period, @NotNull List<Reading> readings) {
    Agreement agreement = lockForMeasurements(agreementId);
    RecordResult result = apply(agreement, period, readings);
    return result.plus(escalate(agreement));
  }

  /**
   * Records a whole set of rows (the CSV import) in one transaction. Rows are checked by {@link
   * MeasurementCsvImport} first ({@link #importCsv}); here they are applied.
   */
  public RecordResult recordAll(Long agreementId, @NotNull Map<Period, List<Reading>> rows) {
    Agreement agreement = lockForMeasurements(agreementId);
    RecordResult result = RecordResult.NOTHING;
    for (Map.Entry<Period, List<Reading>> period : rows.entrySet()) {
      result = result.plus(apply(agreement, period.getKey(), period.getValue()));
    }
    return result.plus(escalate(agreement));
  }

  /**
   * Imports a CSV file of measurements into the agreement, all or nothing: when any row is wrong
   * nothing is recorded and the errors come back; otherwise every row is recorded as by {@link
   * #recordAll}. So the same file imported twice changes nothing the second time, and a file with
   * changed values corrects them, keeping the earlier ones.
   *
   * @param content the CSV file (columns and formats: docs/measurement-import.md)
   * @throws NotFoundException when the agreement is not of the caller's municipality
   */
  public MeasurementImportResult importCsv(Long agreementId, @NotNull byte[] content) {
    Agreement agreement = Entities.findOrThrow(em, Agreement.class, agreementId);
    MeasurementCsvImport.Outcome outcome = MeasurementCsvImport.read(content, agreement);
    if (!outcome.succeeded()) {
      return MeasurementImportResult.refused(outcome.errors());
    }
    RecordResult recorded = recordAll(agreementId, outcome.readings());
    return new MeasurementImportResult(ImportResult.imported(outcome.count()), recorded);
  }

  /** Raises an open escalation to the next level of the party's ladder, with a note. */
  public Escalation raise(Long escalationId, String note) {
    Escalation escalation = Entities.findOrThrow(em, Escalation.class, escalationId);
    escalation.raise(
        ladder(escalation.getAgreement().getParty().getId()), LocalDate.now(clock), note);
    Entities.flush(em, Escalation.class, escalationId);
    return escalation;
  }

  /** Resolves an open escalation with what was agreed. */
  public Escalation resolve(Long escalationId, String note) {
    Escalation escalation = Entities.findOrThrow(em, Escalation.class, escalationId);
    escalation.resolve(LocalDate.now(clock), note);
    Entities.flush(em, Escalation.class, escalationId);
    return escalation;
  }

  /**
   * Open escalations, agreements ending within 90 days, overdue measurements. A fixed number of
   * queries.
   */
  public Dashboard dashboard() {
    LocalDate today = LocalDate.now(clock);
    List<Dashboard.OpenEscalation> open =
        em.createNamedQuery(Escalation.OPEN, Escalation.class).getResultList().stream()
            .map(e -> Dashboard.OpenEscalation.of(e, today))
            .toList();
    // A mutable list: the page's table sorts it in place.
    List<Dashboard.AgreementRow> all = new ArrayList<>();
    list().forEach(a -> all.add(Dashboard.AgreementRow.of(a, today)));
    List<Dashboard.AgreementRow> ending =
        all.stream()
            .filter(a -> a.status() == AgreementStatus.ACTIEF)
            .filter(a -> !a.endDate().isAfter(today.plusDays(ENDING_WITHIN_DAYS)))
            .toList();
    // Only the last completed period of each frequency matters: ask for those few period codes, as
    // pairs, not for
    // every measurement (bench/README.md: loading them all made this page take seconds and exhaust
    // the heap).
    List<String> lastPeriods = new ArrayList<>();
    for (Frequency frequency : Frequency.values()) {
      lastPeriods.add(Period.containing(frequency, today).previous().code());
    }
    Set<String> measured = new HashSet<>();
    for (Object[] m :
        em.createQuery(
                "select m.indicator.id, m.periodCode from Measurement m where m.indicator.agreement.status ="
                    + " nl.verbonden.agreements.entity.AgreementStatus.ACTIEF and m.periodCode in :periods",
                Object[].class)
            .setParameter("periods", lastPeriods)
            .getResultList()) {
      measured.add(m[0] + "/" + m[1]);
    }
    // Values, not entities: this runs for every dashboard view, over every indicator of the
    // municipality
    List<Dashboard.OverdueMeasurement> overdue = new ArrayList<>();
    for (Object[] i :
        em.createQuery(
                "select i.id, i.name, i.frequency, a.id, a.title, a.startDate, a.endDate from Indicator i join"
                    + " i.agreement a where a.status = nl.verbonden.agreements.entity.AgreementStatus.ACTIEF"
                    + " order by a.title, i.name",
                Object[].class)
            .getResultList()) {
      Period last = Period.containing((Frequency) i[2], today).previous();
      LocalDate dueOn = last.end().plusDays(REPORTING_DAYS);
      if (Agreement.covers((LocalDate) i[5], (LocalDate) i[6], last)
          && dueOn.isBefore(today)
          && !measured.contains(i[0] + "/" + last.code())) {
        overdue.add(
            new Dashboard.OverdueMeasurement(
                (Long) i[3], (String) i[4], (String) i[1], last.code(), dueOn));
      }
    }
    return new Dashboard(open, ending, overdue, all);
  }

  // --- Helpers
  // ------------------------------------------------------------------------------------------------

  private Agreement lockForMeasurements(Long agreementId) {
    Agreement agreement = Entities.findOrThrow(em, Agreement.class, agreementId);
    em.lock(agreement, LockModeType.PESSIMISTIC_WRITE);
    return agreement;
  }

  private RecordResult apply(Agreement agreement, Period period, List<Reading> readings) {
    if (agreement.getStatus() == AgreementStatus.CONCEPT) {
      throw new DomainException("verbonden.measurement.concept", "periode");
    }
    if (!agreement.covers(period)) {
      throw new DomainException("verbonden.measurement.outsideAgreement", "periode", period.code());
    }
    Map<Long, Indicator> indicators = new HashMap<>();
    agreement.getIndicators().forEach(i -> indicators.put(i.getId(), i));
    Map<Long, Measurement> existing = new HashMap<>();
    for (Measurement m :
        em.createQuery(
                "select m from Measurement m where m.indicator.agreement.id = :agreement and m.periodCode = :period",
                Measurement.class)
            .setParameter("agreement", agreement.getId())
            .setParameter("period", period.code())
            .getResultList()) {
      existing.put(m.getIndicator().getId(), m);
    }
    int added = 0;
    int corrected = 0;
    int unchanged = 0;
    for (Reading reading : readings) {
      if (reading.value() == null) {
        continue;
      }
      Indicator indicator = indicators.get(reading.indicatorId());
      if (indicator == null) {
        throw new NotFoundException(Indicator.class, reading.indicatorId());
      }
      if (indicator.getFrequency() != period.frequency()) {
        throw new DomainException(
            "verbonden.measurement.frequency", "periode", indicator.getName(), period.code());
      }
      BigDecimal value = reading.value().stripTrailingZeros();
      if (Math.max(value.scale(), 0) > 2 || value.precision() - value.scale() > 13) {
        throw new DomainException("verbonden.measurement.tooPrecise", null, indicator.getName());
      }
      checkText(reading.source());
      checkText(reading.comment());
      Measurement current = existing.get(indicator.getId());
      if (current == null) {
        em.persist(
            new Measurement(
                indicator, period, reading.value(), reading.source(), reading.comment()));
        added++;
      } else if (current.differsFrom(reading.value(), reading.source(), reading.comment())) {
        if (current.getValue().compareTo(reading.value()) != 0) {
          em.persist(current.correct(reading.value(), reading.source(), reading.comment()));
        } else {
          current.correct(reading.value(), reading.source(), reading.comment());
        }
        corrected++;
      } else {
        unchanged++;
      }
    }
    Entities.flush(em, Agreement.class, agreement.getId());
    return new RecordResult(added, corrected, unchanged, List.of(), List.of());
  }

  private static void checkText(String text) {
    if (text != null && text.strip().length() > Measurement.MAX_TEXT) {
      throw new DomainException("validation.tooLong", null, Measurement.MAX_TEXT);
    }
  }

  /**
   * Opens escalations for the agreement's indicators that stayed red too long and have none open.
   */
  private RecordResult escalate(Agreement agreement) {
    Map<Long, List<Measurement>> byIndicator = new HashMap<>();
    for (Measurement m :
        em.createNamedQuery(Measurement.OF_AGREEMENT, Measurement.class)
            .setParameter("agreement", agreement.getId())
            .getResultList()) {
      byIndicator.computeIfAbsent(m.getIndicator().getId(), k -> new ArrayList<>()).add(m);
    }
    Set<Long> alreadyOpen = new HashSet<>();
    for (Escalation e :
        em.createNamedQuery(Escalation.OF_AGREEMENT, Escalation.class)
            .setParameter("agreement", agreement.getId())
            .getResultList()) {
      if (e.getStatus() == EscalationStatus.OPEN) {
        alreadyOpen.add(e.getIndicator().getId());
      }
    }
    List<String> opened = new ArrayList<>();
    List<String> withoutLadder = new ArrayList<>();
    List<RolePlan.Step> ladder = null;
    for (Indicator indicator : agreement.getIndicators()) {
      List<Measurement> measured = byIndicator.getOrDefault(indicator.getId(), List.of());
      if (alreadyOpen.contains(indicator.getId())
          || !EscalationRule.redTooLong(measured, agreement.getEscalateAfter())) {
        continue;
      }
      if (ladder == null) {
        ladder = ladder(agreement.getParty().getId());
      }
      if (ladder.isEmpty()) {
        withoutLadder.add(indicator.getName());
        continue;
      }
      String why =
          "Rood in "
              + agreement.getEscalateAfter()
              + " opeenvolgende perioden, tot en met "
              + measured.get(measured.size() - 1).getPeriodCode();
      em.persist(Escalation.open(indicator, ladder, LocalDate.now(clock), why));
      opened.add(indicator.getName());
    }
    return new RecordResult(0, 0, 0, opened, withoutLadder);
  }

  private List<RolePlan.Step> ladder(Long partyId) {
    return em.createNamedQuery(PartyGovernance.OF_PARTY, PartyGovernance.class)
        .setParameter("party", partyId)
        .getResultStream()
        .findFirst()
        .map(PartyGovernance::ladderSteps)
        .orElse(List.of());
  }
}
