package nl.verbonden.platform.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Field;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import nl.verbonden.agreements.entity.Agreement;
import nl.verbonden.agreements.entity.Escalation;
import nl.verbonden.agreements.entity.Frequency;
import nl.verbonden.agreements.entity.Indicator;
import nl.verbonden.agreements.entity.Measurement;
import nl.verbonden.agreements.entity.Period;
import nl.verbonden.agreements.entity.TrafficLight;
import nl.verbonden.quadrants.entity.RelationPosition;
import nl.verbonden.shared.control.ApplicationClock;
import nl.verbonden.shared.entity.AuditedEntity;
import nl.verbonden.shared.entity.TenantOwnedEntity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Woudenberg's demo agreements and positions tell the same story on every day: today on the
 * application's clock, and on days that have broken fixed dates before (a new year, a leap day, the
 * last day of a year).
 */
class DemoAgreementsTest {

  private static final String GGD = "GGD regio Utrecht";
  private static final String WELFARE = "Stichting Welzijn Woudenberg";
  private static final String RWA = "Regionaal Sociaal Werkvoorzieningschap Amersfoort e.o. (RWA)";

  private long nextId = 1;

  static Stream<LocalDate> days() {
    return Stream.of(
        LocalDate.now(ApplicationClock.fromSystem()),
        LocalDate.of(2026, 11, 29),
        LocalDate.of(2026, 12, 31),
        LocalDate.of(2027, 1, 1),
        LocalDate.of(2027, 1, 15),
        LocalDate.of(2027, 3, 1),
        LocalDate.of(2028, 2, 29),
        LocalDate.of(2030, 12, 31));
  }

  @ParameterizedTest
  @MethodSource("days")
  void theYouthHealthIndicatorIsRedForTheLastTwoQuartersAndItsEscalationOverdue(LocalDate today) {
    Demo demo = demo(today);
    Agreement ggd = demo.agreementOf(GGD);
    assertEquals("DVO Jeugdgezondheidszorg " + today.getYear(), ggd.getTitle());
    Period lastQuarter = Period.containing(Frequency.KWARTAAL, today).previous();
    Indicator reach = indicator(ggd, "Bereik contactmomenten 0-4 jaar");
    Map<String, TrafficLight> lights =
        demo.measurements.stream()
            .filter(m -> m.getIndicator() == reach)
            .collect(Collectors.toMap(Measurement::getPeriodCode, Measurement::light));
    assertEquals(TrafficLight.RED, lights.get(lastQuarter.code()), lights.toString());
    assertEquals(TrafficLight.RED, lights.get(lastQuarter.previous().code()), lights.toString());
    assertEquals(3, lights.size(), lights.toString());

    Escalation escalation = demo.agreements.escalations().get(0);
    assertEquals(reach, escalation.getIndicator());
    assertEquals(today.minusWeeks(3), escalation.getOpenedOn());
    assertTrue(escalation.getDueBy().isAfter(escalation.getOpenedOn()));
    assertTrue(escalation.isOverdue(today));
    assertTrue(ggd.covers(lastQuarter));
  }

  @ParameterizedTest
  @MethodSource("days")
  void theWelfareAgreementEndsWithinNinetyDays(LocalDate today) {
    Agreement welfare = demo(today).agreementOf(WELFARE);
    assertTrue(welfare.getEndDate().isAfter(today));
    assertFalse(welfare.getEndDate().isAfter(today.plusDays(90)));
    assertTrue(welfare.getStartDate().isBefore(today));
  }

  @ParameterizedTest
  @MethodSource("days")
  void theRwaFigureOfTheLastCompletedQuarterIsMissing(LocalDate today) {
    Demo demo = demo(today);
    Agreement rwa = demo.agreementOf(RWA);
    Period lastQuarter = Period.containing(Frequency.KWARTAAL, today).previous();
    Set<String> measured =
        demo.measurements.stream()
            .filter(m -> m.getIndicator().getAgreement() == rwa)
            .map(Measurement::getPeriodCode)
            .collect(Collectors.toSet());
    assertFalse(measured.contains(lastQuarter.code()), measured.toString());
    assertTrue(measured.contains(lastQuarter.previous().code()), measured.toString());
    assertTrue(rwa.covers(lastQuarter), "the agreement runs over the missing quarter");
  }

  @ParameterizedTest
  @MethodSource("days")
  void positionsCoverThisYearAndTheTwoBefore(LocalDate today) {
    Demo demo = demo(today);
    int year = today.getYear();
    Set<Integer> welfareYears =
        demo.positions.stream()
            .map(RelationPosition.class::cast)
            .filter(p -> p.getParty().getName().equals(WELFARE))
            .map(RelationPosition::getYear)
            .collect(Collectors.toSet());
    assertEquals(Set.of(year - 2, year - 1, year), welfareYears);
  }

  @Test
  void onTheFifteenthOfJanuaryTheLastCompletedQuarterIsTheFourthOfLastYear() {
    Demo demo = demo(LocalDate.of(2027, 1, 15));
    Indicator reach = indicator(demo.agreementOf(GGD), "Bereik contactmomenten 0-4 jaar");
    List<String> periods =
        demo.measurements.stream()
            .filter(m -> m.getIndicator() == reach)
            .map(Measurement::getPeriodCode)
            .toList();
    assertEquals(List.of("2026-K2", "2026-K3", "2026-K4"), periods);
  }

  private static Indicator indicator(Agreement agreement, String name) {
    return agreement.getIndicators().stream()
        .filter(i -> i.getName().equals(name))
        .findFirst()
        .orElseThrow();
  }

  private record Demo(
      DemoAgreements.Agreements agreements,
      List<Measurement> measurements,
      List<TenantOwnedEntity> positions) {

    Agreement agreementOf(String party) {
      return agreements.agreements().stream()
          .filter(a -> a.getParty().getName().equals(party))
          .findFirst()
          .orElseThrow();
    }
  }

  /** The demo as the loader saves it: the indicators get their ids before the measurements. */
  private Demo demo(LocalDate today) {
    DemoRegisters.Register register = DemoRegisters.read("woudenberg", "Woudenberg", today);
    List<TenantOwnedEntity> roles = DemoRoles.read(register, "woudenberg", today);
    DemoAgreements.Agreements agreements =
        DemoAgreements.read(register, roles, "woudenberg", today);
    agreements.agreements().forEach(a -> a.getIndicators().forEach(this::withId));
    return new Demo(
        agreements, agreements.measurements(), DemoPositions.read(register, "woudenberg", today));
  }

  private void withId(AuditedEntity entity) {
    try {
      Field field = AuditedEntity.class.getDeclaredField("id");
      field.setAccessible(true);
      field.set(entity, nextId++);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException(e);
    }
  }
}
