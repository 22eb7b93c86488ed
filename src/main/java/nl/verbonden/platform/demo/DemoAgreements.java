package nl.verbonden.platform.demo;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import nl.verbonden.agreements.entity.Agreement;
import nl.verbonden.agreements.entity.AgreementStatus;
import nl.verbonden.agreements.entity.Direction;
import nl.verbonden.agreements.entity.Escalation;
import nl.verbonden.agreements.entity.Frequency;
import nl.verbonden.agreements.entity.Indicator;
import nl.verbonden.agreements.entity.IndicatorKind;
import nl.verbonden.agreements.entity.Measurement;
import nl.verbonden.agreements.entity.Period;
import nl.verbonden.agreements.entity.SteeringInstrument;
import nl.verbonden.roles.entity.RolePlan;
import nl.verbonden.shared.entity.TenantOwnedEntity;

/**
 * Woudenberg's demo agreements (made-up figures): the GGD's youth health care, with an indicator
 * red for two quarters and its escalation open at the first level of the GGD's ladder; the welfare
 * foundation's agreement, ending within 90 days; and the RWA's, whose third-quarter figure is
 * overdue.
 */
final class DemoAgreements {

  private DemoAgreements() {}

  static List<TenantOwnedEntity> woudenberg(DemoRegisters.Register register) {
    List<TenantOwnedEntity> all = new ArrayList<>();
    List<TenantOwnedEntity> measurements = new ArrayList<>();

    Agreement ggd =
        agreement(
            register,
            "GGD regio Utrecht",
            "DVO Jeugdgezondheidszorg 2026",
            2026,
            2026,
            SteeringInstrument.CONTRACTFINANCIERING_PRODUCT,
            "312400.00",
            Frequency.KWARTAAL,
            "DVO JGZ 2026 (getekend 12-12-2025).pdf\nzaak 2025-1184");
    Indicator reach =
        ggd.addIndicator(
            new Indicator(
                "Bereik contactmomenten 0-4 jaar",
                IndicatorKind.OUTPUT,
                "%",
                Direction.HIGHER_IS_BETTER,
                "95",
                "92",
                "85",
                Frequency.KWARTAAL));
    Indicator waiting =
        ggd.addIndicator(
            new Indicator(
                "Wachttijd eerste afspraak",
                IndicatorKind.OUTPUT,
                "dagen",
                Direction.LOWER_IS_BETTER,
                "10",
                "14",
                "21",
                Frequency.KWARTAAL));
    measure(
        measurements, reach, "Kwartaalrapportage GGD", "2026-K1:94", "2026-K2:84", "2026-K3:82");
    measure(
        measurements, waiting, "Kwartaalrapportage GGD", "2026-K1:9", "2026-K2:12", "2026-K3:15");

    Agreement welfare =
        agreement(
            register,
            "Stichting Welzijn Woudenberg",
            "Uitvoeringsovereenkomst welzijnswerk 2026",
            2026,
            2026,
            SteeringInstrument.SUBSIDIEDIALOOG,
            "412000.00",
            Frequency.HALFJAAR,
            "Uitvoeringsovereenkomst 2026.pdf");
    Indicator prevention =
        welfare.addIndicator(
            new Indicator(
                "Inwoners bereikt met preventief aanbod",
                IndicatorKind.OUTCOME,
                "inwoners",
                Direction.HIGHER_IS_BETTER,
                "600",
                "550",
                "400",
                Frequency.HALFJAAR));
    Indicator satisfaction =
        welfare.addIndicator(
            new Indicator(
                "Tevredenheid deelnemers",
                IndicatorKind.EFFECT,
                "rapportcijfer",
                Direction.HIGHER_IS_BETTER,
                "7.5",
                "7",
                "6",
                Frequency.HALFJAAR));
    measure(measurements, prevention, "Halfjaarverslag", "2026-H1:580");
    measure(measurements, satisfaction, "Deelnemersenquête", "2026-H1:7.8");

    Agreement rwa =
        agreement(
            register,
            "Regionaal Sociaal Werkvoorzieningschap Amersfoort e.o. (RWA)",
            "Dienstverlening Participatiewet 2025-2027",
            2025,
            2027,
            SteeringInstrument.CONTRACTFINANCIERING_RESULTAAT,
            "1250000.00",
            Frequency.KWARTAAL,
            null);
    Indicator work =
        rwa.addIndicator(
            new Indicator(
                "Uitstroom naar werk",
                IndicatorKind.OUTCOME,
                "%",
                Direction.HIGHER_IS_BETTER,
                "20",
                "18",
                "12",
                Frequency.KWARTAAL));
    measure(measurements, work, "Monitor RWA", "2025-K4:19", "2026-K1:17", "2026-K2:18.5");

    RolePlan ladder = RolePlan.empty();
    ladder.useExampleLadder();
    Escalation escalation =
        Escalation.open(
            reach,
            ladder.getLadder(),
            LocalDate.of(2026, 11, 5),
            "Rood in 2 opeenvolgende perioden, tot en met 2026-K3");

    all.add(ggd);
    all.add(welfare);
    all.add(rwa);
    all.addAll(measurements);
    all.add(escalation);
    return all;
  }

  private static Agreement agreement(
      DemoRegisters.Register register,
      String party,
      String title,
      int fromYear,
      int toYear,
      SteeringInstrument instrument,
      String budget,
      Frequency frequency,
      String documents) {
    Agreement agreement =
        new Agreement(
            register
                .party(party)
                .orElseThrow(() -> new IllegalArgumentException("No demo party named " + party)),
            title,
            LocalDate.of(fromYear, 1, 1),
            LocalDate.of(toYear, 12, 31),
            instrument);
    agreement.setStatus(AgreementStatus.ACTIEF);
    agreement.setAnnualBudget(new BigDecimal(budget));
    agreement.setReportingFrequency(frequency);
    agreement.setDocuments(documents);
    return agreement;
  }

  /** Values as "period:value". */
  private static void measure(
      List<TenantOwnedEntity> into, Indicator indicator, String source, String... values) {
    for (String value : values) {
      String[] parts = value.split(":");
      into.add(
          new Measurement(
              indicator, Period.parse(parts[0]), new BigDecimal(parts[1]), source, null));
    }
  }
}
