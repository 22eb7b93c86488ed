package nl.verbonden.agreements.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptors;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import nl.verbonden.agreements.control.AgreementHistory;
import nl.verbonden.agreements.control.AgreementQueries;
import nl.verbonden.agreements.entity.Agreement;
import nl.verbonden.agreements.entity.AgreementChange;
import nl.verbonden.agreements.entity.AgreementSubject;
import nl.verbonden.agreements.entity.Escalation;
import nl.verbonden.agreements.entity.Indicator;
import nl.verbonden.agreements.entity.Measurement;
import nl.verbonden.agreements.entity.MeasurementDue;
import nl.verbonden.agreements.entity.Period;
import nl.verbonden.agreements.entity.TrafficLight;
import nl.verbonden.register.entity.Party;
import nl.verbonden.shared.control.Entities;
import nl.verbonden.shared.control.HistoryRows;
import nl.verbonden.shared.entity.Changed;
import nl.verbonden.shared.entity.DomainException;
import nl.verbonden.shared.entity.NotFoundException;
import nl.verbonden.tenancy.control.TenantScope;
import nl.verbonden.tenancy.entity.AppRole;

/**
 * The service-level agreements (DVO's) of the caller's municipality and their indicators: list,
 * find, create and edit them, and an agreement with its lights as its page shows it. Measurements
 * are recorded by {@link MeasurementService}, escalations handled by {@link EscalationService}, the
 * dashboard made by {@link AgreementDashboardService}. Every change of an agreement or an indicator
 * goes into the agreement's history, written by {@link AgreementHistoryWriter} in the same
 * transaction.
 */
@Stateless
@RolesAllowed(AppRole.Names.REGISSEUR)
@Interceptors(TenantScope.class)
public class AgreementService {

  @Inject private Clock clock;

  @PersistenceContext private EntityManager em;

  @Inject private Event<Changed> changed;

  public List<Agreement> list() {
    return AgreementQueries.all(em);
  }

  public List<Agreement> ofParty(Long partyId) {
    Entities.findOrThrow(em, Party.class, partyId);
    return AgreementQueries.ofParty(em, partyId);
  }

  /**
   * @throws NotFoundException when the agreement is not of the caller's municipality
   */
  public Agreement find(Long id) {
    return AgreementQueries.loaded(em, id);
  }

  /**
   * The agreement with every indicator's measurements and light, the light of the whole, and its
   * escalations.
   */
  public AgreementStatusView status(Long id) {
    Agreement agreement = AgreementQueries.loaded(em, id);
    Map<Long, List<Measurement>> byIndicator = AgreementQueries.measurementsByIndicator(em, id);
    List<IndicatorStatus> indicators = new ArrayList<>();
    List<TrafficLight> lights = new ArrayList<>();
    LocalDate today = LocalDate.now(clock);
    for (Indicator indicator : agreement.getIndicators()) {
      indicator.thresholdHistory(); // read now, for the lights shown after the transaction
      List<Measurement> measured = byIndicator.getOrDefault(indicator.getId(), List.of());
      TrafficLight light =
          measured.isEmpty() ? TrafficLight.GREY : measured.get(measured.size() - 1).light();
      lights.add(light);
      MeasurementDue due = MeasurementDue.lastCompleted(indicator.getFrequency(), today);
      boolean missing =
          due.isOverdueOn(today, agreement.getStartDate(), agreement.getEndDate())
              && measured.stream().noneMatch(m -> m.getPeriodCode().equals(due.period().code()));
      indicators.add(
          new IndicatorStatus(indicator, measured, light, missing ? due.period().code() : null));
    }
    List<Escalation> escalations = AgreementQueries.escalations(em, id);
    escalations.forEach(e -> e.getEvents().size());
    return new AgreementStatusView(
        agreement,
        agreement.statusOn(LocalDate.now(clock)),
        indicators,
        TrafficLight.worst(lights),
        escalations);
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
    changed.fire(AgreementHistory.created(agreement));
    return agreement;
  }

  /** Saves an edited agreement, unless someone saved it since it was loaded. */
  public Agreement update(@NotNull @Valid Agreement edited) {
    Agreement current =
        Entities.findForEdit(em, Agreement.class, edited.getId(), edited.getVersion());
    Map<String, Object> before = AgreementHistory.describe(current);
    current.copyEditableFrom(edited);
    current.check();
    Entities.flush(em, Agreement.class, current.getId());
    changed.fire(AgreementHistory.changed(before, current));
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
    changed.fire(AgreementHistory.indicatorAdded(indicator));
    return indicator;
  }

  /**
   * Saves an edited indicator of this agreement, unless someone saved it since it was loaded;
   * changed thresholds hold from the current period of the indicator's frequency.
   */
  public Indicator updateIndicator(Long agreementId, @NotNull @Valid Indicator edited) {
    return updateIndicator(
        agreementId, edited, Period.containing(edited.getFrequency(), LocalDate.now(clock)));
  }

  /**
   * Saves an edited indicator of this agreement, unless someone saved it since it was loaded.
   * Changed thresholds hold from the period given, and judge the measurements of that period and
   * later; earlier periods keep the thresholds they had. Without a period they hold from the
   * beginning, for every measurement (to correct a mistake).
   *
   * @throws DomainException at the field that is wrong: thresholds against the direction, a target
   *     that is not green, a name the agreement already has
   */
  public Indicator updateIndicator(
      Long agreementId, @NotNull @Valid Indicator edited, Period thresholdsFrom) {
    Agreement agreement = Entities.findOrThrow(em, Agreement.class, agreementId);
    Indicator current =
        Entities.findForEdit(em, Indicator.class, edited.getId(), edited.getVersion());
    if (!current.getAgreement().getId().equals(agreementId)) {
      throw new NotFoundException(Indicator.class, edited.getId());
    }
    agreement.checkNameFree(edited.getName(), current);
    String name = current.getName();
    Map<String, Object> before = AgreementHistory.describe(current);
    current.copyEditableFrom(edited, thresholdsFrom);
    current.checkThresholds();
    Entities.flush(em, Indicator.class, current.getId());
    changed.fire(AgreementHistory.indicatorChanged(name, before, current));
    return current;
  }

  /** Every recorded change of an agreement and its indicators, newest first. */
  public List<AgreementChange> history(Long id) {
    Entities.findOrThrow(em, Agreement.class, id);
    return HistoryRows.of(em, AgreementChange.class, AgreementSubject.AGREEMENT, id);
  }
}
