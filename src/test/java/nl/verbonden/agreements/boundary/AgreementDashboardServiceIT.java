package nl.verbonden.agreements.boundary;

import static nl.verbonden.agreements.boundary.AgreementFixtures.REGISSEUR;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import nl.verbonden.agreements.entity.AgreementStatus;
import nl.verbonden.testsupport.InContainer;
import org.junit.jupiter.api.Test;

/** The DVO dashboard in the container, on the demo data. */
class AgreementDashboardServiceIT extends InContainer {

  @Inject private AgreementDashboardService dashboards;
  @Inject private java.time.Clock clock;

  @Test
  void theDashboardShowsTheDemoAttentionPoints() {
    java.time.LocalDate today = java.time.LocalDate.now(clock);
    String lastQuarter =
        nl.verbonden.agreements.entity.Period.containing(
                nl.verbonden.agreements.entity.Frequency.KWARTAAL, today)
            .previous()
            .code();
    as.login(REGISSEUR);
    Dashboard dashboard = dashboards.dashboard();
    assertTrue(
        dashboard.openEscalations().stream()
            .anyMatch(
                e -> e.indicator().equals("Bereik contactmomenten 0-4 jaar") && e.level() == 1));
    assertTrue(
        dashboard.endingSoon().stream()
            .anyMatch(
                a ->
                    a.title().equals("Uitvoeringsovereenkomst welzijnswerk " + today.getYear())
                        && a.status() == AgreementStatus.ACTIEF));
    assertTrue(
        dashboard.overdue().stream()
            .anyMatch(
                o ->
                    o.indicator().equals("Uitstroom naar werk") && o.period().equals(lastQuarter)));
  }
}
