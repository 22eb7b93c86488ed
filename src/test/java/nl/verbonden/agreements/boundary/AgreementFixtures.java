package nl.verbonden.agreements.boundary;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import nl.verbonden.agreements.control.Reading;
import nl.verbonden.agreements.entity.Agreement;
import nl.verbonden.agreements.entity.AgreementStatus;
import nl.verbonden.agreements.entity.Direction;
import nl.verbonden.agreements.entity.Frequency;
import nl.verbonden.agreements.entity.Indicator;
import nl.verbonden.agreements.entity.IndicatorKind;
import nl.verbonden.agreements.entity.Period;
import nl.verbonden.agreements.entity.SteeringInstrument;

/** What the agreement services' integration tests share: an agreement, an indicator, a value. */
final class AgreementFixtures {

  static final String WOUDENBERG = "GM0351";
  static final String REGISSEUR = "regisseur.woudenberg";

  /** Has an escalation ladder in the demo data. */
  static final String GGD = "GGD regio Utrecht";

  private AgreementFixtures() {}

  /** An active agreement for 2026 with the party. */
  static Agreement newAgreement(AgreementService agreements, Long partyId, String title) {
    Agreement agreement = new Agreement();
    agreement.setTitle(title);
    agreement.setStartDate(LocalDate.of(2026, 1, 1));
    agreement.setEndDate(LocalDate.of(2026, 12, 31));
    agreement.setStatus(AgreementStatus.ACTIEF);
    agreement.setInstrument(SteeringInstrument.SUBSIDIEDIALOOG);
    agreement.setAnnualBudget(new BigDecimal("100000.00"));
    return agreements.create(partyId, agreement);
  }

  /** A quarterly percentage: green from 85, red below 70. */
  static Indicator reach() {
    return new Indicator(
        "Bereik",
        IndicatorKind.OUTPUT,
        "%",
        Direction.HIGHER_IS_BETTER,
        "90",
        "85",
        "70",
        Frequency.KWARTAAL);
  }

  /** Records one value of one indicator. */
  static RecordResult record(
      MeasurementService measurements,
      Long agreementId,
      Long indicatorId,
      String period,
      String value) {
    return measurements.record(
        agreementId,
        Period.parse(period),
        List.of(new Reading(indicatorId, new BigDecimal(value), "Rapportage", null)));
  }
}
