package nl.verbonden.agreements.boundary;

import java.io.Serializable;
import java.util.List;
import nl.verbonden.agreements.entity.Agreement;
import nl.verbonden.agreements.entity.AgreementStatus;
import nl.verbonden.agreements.entity.Escalation;
import nl.verbonden.agreements.entity.TrafficLight;

/**
 * An agreement as its page shows it: the status on today's date, every indicator's light and
 * measurements, the light of the whole (the worst of its indicators), and its escalations.
 */
public record AgreementStatusView(
    Agreement agreement,
    AgreementStatus status,
    List<IndicatorStatus> indicators,
    TrafficLight light,
    List<Escalation> escalations)
    implements Serializable {

  /** How many indicators miss a figure that is overdue. */
  public long missingFigures() {
    return indicators.stream().filter(IndicatorStatus::isMissing).count();
  }
}
