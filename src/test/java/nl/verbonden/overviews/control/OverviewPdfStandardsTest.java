package nl.verbonden.overviews.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.stream.Collectors;
import nl.verbonden.shared.control.ApplicationClock;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.PDFAValidator;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.TestAssertion;
import org.verapdf.pdfa.results.ValidationResult;

/**
 * The overview PDF as councils and the archive get it: validated by veraPDF as PDF/UA-1 (tagged,
 * accessible) and PDF/A-3a (archivable), also after it is signed; and its structure as a reader
 * shows it: document language, title, the chapters as bookmarks.
 */
class OverviewPdfStandardsTest {

  private static byte[] pdf;
  private static byte[] signed;

  @BeforeAll
  static void render() {
    VeraGreenfieldFoundryProvider.initialise();
    String html =
        OverviewHtml.render(
            OverviewDocumentTest.data(3),
            new OverviewHtml.Meta("gepubliceerd", 1, "23-11-2026 14:00", "a".repeat(64), chart()));
    pdf = OverviewPdf.render(html);
    signed =
        PdfSignature.sign(
            pdf,
            PdfSignatureTest.signer(),
            ApplicationClock.fromSystem().instant(),
            "Gemeente Woudenberg",
            "Gepubliceerd governance-overzicht 2026, versie 1",
            "Woudenberg");
  }

  /**
   * A picture in the quadrant chapter, as the real overview has (it needs its alternative text).
   */
  private static String chart() {
    try {
      java.awt.image.BufferedImage image =
          new java.awt.image.BufferedImage(40, 30, java.awt.image.BufferedImage.TYPE_INT_RGB);
      java.io.ByteArrayOutputStream png = new java.io.ByteArrayOutputStream();
      javax.imageio.ImageIO.write(image, "png", png);
      return java.util.Base64.getEncoder().encodeToString(png.toByteArray());
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private static String failures(byte[] document, PDFAFlavour flavour) throws Exception {
    try (PDFAParser parser =
            Foundries.defaultInstance().createParser(new ByteArrayInputStream(document), flavour);
        PDFAValidator validator = Foundries.defaultInstance().createValidator(flavour, false)) {
      ValidationResult result = validator.validate(parser);
      List<TestAssertion> failed =
          result.getTestAssertions().stream()
              .filter(a -> a.getStatus() == TestAssertion.Status.FAILED)
              .toList();
      return result.isCompliant()
          ? ""
          : failed.stream()
              .map(
                  a ->
                      a.getRuleId().getClause()
                          + "/"
                          + a.getRuleId().getTestNumber()
                          + " "
                          + a.getMessage())
              .distinct()
              .collect(Collectors.joining("\n"));
    }
  }

  @Test
  void theOverviewIsPdfUa() throws Exception {
    assertEquals("", failures(pdf, PDFAFlavour.PDFUA_1));
  }

  @Test
  void theOverviewIsPdfA() throws Exception {
    assertEquals("", failures(pdf, PDFAFlavour.PDFA_3_A));
  }

  @Test
  void theSignedOverviewIsStillPdfAAndPdfUa() throws Exception {
    assertEquals("", failures(signed, PDFAFlavour.PDFA_3_A));
    assertEquals("", failures(signed, PDFAFlavour.PDFUA_1));
  }

  @Test
  void aReaderShowsLanguageTitleAndTheChaptersAsBookmarks() throws Exception {
    try (PDDocument document = Loader.loadPDF(signed)) {
      assertEquals("nl", document.getDocumentCatalog().getLanguage());
      assertTrue(
          document.getDocumentInformation().getTitle().startsWith("Governance-overzicht"),
          document.getDocumentInformation().getTitle());
      assertTrue(document.getDocumentCatalog().getViewerPreferences().displayDocTitle());
      assertNotNull(document.getDocumentCatalog().getStructureTreeRoot());
      assertTrue(document.getDocumentCatalog().getMarkInfo().isMarked());
      List<String> bookmarks = new java.util.ArrayList<>();
      for (PDOutlineItem item : document.getDocumentCatalog().getDocumentOutline().children()) {
        bookmarks.add(item.getTitle());
      }
      assertEquals(
          List.of(
              "Samenvatting",
              "Paragraaf verbonden partijen",
              "Kwadrantenmatrix",
              "Rolverdeling",
              "Dienstverleningsovereenkomsten",
              "Zienswijzen in dit jaar",
              "Bijlage: het kwadrantenmodel en de sturingsmodellen"),
          bookmarks);
      assertFalse(document.isEncrypted());
    }
  }
}
