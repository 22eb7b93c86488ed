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
import nl.verbonden.agreements.control.AgreementQueries;
import nl.verbonden.agreements.control.DashboardQueries;
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
    return Dashboards.of(em, LocalDate.now(clock));
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
}
