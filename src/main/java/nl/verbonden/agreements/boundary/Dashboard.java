package nl.verbonden.agreements.boundary;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import nl.verbonden.agreements.entity.Agreement;
import nl.verbonden.agreements.entity.AgreementStatus;
import nl.verbonden.agreements.entity.Escalation;
import nl.verbonden.agreements.entity.SteeringInstrument;
import nl.verbonden.agreements.entity.TrafficLight;

/**
 * What needs attention: open escalations, active agreements ending within 90 days, and measurements
 * that are overdue (a completed period without a value, more than the reporting time after its
 * end), plus every agreement.
 *
 * <p>Plain values, no entities: the page keeps this in its view scope, and a detached entity keeps
 * the whole persistence context it was read in reachable through its lazy relations (at size L that
 * was 7 MB per dashboard view held in the HTTP session; bench/README.md).
 */
public record Dashboard(
    List<OpenEscalation> openEscalations,
    List<AgreementRow> endingSoon,
    List<OverdueMeasurement> overdue,
    List<AgreementRow> agreements)
    implements Serializable {

  /** An open escalation, and whether it is past its date. */
  public record OpenEscalation(
      Long id,
      Long agreementId,
      String agreementTitle,
      Long partyId,
      String party,
      String indicator,
      int level,
      String levelName,
      String ourSide,
      String theirSide,
      LocalDate dueBy,
      boolean overdue)
      implements Serializable {

    static OpenEscalation of(Escalation e, LocalDate today) {
      return new OpenEscalation(
          e.getId(),
          e.getAgreement().getId(),
          e.getAgreement().getTitle(),
          e.getAgreement().getParty().getId(),
          e.getAgreement().getParty().getName(),
          e.getIndicator().getName(),
          e.getLevel(),
          e.getLevelName(),
          e.getOurSide(),
          e.getTheirSide(),
          e.getDueBy(),
          e.isOverdue(today));
    }
  }

  /** One agreement as the lists show it, with its status on the day. */
  public record AgreementRow(
      Long id,
      String title,
      Long partyId,
      String party,
      LocalDate startDate,
      LocalDate endDate,
      AgreementStatus status,
      SteeringInstrument instrument,
      BigDecimal annualBudget,
      TrafficLight light)
      implements Serializable {

    static AgreementRow of(Agreement a, LocalDate today, TrafficLight light) {
      return new AgreementRow(
          a.getId(),
          a.getTitle(),
          a.getParty().getId(),
          a.getParty().getName(),
          a.getStartDate(),
          a.getEndDate(),
          a.statusOn(today),
          a.getInstrument(),
          a.getAnnualBudget(),
          light == null ? TrafficLight.GREY : light);
    }

    /** The light's rank for sorting: grey (not measured) first, red last. */
    public int lightRank() {
      return light.ordinal();
    }
  }

  /** An indicator whose value for a completed period has not come in. */
  public record OverdueMeasurement(
      Long agreementId, String agreementTitle, String indicator, String period, LocalDate dueOn)
      implements Serializable {}
}
