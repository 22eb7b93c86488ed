package nl.verbonden.agreements.entity;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import nl.verbonden.register.entity.LegalForm;
import nl.verbonden.register.entity.Party;
import nl.verbonden.shared.entity.DomainException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The agreement's own rules: dates, derived status, periods inside it, unique indicator names,
 * corrections.
 */
class AgreementTest {

  private final Agreement agreement =
      new Agreement(
          new Party("Stichting Welzijn", LegalForm.STICHTING, "Woudenberg"),
          "Welzijnswerk 2026",
          LocalDate.of(2026, 1, 1),
          LocalDate.of(2026, 12, 31),
          SteeringInstrument.SUBSIDIEDIALOOG);

  private static Indicator indicator(String name) {
    return new Indicator(
        name,
        IndicatorKind.OUTCOME,
        "%",
        Direction.HIGHER_IS_BETTER,
        "80",
        "75",
        "60",
        Frequency.KWARTAAL);
  }

  @Test
  void anAgreementCannotEndBeforeItStarts() {
    agreement.setEndDate(LocalDate.of(2025, 12, 31));
    DomainException e = assertThrows(DomainException.class, agreement::check);
    assertEquals("einddatum", e.field());
    agreement.setEndDate(agreement.getStartDate());
    assertDoesNotThrow(agreement::check);
  }

  @Test
  void expiredFollowsFromTheDatesAndCannotBeChosen() {
    agreement.setStatus(AgreementStatus.ACTIEF);
    assertEquals(AgreementStatus.ACTIEF, agreement.statusOn(LocalDate.of(2026, 12, 31)));
    assertEquals(AgreementStatus.VERLOPEN, agreement.statusOn(LocalDate.of(2027, 1, 1)));
    agreement.setStatus(AgreementStatus.CONCEPT);
    assertEquals(AgreementStatus.CONCEPT, agreement.statusOn(LocalDate.of(2027, 1, 1)));
    agreement.setStatus(AgreementStatus.VERLOPEN);
    assertEquals("status", assertThrows(DomainException.class, agreement::check).field());
  }

  @ParameterizedTest(name = "on {0} ending {1}: ending within 90 days {2}")
  @CsvSource({
    "2026-10-03, 2026-10-03, true", // ends on the day itself
    "2026-10-03, 2026-10-02, false", // ended the day before: VERLOPEN
    "2026-10-03, 2027-01-01, true", // the 90th day
    "2026-10-03, 2027-01-02, false", // the 91st day
    "2026-12-31, 2027-03-31, true", // over the year end
    "2026-12-31, 2027-04-01, false",
    "2027-12-01, 2028-02-29, true", // the 90th day is a leap day
    "2027-12-01, 2028-03-01, false",
    "2028-02-29, 2028-05-29, true", // counted from a leap day
    "2028-02-29, 2028-05-30, false",
    "2028-02-29, 2028-02-29, true"
  })
  void anActiveAgreementEndsWithinNinetyDays(LocalDate day, LocalDate end, boolean ending) {
    agreement.setStartDate(LocalDate.of(2026, 1, 1));
    agreement.setEndDate(end);
    agreement.setStatus(AgreementStatus.ACTIEF);
    assertEquals(ending, agreement.endsWithin(day, 90));
  }

  @Test
  void onlyAnActiveAgreementIsEnding() {
    LocalDate day = LocalDate.of(2026, 12, 1);
    for (AgreementStatus status :
        List.of(AgreementStatus.CONCEPT, AgreementStatus.BEEINDIGD, AgreementStatus.VERLOPEN)) {
      agreement.setStatus(status);
      assertFalse(agreement.endsWithin(day, 90), status.name());
    }
    agreement.setStatus(AgreementStatus.ACTIEF);
    assertTrue(agreement.endsWithin(day, 90));
    assertFalse(agreement.endsWithin(day, 29), "31 December is 30 days after 1 December");
    assertTrue(agreement.endsWithin(day, 30));
    assertTrue(agreement.endsWithin(LocalDate.of(2026, 12, 31), 0), "zero days: the day itself");
  }

  @Test
  void aPeriodMustLieInsideTheAgreement() {
    assertTrue(agreement.covers(Period.parse("2026-K1")));
    assertTrue(agreement.covers(Period.parse("2026")));
    assertFalse(agreement.covers(Period.parse("2025-K4")));
    agreement.setEndDate(LocalDate.of(2026, 11, 30));
    assertFalse(
        agreement.covers(Period.parse("2026-K4")), "a period that ends after the agreement");
    assertTrue(agreement.covers(Period.parse("2026-11")));
    assertTrue(
        Agreement.covers(
            LocalDate.of(2026, 4, 1), LocalDate.of(2026, 6, 30), Period.parse("2026-K2")),
        "both ends included");
    assertFalse(
        Agreement.covers(
            LocalDate.of(2026, 4, 2), LocalDate.of(2026, 6, 30), Period.parse("2026-K2")));
    assertFalse(
        Agreement.covers(
            LocalDate.of(2026, 4, 1), LocalDate.of(2026, 6, 29), Period.parse("2026-K2")));
  }

  @Test
  void indicatorNamesAreUniqueInAnAgreementIgnoringCase() {
    agreement.addIndicator(indicator("Bereik"));
    DomainException e =
        assertThrows(DomainException.class, () -> agreement.addIndicator(indicator(" bereik ")));
    assertEquals("verbonden.indicator.duplicate", e.messageKey());
    assertEquals("indicatorNaam", e.field());
    assertEquals(1, agreement.getIndicators().size());
  }

  @Test
  void anIndicatorWithWrongThresholdsIsNotAdded() {
    Indicator wrong = indicator("Tevredenheid");
    wrong.setRedThreshold(new BigDecimal("90"));
    assertThrows(DomainException.class, () -> agreement.addIndicator(wrong));
    assertEquals(List.of(), agreement.getIndicators());
  }

  @Test
  void documentsAreOnePerLine() {
    agreement.setDocuments("DVO-2026.pdf\n\n  zaak 2026-0042  \n");
    assertEquals(List.of("DVO-2026.pdf", "zaak 2026-0042"), agreement.documentList());
  }

  @Test
  void aCorrectionKeepsTheEarlierValue() {
    Indicator bereik = agreement.addIndicator(indicator("Bereik"));
    Measurement m =
        new Measurement(
            bereik, Period.parse("2026-K1"), new BigDecimal("70.00"), "Rapportage Q1", null);
    assertFalse(m.differsFrom(new BigDecimal("70"), " Rapportage Q1 ", ""));
    assertTrue(m.differsFrom(new BigDecimal("71"), "Rapportage Q1", null));
    MeasurementChange change = m.correct(new BigDecimal("71"), "Herziene rapportage", null);
    assertEquals(new BigDecimal("70.00"), change.getOldValue());
    assertEquals(new BigDecimal("71"), change.getNewValue());
    assertEquals("Rapportage Q1", change.getOldSource());
    assertEquals(new BigDecimal("71"), m.getValue());
    assertEquals(TrafficLight.AMBER, m.light());
  }
}
