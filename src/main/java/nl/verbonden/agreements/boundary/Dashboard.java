package nl.verbonden.agreements.boundary;

import java.io.Serializable;
import java.util.List;
import nl.verbonden.agreements.entity.Agreement;
import nl.verbonden.agreements.entity.Escalation;

/**
 * What needs attention: open escalations, active agreements ending within 90 days, and measurements that are
 * overdue (a completed period without a value, more than the reporting time after its end).
 */
public record Dashboard(
    List<Escalation> openEscalations, List<Agreement> endingSoon, List<OverdueMeasurement> overdue)
    implements Serializable {

  /** An indicator whose value for a completed period has not come in. */
  public record OverdueMeasurement(Agreement agreement, String indicator, String period, java.time.LocalDate dueOn)
      implements Serializable {}
}
