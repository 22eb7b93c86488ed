package nl.verbonden.agreements.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptors;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.verbonden.agreements.control.AgreementQueries;
import nl.verbonden.agreements.control.MeasurementCsvImport;
import nl.verbonden.agreements.control.Reading;
import nl.verbonden.agreements.entity.Agreement;
import nl.verbonden.agreements.entity.AgreementStatus;
import nl.verbonden.agreements.entity.Escalation;
import nl.verbonden.agreements.entity.EscalationRule;
import nl.verbonden.agreements.entity.Indicator;
import nl.verbonden.agreements.entity.Measurement;
import nl.verbonden.agreements.entity.MeasurementChange;
import nl.verbonden.agreements.entity.Period;
import nl.verbonden.roles.entity.RolePlan;
import nl.verbonden.shared.boundary.ImportResult;
import nl.verbonden.shared.control.Entities;
import nl.verbonden.shared.entity.DomainException;
import nl.verbonden.shared.entity.NotFoundException;
import nl.verbonden.tenancy.control.TenantScope;
import nl.verbonden.tenancy.entity.AppRole;

/**
 * The measurements of an agreement's indicators: the values of a period recorded from the grid or
 * imported from a CSV file, corrections kept, and an escalation opened along the party's ladder for
 * every indicator that stayed red too long.
 */
@Stateless
@RolesAllowed(AppRole.Names.REGISSEUR)
@Interceptors(TenantScope.class)
public class MeasurementService {

  @Inject private Clock clock;

  @PersistenceContext private EntityManager em;

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

  /**
   * The corrections of the agreement's measurements, newest first.
   *
   * @throws NotFoundException when the agreement is not of the caller's municipality
   */
  public List<MeasurementChange> corrections(Long agreementId) {
    AgreementQueries.loaded(em, agreementId);
    return AgreementQueries.corrections(em, agreementId);
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
    Map<Long, Measurement> existing =
        AgreementQueries.measurementsOfPeriod(em, agreement.getId(), period.code());
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
    Map<Long, List<Measurement>> byIndicator =
        AgreementQueries.measurementsByIndicator(em, agreement.getId());
    Set<Long> alreadyOpen = AgreementQueries.indicatorsWithOpenEscalation(em, agreement.getId());
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
        ladder = AgreementQueries.ladder(em, agreement.getParty().getId());
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
}
