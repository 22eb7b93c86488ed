package nl.verbonden.agreements.boundary;

import jakarta.persistence.EntityManager;
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

/**
 * The DVO dashboard built on a persistence context already bound to one municipality: {@link
 * AgreementDashboardService} builds it for its caller, the reminders and the calendar feed for the
 * municipality they bound themselves (decision 0017). Not an EJB: it checks no role.
 */
public final class Dashboards {

  private Dashboards() {}

  /**
   * Open escalations, active agreements ending within {@link
   * AgreementDashboardService#ENDING_WITHIN_DAYS} days, overdue measurements ({@link
   * MeasurementDue}), and every agreement. The same four queries whatever the number of agreements.
   */
  public static Dashboard of(EntityManager em, LocalDate today) {
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
      if (agreement.endsWithin(today, AgreementDashboardService.ENDING_WITHIN_DAYS)) {
        ending.add(row);
      }
    }
    return new Dashboard(open, List.copyOf(ending), overdue(em, today), all);
  }

  /**
   * The values of the last completed periods that have not come in past their due date. Only the
   * last completed period of each frequency matters: ask for those few period codes, as pairs, not
   * for every measurement (bench/README.md: loading them all made this page take seconds and
   * exhaust the heap); and the indicators as values, not entities: this runs for every dashboard
   * view, over every indicator of the municipality.
   */
  private static List<Dashboard.OverdueMeasurement> overdue(EntityManager em, LocalDate today) {
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
