package nl.verbonden.agreements.control;

import static nl.verbonden.register.TestIds.withId;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import nl.verbonden.agreements.entity.Agreement;
import nl.verbonden.agreements.entity.AgreementStatus;
import nl.verbonden.agreements.entity.AgreementSubject;
import nl.verbonden.agreements.entity.Direction;
import nl.verbonden.agreements.entity.Frequency;
import nl.verbonden.agreements.entity.Indicator;
import nl.verbonden.agreements.entity.IndicatorKind;
import nl.verbonden.agreements.entity.SteeringInstrument;
import nl.verbonden.register.entity.Party;
import nl.verbonden.shared.entity.Changed;
import org.junit.jupiter.api.Test;

/** The history of an agreement: its fields and its indicators', by their Dutch labels. */
class AgreementHistoryTest {

  private Agreement agreement() {
    Agreement agreement =
        new Agreement(
            new Party("GGD regio Utrecht", "Zeist"),
            "Jeugdgezondheidszorg",
            LocalDate.of(2026, 1, 1),
            LocalDate.of(2027, 12, 31),
            SteeringInstrument.SUBSIDIEDIALOOG);
    return withId(agreement, 11L);
  }

  @Test
  void aChangedAgreementGetsALinePerChangedField() {
    Agreement agreement = agreement();
    Map<String, Object> before = AgreementHistory.describe(agreement);
    agreement.setStatus(AgreementStatus.ACTIEF);
    agreement.setEndDate(LocalDate.of(2028, 6, 30));
    agreement.setAnnualBudget(new BigDecimal("125000"));

    Changed changed = AgreementHistory.changed(before, agreement);

    assertEquals(AgreementSubject.AGREEMENT, changed.kind());
    assertEquals(11L, changed.subjectId());
    assertEquals(
        List.of(
            new Changed.Line("agreement.endDate", null, "31-12-2027", "30-6-2028"),
            new Changed.Line("common.status", null, "Concept", "Actief"),
            new Changed.Line("agreement.budget", null, null, "125.000")),
        changed.lines());
  }

  @Test
  void aChangedIndicatorIsInItsAgreementsHistoryUnderItsOldName() {
    Agreement agreement = agreement();
    Indicator indicator =
        new Indicator(
            "Bereik",
            IndicatorKind.OUTPUT,
            "%",
            Direction.HIGHER_IS_BETTER,
            "95",
            "90",
            "80",
            Frequency.KWARTAAL);
    agreement.addIndicator(indicator);
    Map<String, Object> before = AgreementHistory.describe(indicator);
    indicator.setName("Bereik 0-4 jaar");
    indicator.setRedThreshold(new BigDecimal("85"));
    indicator.setFrequency(Frequency.HALFJAAR);

    Changed changed = AgreementHistory.indicatorChanged("Bereik", before, indicator);

    assertEquals(11L, changed.subjectId());
    assertEquals(
        List.of(
            new Changed.Line("indicator.name", "Bereik", "Bereik", "Bereik 0-4 jaar"),
            new Changed.Line("indicator.redThreshold", "Bereik", "80", "85"),
            new Changed.Line("indicator.frequency", "Bereik", "Kwartaal", "Halfjaar")),
        changed.lines());
  }

  @Test
  void anAddedIndicatorShowsWhatItGot() {
    Agreement agreement = agreement();
    Indicator indicator =
        new Indicator(
            "Wachttijd",
            IndicatorKind.OUTCOME,
            null,
            Direction.LOWER_IS_BETTER,
            "10",
            "14",
            "21",
            Frequency.MAAND);
    agreement.addIndicator(indicator);

    Changed changed = AgreementHistory.indicatorAdded(indicator);

    assertEquals(
        List.of(
            new Changed.Line("indicator.name", "Wachttijd", null, "Wachttijd"),
            new Changed.Line("indicator.kind", "Wachttijd", null, "Outcome / resultaat"),
            new Changed.Line("indicator.direction", "Wachttijd", null, "Lager is beter"),
            new Changed.Line("indicator.target", "Wachttijd", null, "10"),
            new Changed.Line("indicator.greenThreshold", "Wachttijd", null, "14"),
            new Changed.Line("indicator.redThreshold", "Wachttijd", null, "21"),
            new Changed.Line("indicator.frequency", "Wachttijd", null, "Maand")),
        changed.lines());
  }

  @Test
  void aNewAgreementIsOneLineWithItsTitle() {
    assertEquals(
        Changed.of(
            AgreementSubject.AGREEMENT,
            11L,
            "history.agreement.created",
            null,
            null,
            "Jeugdgezondheidszorg"),
        AgreementHistory.created(agreement()));
  }
}
