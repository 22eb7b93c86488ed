package nl.verbonden.overviews.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import nl.verbonden.overviews.control.OverviewData.AgreementRow;
import nl.verbonden.overviews.control.OverviewData.Count;
import nl.verbonden.overviews.control.OverviewData.GroupSection;
import nl.verbonden.overviews.control.OverviewData.IndicatorRow;
import nl.verbonden.overviews.control.OverviewData.PartyEntry;
import nl.verbonden.overviews.control.OverviewData.QuadrantRow;
import nl.verbonden.overviews.control.OverviewData.RoleRow;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/**
 * The overview as printed: every required field per party, the chapters, page numbers and the
 * data's fingerprint.
 */
class OverviewDocumentTest {

  private static final String HASH = "a".repeat(64);

  static OverviewData data(int parties) {
    List<PartyEntry> entries = new ArrayList<>();
    for (int i = 1; i <= parties; i++) {
      entries.add(
          new PartyEntry(
              "Gemeenschappelijke Regeling " + i,
              "Utrecht",
              "Openbaar lichaam",
              "Afvalverwerking <veilig> & schoon",
              "Zetel in het bestuur.",
              "Bedrag dat de gemeente kan verliezen: € 10.000.",
              "Jaarrekening 2025",
              new BigDecimal("1000.00"),
              new BigDecimal("1200.50"),
              new BigDecimal("250000.00"),
              new BigDecimal("260000.00"),
              new BigDecimal("90000.00"),
              new BigDecimal("85000.00"),
              new BigDecimal("-1234.56"),
              "Stijgende tarieven",
              "Middel"));
    }
    return new OverviewData(
        "GM0351",
        "Woudenberg",
        2026,
        "2026-11-23",
        new OverviewData.Summary(
            List.of(new Count("Gemeenschappelijke regelingen", parties)),
            new BigDecimal("123456.78"),
            List.of(new Count("Middel", parties)),
            1,
            2,
            1),
        List.of(new GroupSection("Gemeenschappelijke regelingen", entries)),
        List.of(
            new QuadrantRow(
                "GGD regio Utrecht",
                "1 Meervoudig opdrachtgeverschap",
                "Eigen beheer",
                "",
                "Berekend",
                "")),
        List.of(
            new RoleRow(
                "GGD regio Utrecht",
                "B: Ilse Vermeulen; A: Sanne de Vries",
                "B: Ilse Vermeulen; A: Eva Hendriks",
                "Niet belegd: geen",
                "Niet belegd: geen",
                true)),
        List.of(
            "GGD regio Utrecht: Ilse Vermeulen is bestuurlijk opdrachtgever én eigenaar. Rechtvaardiging: kleine gemeente"),
        List.of("RWA: Er is geen escalatieladder."),
        List.of(
            new AgreementRow(
                "DVO Jeugdgezondheidszorg 2026",
                "GGD regio Utrecht",
                "Rood",
                List.of(
                    new IndicatorRow("Bereik contactmomenten 0-4 jaar", "Rood", "82 % (2026-K3)")),
                List.of("Bereik contactmomenten 0-4 jaar: trede 1 (Contactpersonen)"))),
        List.of(
            new OverviewData.ZienswijzeEntry(
                "Regionale Uitvoeringsdienst (RUD) Utrecht",
                "Wijziging van de regeling",
                "Wijziging gemeenschappelijke regeling RUD Utrecht",
                "12-10-2026",
                "7-12-2026",
                "3-12-2026",
                "Besloten",
                "Positieve zienswijze",
                "De raad stemt in.",
                "3-12-2026",
                "",
                "",
                false)));
  }

  private static String text(byte[] pdf) throws Exception {
    try (PDDocument document = Loader.loadPDF(pdf)) {
      return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
    }
  }

  @Test
  void thePdfHoldsEveryRequiredFieldOfEachPartyAndTheChapters() throws Exception {
    String html =
        OverviewHtml.render(
            data(3), new OverviewHtml.Meta("gepubliceerd", 2, "23-11-2026 14:00", HASH, null));
    byte[] pdf = OverviewPdf.render(html);
    String text = text(pdf);
    for (String expected :
        List.of(
            "Governance-overzicht verbonden partijen 2026",
            "Woudenberg (GM0351)",
            "Samenvatting",
            "Paragraaf verbonden partijen",
            "Gemeenschappelijke Regeling 3",
            "Vestigingsplaats",
            "Rechtsvorm",
            "Openbaar belang",
            "Afvalverwerking <veilig> & schoon",
            "Bestuurlijk belang",
            "Financieel belang",
            "Belang begin / einde jaar",
            "€ 1.000,00 / € 1.200,50",
            "Eigen vermogen begin / einde jaar",
            "Vreemd vermogen begin / einde jaar",
            "Financieel resultaat",
            "€ -1.234,56",
            "Risico's",
            "Monitoringsregime",
            "Kwadrantenmatrix",
            "Rolverdeling",
            "Rechtvaardiging: kleine gemeente",
            "Er is geen escalatieladder.",
            "DVO Jeugdgezondheidszorg 2026",
            "Open escalaties",
            "Zienswijzen in dit jaar",
            "Wijziging gemeenschappelijke regeling RUD Utrecht",
            "Laatste raadsvergadering op tijd",
            "Positieve zienswijze: De raad stemt in.",
            "Bijlage",
            "Samenwerkingspartner",
            "Pagina 1 van",
            "Gemeente Woudenberg — governance-overzicht 2026",
            "SHA-256 gegevens: " + HASH,
            "versie 2 (gepubliceerd)")) {
      assertTrue(text.contains(expected), "missing: " + expected);
    }
  }

  @Test
  void tablesBreakOverPagesWithTwoHundredParties() throws Exception {
    OverviewPdf.render(
        OverviewHtml.render(data(1), new OverviewHtml.Meta("concept", null, null, HASH, null)));
    long start = System.nanoTime();
    byte[] pdf =
        OverviewPdf.render(
            OverviewHtml.render(
                data(200), new OverviewHtml.Meta("concept", null, null, HASH, null)));
    System.out.println(
        "Overview PDF of 200 parties rendered in "
            + (System.nanoTime() - start) / 1_000_000
            + " ms");
    try (PDDocument document = Loader.loadPDF(pdf)) {
      assertTrue(document.getNumberOfPages() > 30, "pages: " + document.getNumberOfPages());
    }
    assertTrue(text(pdf).contains("Gemeenschappelijke Regeling 200"));
  }

  @Test
  void theSameDataGiveTheSameFingerprint() {
    assertEquals(OverviewPdf.sha256("abc"), OverviewPdf.sha256("abc"));
    assertEquals(
        "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad",
        OverviewPdf.sha256("abc"));
  }

  @Test
  void anAmountTheOverviewDoesNotHaveIsADash() {
    assertEquals("—", OverviewHtml.Formats.INSTANCE.money(null));
    assertEquals("€ -1.234,56", OverviewHtml.Formats.INSTANCE.money(new BigDecimal("-1234.56")));
    assertEquals("2026", OverviewHtml.Formats.INSTANCE.year(2026));
  }
}
