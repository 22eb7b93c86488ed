package nl.verbonden.api.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Set;
import nl.verbonden.shared.entity.DomainException;
import nl.verbonden.tenancy.entity.CbsCode;
import nl.verbonden.tenancy.entity.Tenant;
import org.junit.jupiter.api.Test;

/** An API token's rules: what it needs to be made, when it works, and revoking it once. */
class ApiTokenTest {

  private static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");
  private static final LocalDate TODAY = LocalDate.of(2026, 11, 29);
  private final Tenant woudenberg = new Tenant(CbsCode.of("GM0351"), "Woudenberg");

  private ApiToken reading(LocalDate until) {
    return ApiToken.issue(woudenberg, "iBabs", TokenScope.LEZEN, Set.of(), until, TODAY);
  }

  private static String field(Runnable action) {
    return assertThrows(DomainException.class, action::run).field();
  }

  @Test
  void aTokenNeedsANameAScopeAndALastDayWithinAYear() {
    assertEquals(
        "naam",
        field(() -> ApiToken.issue(woudenberg, "  ", TokenScope.LEZEN, null, TODAY, TODAY)));
    assertEquals(
        "naam",
        field(
            () ->
                ApiToken.issue(woudenberg, "x".repeat(101), TokenScope.LEZEN, null, TODAY, TODAY)));
    assertEquals(
        "bevoegdheid", field(() -> ApiToken.issue(woudenberg, "a", null, null, TODAY, TODAY)));
    assertEquals(
        "geldigTot",
        field(() -> ApiToken.issue(woudenberg, "a", TokenScope.LEZEN, null, null, TODAY)));
    assertEquals("geldigTot", field(() -> reading(TODAY.minusDays(1))));
    assertEquals("geldigTot", field(() -> reading(TODAY.plusDays(ApiToken.MAX_DAYS + 1))));
    assertEquals(TODAY.plusDays(ApiToken.MAX_DAYS), reading(TODAY.plusDays(366)).getValidUntil());
    assertEquals(" iBabs ".strip(), reading(TODAY).getName());
  }

  @Test
  void aDeliveringTokenNamesItsAgreementsAndAReadingOneNone() {
    assertEquals(
        "overeenkomsten",
        field(
            () ->
                ApiToken.issue(
                    woudenberg, "GGD", TokenScope.METINGEN_AANLEVEREN, Set.of(), TODAY, TODAY)));
    ApiToken delivering =
        ApiToken.issue(
            woudenberg, "GGD", TokenScope.METINGEN_AANLEVEREN, Set.of(4L, 7L), TODAY, TODAY);
    assertEquals(Set.of(4L, 7L), delivering.getAgreements());
    ApiToken reading =
        ApiToken.issue(woudenberg, "iBabs", TokenScope.LEZEN, Set.of(4L), TODAY, TODAY);
    assertTrue(reading.getAgreements().isEmpty(), "a reading token reads everything");
  }

  @Test
  void itWorksOnceSealedUpToAndIncludingItsLastDayInAmsterdam() {
    ApiToken token = reading(TODAY);
    Instant noon = TODAY.atTime(12, 0).atZone(AMSTERDAM).toInstant();
    assertFalse(token.usableAt(noon, AMSTERDAM), "not before it has its text");
    token.seal("ab".repeat(32));
    assertTrue(token.usableAt(noon, AMSTERDAM));
    Instant lastMinute = TODAY.atTime(23, 59).atZone(AMSTERDAM).toInstant();
    assertTrue(token.usableAt(lastMinute, AMSTERDAM));
    assertFalse(token.usableAt(TODAY.plusDays(1).atStartOfDay(AMSTERDAM).toInstant(), AMSTERDAM));
    assertThrows(IllegalStateException.class, () -> token.seal("cd".repeat(32)));
    assertTrue(token.hasSecret("ab".repeat(32)));
    assertFalse(token.hasSecret("cd".repeat(32)));
  }

  @Test
  void revokedItStopsAndCannotBeRevokedTwice() {
    ApiToken token = reading(TODAY);
    token.seal("ab".repeat(32));
    Instant now = TODAY.atTime(9, 0).atZone(AMSTERDAM).toInstant();
    token.revoke("regisseur.woudenberg", now);
    assertFalse(token.usableAt(now, AMSTERDAM));
    assertEquals("regisseur.woudenberg", token.getRevokedBy());
    assertThrows(DomainException.class, () -> token.revoke("beheer", now));
  }
}
