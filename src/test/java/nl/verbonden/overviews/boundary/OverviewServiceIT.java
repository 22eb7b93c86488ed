package nl.verbonden.overviews.boundary;

import static nl.verbonden.testsupport.Demo.WOUDENBERG;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import nl.verbonden.overviews.control.OverviewPdf;
import nl.verbonden.overviews.entity.OverviewListing;
import nl.verbonden.register.boundary.PartyService;
import nl.verbonden.register.entity.Party;
import nl.verbonden.shared.entity.DomainException;
import nl.verbonden.shared.entity.NotFoundException;
import nl.verbonden.testsupport.InContainer;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/**
 * Publishing in the container: a published version never changes when the register does (same
 * SHA-256 of PDF and data), the PDF holds every party's required fields, corrections are new
 * versions, council members read and check only their own municipality's versions.
 */
class OverviewServiceIT extends InContainer {

  @Inject private OverviewService overviews;
  @Inject private PartyService parties;

  @Inject private java.time.Clock clock;

  /** This year on the application's clock, which the demo data follow. */
  private int year() {
    return LocalDate.now(clock).getYear();
  }

  private static String text(byte[] pdf) throws Exception {
    try (PDDocument document = Loader.loadPDF(pdf)) {
      return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
    }
  }

  @Test
  void aPublishedVersionStaysExactlyAsPublishedWhenTheRegisterChanges() throws Exception {
    as.login("regisseur.woudenberg");
    OverviewListing first = overviews.publish(year(), null, null);
    byte[] pdf = overviews.pdf(first.id());
    String json = overviews.data(first.id());
    assertEquals(first.pdfSha256(), OverviewPdf.sha256(pdf));
    assertEquals(first.dataSha256(), OverviewPdf.sha256(json));

    String text = text(pdf);
    for (String expected :
        List.of(
            "Gemeente Woudenberg",
            "GGD regio Utrecht",
            "Vestigingsplaats",
            "Rechtsvorm",
            "Openbaar belang",
            "Bestuurlijk belang",
            "Financieel belang",
            "Eigen vermogen begin / einde jaar",
            "Vreemd vermogen begin / einde jaar",
            "Financieel resultaat",
            "Monitoringsregime",
            "Kwadrantenmatrix",
            "Rolverdeling",
            "Rolconflicten",
            "DVO Jeugdgezondheidszorg " + year(),
            "SHA-256 gegevens: " + first.dataSha256(),
            "versie " + first.versionNumber() + " (gepubliceerd)")) {
      assertTrue(text.contains(expected), "missing: " + expected);
    }

    Party ggd = parties.find(data.partyId(WOUDENBERG, "GGD regio Utrecht"));
    ggd.setSeat("Utrecht-Overvecht");
    parties.update(ggd);

    assertArrayEquals(pdf, overviews.pdf(first.id()));
    assertEquals(json, overviews.data(first.id()));
    assertEquals(
        first,
        overviews.published().stream()
            .filter(o -> o.id().equals(first.id()))
            .findFirst()
            .orElseThrow());
    OverviewListing second = overviews.publish(year(), null, null);
    assertEquals(first.versionNumber() + 1, second.versionNumber());
    assertNotEquals(first.dataSha256(), second.dataSha256(), "the new version has the new seat");
    assertTrue(text(overviews.pdf(second.id())).contains("Utrecht-Overvecht"));
    assertTrue(!text(overviews.pdf(first.id())).contains("Utrecht-Overvecht"));

    assertEquals(first.id(), overviews.check(pdf).orElseThrow().id());
    byte[] altered = pdf.clone();
    altered[altered.length / 2] ^= 1;
    assertTrue(overviews.check(altered).isEmpty());
  }

  @Test
  void aCorrectionSaysWhatItReplaces() {
    as.login("regisseur.woudenberg");
    OverviewListing original = overviews.publish(year() - 1, null, null);
    DomainException noReason =
        assertThrows(
            DomainException.class,
            () -> overviews.publish(year() - 1, original.versionNumber(), " "));
    assertEquals("reden", noReason.field());
    DomainException noVersion =
        assertThrows(
            DomainException.class,
            () -> overviews.publish(year() - 1, original.versionNumber() + 5, "fout"));
    assertEquals("vervangt", noVersion.field());
    OverviewListing correction =
        overviews.publish(
            year() - 1,
            original.versionNumber(),
            "Het resultaat van de RWA was verkeerd overgenomen.");
    assertEquals(original.versionNumber(), correction.replacesVersion());
    assertEquals(
        "Het resultaat van de RWA was verkeerd overgenomen.", correction.replacementNote());
  }

  @Test
  void councilMembersReadAndCheckTheirOwnVersionsAndNothingElse() throws Exception {
    as.login("regisseur.woudenberg");
    OverviewListing published = overviews.publish(year(), null, null);
    byte[] pdf = overviews.pdf(published.id());
    as.logout();

    as.login("raad.woudenberg");
    assertTrue(overviews.published().stream().anyMatch(o -> o.id().equals(published.id())));
    assertArrayEquals(pdf, overviews.pdf(published.id()));
    assertEquals(published.id(), overviews.check(pdf).orElseThrow().id());
    assertThrows(EJBAccessException.class, () -> overviews.draft(year()));
    assertThrows(EJBAccessException.class, () -> overviews.publish(year(), null, null));
    as.logout();

    as.login("raad.zeist");
    assertTrue(overviews.published().stream().noneMatch(o -> o.id().equals(published.id())));
    assertThrows(NotFoundException.class, () -> overviews.pdf(published.id()));
    assertThrows(NotFoundException.class, () -> overviews.data(published.id()));
    assertTrue(
        overviews.check(pdf).isEmpty(),
        "another municipality's PDF is not one of Zeist's versions");
    as.logout();

    as.login("beheer");
    assertThrows(EJBAccessException.class, () -> overviews.published());
  }

  @Test
  void aDraftIsGeneratedWithoutStoringAnything() throws Exception {
    as.login("regisseur.woudenberg");
    int before = overviews.published().size();
    long start = System.nanoTime();
    OverviewService.Rendered draft = overviews.draft(year());
    long millis = (System.nanoTime() - start) / 1_000_000;
    System.out.println(
        "Draft overview of the Woudenberg demo register generated in " + millis + " ms");
    assertTrue(draft.html().contains("concept"));
    assertEquals(draft.html(), overviews.draftHtml(year()), "the preview is the PDF's XHTML");
    assertTrue(text(draft.pdf()).contains("Paragraaf verbonden partijen"));
    assertEquals(before, overviews.published().size());
  }
}
