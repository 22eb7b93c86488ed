package nl.verbonden.agreements.control;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.verbonden.agreements.entity.Escalation;
import nl.verbonden.agreements.entity.Frequency;
import nl.verbonden.agreements.entity.Measurement;
import nl.verbonden.agreements.entity.TrafficLight;

/**
 * The queries of the agreement dashboard, one statement each whatever the size of the municipality.
 * They ask only for what the page shows: (indicator, period) pairs of a few periods and indicators
 * as values, never every measurement (bench/README.md, decision 0006). The tenant filter is added
 * by EclipseLink.
 */
public final class DashboardQueries {

  private DashboardQueries() {}

  /** An indicator of an active agreement, as values. */
  public record ActiveIndicator(
      Long id,
      String name,
      Frequency frequency,
      Long agreementId,
      String agreementTitle,
      LocalDate agreementStart,
      LocalDate agreementEnd) {}

  /** EclipseLink's query hint: the results are not changed, so they are not tracked. */
  static final String READ_ONLY = "eclipselink.read-only";

  /** That an indicator has a value for a period. */
  public record Measured(Long indicatorId, String periodCode) {}

  /** The open escalations with agreement, party and indicator, the earliest due first. */
  public static List<Escalation> openEscalations(EntityManager em) {
    return em.createNamedQuery(Escalation.OPEN, Escalation.class).getResultList();
  }

  /** Which indicators of active agreements have a value for one of these periods. */
  public static Set<Measured> measuredInActiveAgreements(
      EntityManager em, List<String> periodCodes) {
    Set<Measured> measured = new HashSet<>();
    for (Object[] m :
        em.createQuery(
                "select m.indicator.id, m.periodCode from Measurement m where"
                    + " m.indicator.agreement.status ="
                    + " nl.verbonden.agreements.entity.AgreementStatus.ACTIEF and m.periodCode in"
                    + " :periods",
                Object[].class)
            .setParameter("periods", periodCodes)
            .getResultList()) {
      measured.add(new Measured((Long) m[0], (String) m[1]));
    }
    return measured;
  }

  /** The indicators of active agreements, by agreement title and indicator name. */
  public static List<ActiveIndicator> activeIndicators(EntityManager em) {
    return em
        .createQuery(
            "select i.id, i.name, i.frequency, a.id, a.title, a.startDate, a.endDate from Indicator"
                + " i join i.agreement a where a.status ="
                + " nl.verbonden.agreements.entity.AgreementStatus.ACTIEF order by a.title, i.name",
            Object[].class)
        .getResultList()
        .stream()
        .map(
            i ->
                new ActiveIndicator(
                    (Long) i[0],
                    (String) i[1],
                    (Frequency) i[2],
                    (Long) i[3],
                    (String) i[4],
                    (LocalDate) i[5],
                    (LocalDate) i[6]))
        .toList();
  }

  /**
   * The light of each agreement (of one party, or all when {@code partyId} is null): the worst
   * light of its indicators' latest measurements, as the agreement page shows it. Agreements
   * without any measurement are absent (grey). One query for the latest measurements with their
   * indicators and thresholds, whatever the number of agreements.
   */
  public static Map<Long, TrafficLight> lights(EntityManager em, Long partyId) {
    TypedQuery<Measurement> query =
        em.createQuery(
            "select m from Measurement m join fetch m.indicator i where "
                + (partyId == null ? "" : "i.agreement.party.id = :party and ")
                // correlated on the indicator, not on the measurement: the database then looks up
                // each indicator's latest period once, by ix_measurement_latest (migration 037),
                // instead of once for every measurement of the municipality
                + "m.periodStart = (select max(n.periodStart) from Measurement n where n.indicator = i)",
            Measurement.class);
    if (partyId != null) {
      query.setParameter("party", partyId);
    }
    // the thresholds come with their indicators: the mapping's batch fetch does not reach
    // indicators that were join-fetched with a measurement, which cost one statement per measured
    // indicator (AgreementDashboardServiceIT)
    query.setHint("eclipselink.left-join-fetch", "m.indicator.thresholdVersions");
    Map<Long, List<TrafficLight>> byAgreement = new HashMap<>();
    for (Measurement m : query.getResultList()) {
      byAgreement
          .computeIfAbsent(m.getIndicator().getAgreement().getId(), k -> new ArrayList<>())
          .add(m.light());
    }
    Map<Long, TrafficLight> lights = new HashMap<>();
    byAgreement.forEach((agreement, of) -> lights.put(agreement, TrafficLight.worst(of)));
    return lights;
  }
}
