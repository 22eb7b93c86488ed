package nl.verbonden.overviews.boundary;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import nl.verbonden.overviews.control.OverviewData;
import nl.verbonden.overviews.control.OverviewDiff;
import nl.verbonden.overviews.control.PdfSignature;
import nl.verbonden.overviews.entity.OverviewListing;
import nl.verbonden.register.boundary.PartyService;
import nl.verbonden.register.entity.FigureKind;
import nl.verbonden.register.entity.LegalForm;
import nl.verbonden.register.entity.Party;
import nl.verbonden.register.entity.YearFigures;
import nl.verbonden.shared.entity.NotFoundException;
import nl.verbonden.testsupport.InContainer;
import org.junit.jupiter.api.Test;

/**
 * The council's side of the published overview (issue 18), in the container: published by name,
 * signed and verified, read from its frozen data, compared, as CSV; and who may see what: the
 * council member of the municipality reads, another municipality and the beheerder do not, and the
 * public sees only the published versions of a municipality that switched public access on.
 */
class CouncilOverviewIT extends InContainer {

  @Inject private OverviewService overviews;
  @Inject private PublicOverviewService publicOverviews;
  @Inject private PartyService parties;
  @Inject private java.time.Clock clock;

  /** Two years back: the other overview tests publish this year and last year. */
  private int year() {
    return LocalDate.now(clock).getYear() - 2;
  }

  private Party verbondenPartij(String name) {
    Party party = new Party(name, "Woudenberg");
    party.setLegalForm(LegalForm.GR_OPENBAAR_LICHAAM);
    party.getInterest().setBoardSeat(true);
    party.getInterest().setAmountAtRisk(new BigDecimal("1000.00"));
    party.setStartDate(LocalDate.of(year() - 5, 1, 1));
    return parties.create(party);
  }

  private YearFigures result(Long partyId, String result, YearFigures existing) {
    YearFigures figures =
        existing == null ? new YearFigures(year(), FigureKind.JAARREKENING) : existing;
    figures.setResult(new BigDecimal(result));
    return parties.saveFigures(partyId, figures);
  }

  @Test
  void aVersionIsPublishedByNameSignedAndReadFromItsFrozenData() {
    as.login("regisseur.woudenberg");
    Party party = verbondenPartij("Stichting Raad Leest");
    OverviewListing published = overviews.publish(year(), null, null);
    assertEquals("Sanne de Vries", published.publishedBy(), "the person, not the login");

    byte[] pdf = overviews.pdf(published.id());
    PdfSignature.Verification signature = PdfSignature.verify(pdf);
    assertTrue(signature.valid(), "signed at publication");
    OverviewService.FileCheck check = overviews.verify(pdf);
    assertEquals(published.id(), check.match().id());
    assertTrue(check.ourCertificate());
    byte[] altered = pdf.clone();
    altered[altered.length / 3] ^= 1;
    OverviewService.FileCheck refused = overviews.verify(altered);
    assertNull(refused.match());
    assertFalse(refused.signature().valid());

    Party edited = parties.find(party.getId());
    edited.setSeat("Leusden");
    parties.update(edited);
    OverviewData frozen = overviews.version(published.id()).data();
    assertEquals(
        "Woudenberg",
        frozen.groups().stream()
            .flatMap(g -> g.parties().stream())
            .filter(p -> p.name().equals("Stichting Raad Leest"))
            .findFirst()
            .orElseThrow()
            .seat(),
        "the version shows the data as published, not today's register");
    String csv = new String(overviews.csv(published.id()), StandardCharsets.UTF_8);
    assertTrue(csv.contains("Stichting Raad Leest;Woudenberg;"), csv);
    assertTrue(overviews.years().contains(year()));
    as.logout();

    as.login("raad.woudenberg");
    assertEquals("Sanne de Vries", overviews.version(published.id()).listing().publishedBy());
    assertTrue(overviews.verify(pdf).ourCertificate());
    overviews.csv(published.id());
    overviews.compare(published.id(), null);
    assertThrows(EJBAccessException.class, () -> overviews.setPublic(true));
    assertThrows(EJBAccessException.class, () -> overviews.years());
    as.logout();

    as.login("raad.zeist");
    assertThrows(NotFoundException.class, () -> overviews.version(published.id()));
    assertThrows(NotFoundException.class, () -> overviews.compare(published.id(), null));
    assertThrows(NotFoundException.class, () -> overviews.csv(published.id()));
    assertThrows(NotFoundException.class, () -> overviews.listingOf(published.id()));
    assertNull(overviews.verify(pdf).match(), "not one of Zeist's versions");
    as.logout();

    as.login("beheer");
    assertThrows(EJBAccessException.class, () -> overviews.version(published.id()));
    assertThrows(EJBAccessException.class, () -> overviews.csv(published.id()));
    assertThrows(EJBAccessException.class, () -> overviews.isPublic());
  }

  @Test
  void whatChangedBetweenTwoVersionsAndAgainstThePreviousYear() {
    as.login("regisseur.woudenberg");
    OverviewListing previousYear = overviews.publish(year() - 1, null, null);
    Party party = verbondenPartij("Stichting Raad Vergelijkt");
    YearFigures figures = result(party.getId(), "100.00", null);
    OverviewListing first = overviews.publish(year(), null, null);
    result(party.getId(), "250.00", figures);
    verbondenPartij("Stichting Raad Nieuw");
    OverviewListing second = overviews.publish(year(), null, null);
    as.logout();

    as.login("raad.woudenberg");
    OverviewService.Comparison comparison = overviews.compare(second.id(), null);
    assertEquals(first.id(), comparison.base().id(), "by default the version just before");
    List<OverviewDiff.Change> changes = comparison.changes();
    OverviewDiff.Change figure =
        changes.stream()
            .filter(
                c ->
                    c.kind() == OverviewDiff.Kind.FIGURE
                        && c.party().equals("Stichting Raad Vergelijkt"))
            .findFirst()
            .orElseThrow(() -> new AssertionError(changes.toString()));
    assertEquals("Financieel resultaat", figure.subject());
    assertEquals(0, new BigDecimal("150").compareTo(figure.difference()));
    assertTrue(
        changes.stream()
            .anyMatch(
                c ->
                    c.kind() == OverviewDiff.Kind.PARTY_NEW
                        && c.party().equals("Stichting Raad Nieuw")),
        changes.toString());

    List<OverviewListing> comparable = overviews.version(first.id()).comparable();
    assertEquals(
        previousYear.id(),
        comparable.get(comparable.size() - 1).id(),
        "the last version of the year before");
    OverviewService.Comparison withPreviousYear = overviews.compare(first.id(), previousYear.id());
    assertEquals(previousYear.id(), withPreviousYear.base().id());

    as.logout();
    as.login("raad.zeist");
    assertThrows(NotFoundException.class, () -> overviews.compare(second.id(), first.id()));
  }

  @Test
  void thePublicSeesOnlyPublishedVersionsOfAMunicipalityThatSwitchedItOn() {
    as.login("regisseur.woudenberg");
    overviews.setPublic(false);
    OverviewListing published = overviews.publish(year(), null, null);
    String json = overviews.data(published.id());
    byte[] pdf = overviews.pdf(published.id());
    as.logout();

    assertThrows(NotFoundException.class, () -> publicOverviews.published("GM0351"));
    assertThrows(
        NotFoundException.class,
        () ->
            publicOverviews.document(
                "GM0351",
                published.year(),
                published.versionNumber(),
                PublicOverviewService.Format.PDF));

    as.login("regisseur.woudenberg");
    overviews.setPublic(true);
    assertTrue(overviews.isPublic());
    as.logout();
    as.login("regisseur.zeist");
    assertFalse(overviews.isPublic(), "the switch is per municipality");
    as.logout();

    List<OverviewListing> listed = publicOverviews.published("GM0351");
    assertTrue(listed.stream().anyMatch(o -> o.id().equals(published.id())));
    assertTrue(listed.stream().allMatch(o -> o.publishedBy() == null), "no names in public");
    assertArrayEquals(
        pdf,
        publicOverviews
            .document(
                "GM0351",
                published.year(),
                published.versionNumber(),
                PublicOverviewService.Format.PDF)
            .content());
    assertEquals(
        json,
        new String(
            publicOverviews
                .document(
                    "GM0351",
                    published.year(),
                    published.versionNumber(),
                    PublicOverviewService.Format.JSON)
                .content(),
            StandardCharsets.UTF_8));
    assertTrue(
        new String(
                publicOverviews
                    .document(
                        "GM0351",
                        published.year(),
                        published.versionNumber(),
                        PublicOverviewService.Format.CSV)
                    .content(),
                StandardCharsets.UTF_8)
            .startsWith("\uFEFFGemeente;"));
    for (String code : List.of("GM0355", "GM9999", "gm0351", "GM0351 ", "XX", "")) {
      assertThrows(NotFoundException.class, () -> publicOverviews.published(code), code);
    }
    assertThrows(
        NotFoundException.class,
        () ->
            publicOverviews.document(
                "GM0355",
                published.year(),
                published.versionNumber(),
                PublicOverviewService.Format.PDF),
        "Woudenberg's version is not reached through Zeist");
    assertThrows(
        NotFoundException.class,
        () ->
            publicOverviews.document(
                "GM0351", published.year(), 9999, PublicOverviewService.Format.PDF));

    as.login("regisseur.woudenberg");
    overviews.setPublic(false);
    as.logout();
    assertThrows(NotFoundException.class, () -> publicOverviews.published("GM0351"));
  }
}
