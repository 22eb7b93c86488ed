package nl.verbonden.overviews.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.math.BigDecimal;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
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
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

/**
 * Whatever a municipality or a party is called, the overview shows the name as text: the document
 * stays well-formed XHTML, gains no element and no attribute, and its style sheet holds no data.
 */
class OverviewEscapingTest {

  private static final String HASH = "b".repeat(64);

  /** Every text of the data the same hostile value. */
  private static OverviewData everywhere(String x) {
    PartyEntry party =
        new PartyEntry(
            x, x, x, x, x, x, x, BigDecimal.ONE, null, null, null, null, null, null, x, x);
    return new OverviewData(
        x,
        x,
        2026,
        x,
        new OverviewData.Summary(
            List.of(new Count(x, 1)), BigDecimal.TEN, List.of(new Count(x, 1)), 1, 1, 1),
        List.of(new GroupSection(x, List.of(party))),
        List.of(new QuadrantRow(x, x, x, x, x, x)),
        List.of(new RoleRow(x, x, x, x, x, true)),
        List.of(x),
        List.of(x),
        List.of(new AgreementRow(x, x, x, List.of(new IndicatorRow(x, x, x)), List.of(x))),
        List.of(new OverviewData.ZienswijzeEntry(x, x, x, x, x, x, x, x, x, x, x, x, true)));
  }

  private static Document parse(String xhtml) throws Exception {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setNamespaceAware(true);
    factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
    return factory.newDocumentBuilder().parse(new InputSource(new StringReader(xhtml)));
  }

  private static int count(Document document, String element) {
    return document.getElementsByTagNameNS("*", element).getLength();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "Zeist</style><script>alert(1)</script>",
        "<img src=x onerror=alert(1)>",
        "Bunnik & Odijk",
        "\\\"} body { display: none } /*",
        "Rhenen\\\" ; @import url(x)",
        "]]><script>alert(1)</script><![CDATA[",
        "<!-- --><p onclick=\"alert(1)\">",
        "'&amp;' \"&lt;\" &#x3C;script&#x3E;"
      })
  void hostileNamesAreShownLiterallyAndNeverBecomeMarkup(String hostile) throws Exception {
    String safe = render(everywhere("Veilig"), "gepubliceerd");
    String xhtml = render(everywhere(hostile), hostile);
    Document document = parse(xhtml);

    assertEquals(0, count(document, "script"), xhtml);
    assertEquals(0, count(document, "img"), "no chart given, so no image: " + xhtml);
    Document reference = parse(safe);
    for (String element : List.of("p", "div", "td", "th", "li", "a", "style", "span", "section")) {
      assertEquals(count(reference, element), count(document, element), element + " elements");
    }
    NodeList everything = document.getElementsByTagNameNS("*", "*");
    for (int i = 0; i < everything.getLength(); i++) {
      Element element = (Element) everything.item(i);
      for (int a = 0; a < element.getAttributes().getLength(); a++) {
        String attribute = element.getAttributes().item(a).getNodeName();
        assertFalse(attribute.startsWith("on"), attribute + " on " + element.getTagName());
      }
    }
    String style = document.getElementsByTagNameNS("*", "style").item(0).getTextContent();
    assertEquals(
        parse(safe).getElementsByTagNameNS("*", "style").item(0).getTextContent(),
        style,
        "the style sheet is the same whatever the data");

    String text = document.getDocumentElement().getTextContent();
    assertTrue(text.contains("Gemeente " + hostile + " — governance-overzicht 2026"), text);
    assertTrue(text.contains(hostile + " (" + hostile + ")"), "cover: " + text);
    assertTrue(text.contains("versie 3 (" + hostile + ")"), "running header: " + text);
    assertEquals(
        "Governance-overzicht verbonden partijen 2026 — Gemeente " + hostile,
        document.getElementsByTagNameNS("*", "title").item(0).getTextContent());
  }

  @Test
  void aCharacterXmlDoesNotAllowIsLeftOutRatherThanBreakingTheDocument() throws Exception {
    Document document = parse(render(everywhere("Bel\u0007 \u0000Zeist"), "concept"));
    assertTrue(document.getDocumentElement().getTextContent().contains("Gemeente Bel Zeist"));
  }

  @Test
  void theChartIsTheOnlyImageAndItsDataStaysInItsAttribute() throws Exception {
    String xhtml =
        OverviewHtml.render(
            everywhere("\"><script>alert(1)</script>"),
            new OverviewHtml.Meta("concept", null, null, HASH, "iVBORw0KGgo=\"onerror=\"x"));
    Document document = parse(xhtml);
    assertEquals(0, count(document, "script"));
    Element image = (Element) document.getElementsByTagNameNS("*", "img").item(0);
    assertEquals("data:image/png;base64,iVBORw0KGgo=\"onerror=\"x", image.getAttribute("src"));
    assertEquals("", image.getAttribute("onerror"));
    assertEquals("De kwadrantenmatrix van 2026", image.getAttribute("alt"));
  }

  @Test
  void thePdfShowsAnAmpersandInTheMunicipalitysNameInTheHeaderAndOnTheCover() throws Exception {
    OverviewData data = OverviewDocumentTest.data(2);
    OverviewData bunnik =
        new OverviewData(
            data.tenantCode(),
            "Bunnik & Odijk <Utrecht>",
            data.year(),
            data.generatedOn(),
            data.summary(),
            data.groups(),
            data.quadrants(),
            data.roles(),
            data.conflicts(),
            data.gaps(),
            data.agreements(),
            data.zienswijzen());
    byte[] pdf =
        OverviewPdf.render(
            OverviewHtml.render(bunnik, new OverviewHtml.Meta("concept", null, null, HASH, null)));
    String text;
    try (PDDocument document = Loader.loadPDF(pdf)) {
      text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
      assertTrue(document.getNumberOfPages() > 5, "pages: " + document.getNumberOfPages());
    }
    assertTrue(
        text.contains("Gemeente Bunnik & Odijk <Utrecht> — governance-overzicht 2026"), text);
    assertTrue(text.contains("Bunnik & Odijk <Utrecht> (GM0351)"), text);
    assertTrue(text.contains("SHA-256 gegevens: " + HASH), text);
    assertTrue(text.contains("concept"), text);
  }

  private static String render(OverviewData data, String status) {
    return OverviewHtml.render(
        data, new OverviewHtml.Meta(status, 3, "29-11-2026 10:15", HASH, null));
  }
}
