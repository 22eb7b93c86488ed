package nl.verbonden.agreements.control;

import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.verbonden.agreements.entity.Agreement;
import nl.verbonden.agreements.entity.Escalation;
import nl.verbonden.agreements.entity.EscalationStatus;
import nl.verbonden.agreements.entity.Measurement;
import nl.verbonden.agreements.entity.MeasurementChange;
import nl.verbonden.roles.entity.PartyGovernance;
import nl.verbonden.roles.entity.RolePlan;
import nl.verbonden.shared.control.Entities;
import nl.verbonden.shared.entity.NotFoundException;

/**
 * The queries of the agreement services: the municipality's agreements, and one agreement's
 * indicators, measurements, corrections and escalations, each in one statement. The tenant filter
 * is added by EclipseLink.
 */
public final class AgreementQueries {

  private AgreementQueries() {}

  /** Every agreement with its party, by end date and title. */
  public static List<Agreement> all(EntityManager em) {
    return em.createNamedQuery(Agreement.ALL, Agreement.class).getResultList();
  }

  /** Every agreement, only to be read (the dashboard's rows): not tracked for changes. */
  public static List<Agreement> allToRead(EntityManager em) {
    return em.createNamedQuery(Agreement.ALL, Agreement.class)
        .setHint(DashboardQueries.READ_ONLY, "true")
        .getResultList();
  }

  /** The party's agreements, the latest ending first. */
  public static List<Agreement> ofParty(EntityManager em, Long partyId) {
    return em.createNamedQuery(Agreement.OF_PARTY, Agreement.class)
        .setParameter("party", partyId)
        .getResultList();
  }

  /**
   * The agreement with its party and indicators loaded, so that they can be read after the
   * transaction.
   *
   * @throws NotFoundException when the agreement is not of the caller's municipality
   */
  public static Agreement loaded(EntityManager em, Long id) {
    Agreement agreement = Entities.findOrThrow(em, Agreement.class, id);
    agreement.getParty().getName();
    agreement.getIndicators().size();
    return agreement;
  }

  /** The agreement's measurements by indicator id, each list in period order. */
  public static Map<Long, List<Measurement>> measurementsByIndicator(
      EntityManager em, Long agreementId) {
    Map<Long, List<Measurement>> byIndicator = new HashMap<>();
    for (Measurement m :
        em.createNamedQuery(Measurement.OF_AGREEMENT, Measurement.class)
            .setParameter("agreement", agreementId)
            .getResultList()) {
      byIndicator.computeIfAbsent(m.getIndicator().getId(), k -> new ArrayList<>()).add(m);
    }
    return byIndicator;
  }

  /** The agreement's measurements of one period, by indicator id. */
  public static Map<Long, Measurement> measurementsOfPeriod(
      EntityManager em, Long agreementId, String periodCode) {
    Map<Long, Measurement> byIndicator = new HashMap<>();
    for (Measurement m :
        em.createQuery(
                "select m from Measurement m where m.indicator.agreement.id = :agreement and"
                    + " m.periodCode = :period",
                Measurement.class)
            .setParameter("agreement", agreementId)
            .setParameter("period", periodCode)
            .getResultList()) {
      byIndicator.put(m.getIndicator().getId(), m);
    }
    return byIndicator;
  }

  /** The corrections of the agreement's measurements, newest first. */
  public static List<MeasurementChange> corrections(EntityManager em, Long agreementId) {
    return em.createNamedQuery(MeasurementChange.OF_AGREEMENT, MeasurementChange.class)
        .setParameter("agreement", agreementId)
        .getResultList();
  }

  /** The agreement's escalations with their indicators, the latest opened first. */
  public static List<Escalation> escalations(EntityManager em, Long agreementId) {
    return em.createNamedQuery(Escalation.OF_AGREEMENT, Escalation.class)
        .setParameter("agreement", agreementId)
        .getResultList();
  }

  /** The ids of the agreement's indicators that have an open escalation. */
  public static Set<Long> indicatorsWithOpenEscalation(EntityManager em, Long agreementId) {
    Set<Long> open = new HashSet<>();
    for (Escalation e : escalations(em, agreementId)) {
      if (e.getStatus() == EscalationStatus.OPEN) {
        open.add(e.getIndicator().getId());
      }
    }
    return open;
  }

  /**
   * The party's escalation ladder, from its governance in the four-role model; empty when the party
   * has none.
   */
  public static List<RolePlan.Step> ladder(EntityManager em, Long partyId) {
    return em.createNamedQuery(PartyGovernance.OF_PARTY, PartyGovernance.class)
        .setParameter("party", partyId)
        .getResultStream()
        .findFirst()
        .map(PartyGovernance::ladderSteps)
        .orElse(List.of());
  }
}
