package nl.verbonden.agreements.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptors;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.verbonden.agreements.control.AgreementQueries;
import nl.verbonden.agreements.control.DashboardQueries;
import nl.verbonden.agreements.control.DashboardQueries.ActiveIndicator;
import nl.verbonden.agreements.control.DashboardQueries.Measured;
import nl.verbonden.agreements.entity.Agreement;
import nl.verbonden.agreements.entity.MeasurementDue;
import nl.verbonden.agreements.entity.TrafficLight;
import nl.verbonden.register.entity.Party;
import nl.verbonden.shared.control.Entities;
import nl.verbonden.tenancy.control.TenantScope;
import nl.verbonden.tenancy.entity.AppRole;

/**
 * The DVO dashboard of the caller's municipality: what needs attention, and every agreement. A
 * fixed number of queries whatever the size of the municipality (decision 0006).
 */
@Stateless
@RolesAllowed(AppRole.Names.REGISSEUR)
@Interceptors(TenantScope.class)
public class AgreementDashboardService {

  /** Agreements ending within this many days are listed on the dashboard. */
  public static final int ENDING_WITHIN_DAYS = 90;

  @Inject private Clock clock;

  @PersistenceContext private EntityManager em;

  /**
   * Open escalations, active agreements ending within {@link #ENDING_WITHIN_DAYS} days, overdue
   * measurements ({@link MeasurementDue}), and every agreement. The same four queries whatever the
   * number of agreements.
   */
  public Dashboard dashboard() {
    LocalDate today = LocalDate.now(clock);
    List<Dashboard.OpenEscalation> open =
        DashboardQueries.openEscalations(em).stream()
            .map(e -> Dashboard.OpenEscalation.of(e, today))
            .toList();
    // A mutable list: the page's table sorts it in place.
    List<Dashboard.AgreementRow> all = new ArrayList<>();
    List<Dashboard.AgreementRow> ending = new ArrayList<>();
    List<Agreement> agreements = AgreementQueries.all(em);
    // after the agreements: the measurements' indicators find their agreement in the context
    Map<Long, TrafficLight> lights = DashboardQueries.lights(em, null);
    for (Agreement agreement : agreements) {
      Dashboard.AgreementRow row =
          Dashboard.AgreementRow.of(agreement, today, lights.get(agreement.getId()));
      all.add(row);
      if (agreement.endsWithin(today, ENDING_WITHIN_DAYS)) {
        ending.add(row);
      }
    }
    return new Dashboard(open, List.copyOf(ending), overdue(today), all);
  }

  /**
   * The party's agreements with their lights, the latest ending first, for the party page (three
   * queries whatever the number of agreements).
   *
   * @throws nl.verbonden.shared.entity.NotFoundException when the party is not of the caller's
   *     municipality
   */
  public List<Dashboard.AgreementRow> ofParty(Long partyId) {
    Entities.findOrThrow(em, Party.class, partyId);
    LocalDate today = LocalDate.now(clock);
    List<Agreement> agreements = AgreementQueries.ofParty(em, partyId);
    Map<Long, TrafficLight> lights = DashboardQueries.lights(em, partyId);
    List<Dashboard.AgreementRow> rows = new ArrayList<>();
    for (Agreement agreement : agreements) {
      rows.add(Dashboard.AgreementRow.of(agreement, today, lights.get(agreement.getId())));
    }
    return rows;
  }

  /**
   * The values of the last completed periods that have not come in past their due date. Only the
   * last completed period of each frequency matters: ask for those few period codes, as pairs, not
   * for every measurement (bench/README.md: loading them all made this page take seconds and
   * exhaust the heap); and the indicators as values, not entities: this runs for every dashboard
   * view, over every indicator of the municipality.
   */
  private List<Dashboard.OverdueMeasurement> overdue(LocalDate today) {
    Set<Measured> measured =
        DashboardQueries.measuredInActiveAgreements(em, MeasurementDue.lastCompletedPeriods(today));
    List<Dashboard.OverdueMeasurement> overdue = new ArrayList<>();
    for (ActiveIndicator indicator : DashboardQueries.activeIndicators(em)) {
      MeasurementDue due = MeasurementDue.lastCompleted(indicator.frequency(), today);
      if (due.isOverdueOn(today, indicator.agreementStart(), indicator.agreementEnd())
          && !measured.contains(new Measured(indicator.id(), due.period().code()))) {
        overdue.add(
            new Dashboard.OverdueMeasurement(
                indicator.agreementId(),
                indicator.agreementTitle(),
                indicator.name(),
                due.period().code(),
                due.dueOn()));
      }
    }
    return overdue;
  }
}
