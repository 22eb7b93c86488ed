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

  @Inject private nl.verbonden.testsupport.SqlStatements sql;
  @Inject private AgreementService agreements;
  @Inject private MeasurementService measurements;

  /**
   * Issue 22: the dashboard runs the same statements however many agreements, indicators and
   * measurements there are: three more measured agreements add none (no statement per agreement,
   * indicator or measurement).
   */
  @Test
  void theNumberOfStatementsDoesNotGrowWithTheAgreements() throws Exception {
    as.login(REGISSEUR);
    dashboards.dashboard(); // the caller's account is read once per request
    var before = sql.count(() -> dashboards.dashboard());
    Long party = data.partyId(AgreementFixtures.WOUDENBERG, AgreementFixtures.GGD);
    for (int i = 0; i < 3; i++) {
      nl.verbonden.agreements.entity.Agreement agreement =
          AgreementFixtures.newAgreement(agreements, party, "Telproef " + System.nanoTime());
      // running on, so that it does not join the demo's agreements that end soon
      agreement.setEndDate(java.time.LocalDate.of(2028, 12, 31));
      agreement = agreements.update(agreement);
      nl.verbonden.agreements.entity.Indicator reach =
          agreements.addIndicator(agreement.getId(), AgreementFixtures.reach());
      AgreementFixtures.record(measurements, agreement.getId(), reach.getId(), "2026-Q1", "88");
    }
    var after = sql.count(() -> dashboards.dashboard());
    assertTrue(after.result().agreements().size() >= before.result().agreements().size() + 3);
    org.junit.jupiter.api.Assertions.assertEquals(
        before.statements(),
        after.statements(),
        () -> "before: " + before.sql() + "\nafter: " + after.sql());
  }
}
