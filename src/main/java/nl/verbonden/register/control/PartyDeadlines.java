package nl.verbonden.register.control;

import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.List;
import nl.verbonden.register.entity.ReassessmentDue;

/**
 * The register's dates that come due, on a persistence context already bound to one municipality
 * (the party service's caller's, or the one the reminders bound; decision 0017).
 */
public final class PartyDeadlines {

  private PartyDeadlines() {}

  /** Parties whose risk must be re-assessed by {@code by} (or already should have been). */
  public static List<ReassessmentDue> reassessmentsDueBy(
      EntityManager em, LocalDate by, LocalDate today) {
    return em.createQuery(
            "select new nl.verbonden.register.entity.ReassessmentDue(p.id, p.name,"
                + " p.risk.reassessBy) from Party p where p.risk.reassessBy <= :by"
                + " and (p.endDate is null or p.endDate >= :today)"
                + " order by p.risk.reassessBy, lower(p.name)",
            ReassessmentDue.class)
        .setParameter("by", by)
        .setParameter("today", today)
        .getResultList();
  }
}
