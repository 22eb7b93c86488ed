package nl.verbonden.positioning.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.time.LocalDate;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
import nl.verbonden.overviews.control.OverviewPdf;
import nl.verbonden.positioning.entity.DecisionBody;
import nl.verbonden.positioning.entity.PartnerRole;
import nl.verbonden.positioning.entity.PositioningOption;
import nl.verbonden.positioning.entity.PositioningQuestion;
import nl.verbonden.positioning.entity.Principle;
import nl.verbonden.positioning.entity.RoleDivision;
import nl.verbonden.positioning.entity.RoleHolder;
import nl.verbonden.positioning.entity.Score;
import nl.verbonden.quadrants.entity.SteeringModel;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.xml.sax.InputSource;

/**
 * The advice document: the report's chapters in order, the data escaped by construction (hostile
 * names come out as text in well-formed XHTML), and a PDF made from it.
 */
class AdviceHtmlTest {

  private static final LocalDate TODAY = LocalDate.of(2026, 11, 29);
  private static final String HOSTILE = "</td><script>alert(1)</script> & \"Leusden\" \u0007";

  private static PositioningQuestion question(String text) {
    PositioningQuestion q =
        PositioningQuestion.open(text, text, text, text, TODAY.minusMonths(2), TODAY);
    Principle p = q.addPrinciple(text, text, text, 3);
    PositioningOption a = q.addOption();
    a.describe(
        text,
        text,
        null,
        text,
        nl.verbonden.register.entity.LegalForm.STICHTING,
        SteeringModel.SAMENWERKINGSPARTNER,
        RoleDivision.of(
            Map.of(
                PartnerRole.OPDRACHTGEVER, RoleHolder.GEMEENTE,
                PartnerRole.FINANCIER, RoleHolder.GEMEENTE,
                PartnerRole.WERKGEVER, RoleHolder.PARTNER,
                PartnerRole.OPDRACHTNEMER, RoleHolder.PARTNER,
                PartnerRole.UITVOERDER, RoleHolder.PARTNER)),
        text);
    a.score(p, Score.PLUS_PLUS, text);
    PositioningOption b = q.addOption();
    b.describe(text + "2", null, null, null, null, SteeringModel.EIGEN_BEHEER, null, null);
    q.decide(a, text, DecisionBody.COLLEGE, TODAY, Map.of(b, text), TODAY);
    q.addMilestone(text, TODAY.plusDays(3), text, null);
    return q;
  }

  private static Document parse(String xhtml) throws Exception {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setNamespaceAware(true);
    factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
    return factory.newDocumentBuilder().parse(new InputSource(new StringReader(xhtml)));
  }

  @Test
  void theAdviceHasTheReportsChaptersInOrder() throws Exception {
    AdviceData data = AdviceSnapshot.of(question("Toegang"), "GM0351", "Woudenberg", TODAY);
    String html = AdviceHtml.render(data, new AdviceHtml.Meta("concept", null, null, "abc"));
    Document doc = parse(html);
    var headings = doc.getElementsByTagNameNS("*", "h2");
    StringBuilder titles = new StringBuilder();
    for (int i = 0; i < headings.getLength(); i++) {
      titles.append(headings.item(i).getTextContent()).append('|');
    }
    assertEquals(
        "Inhoud|1. Inleiding en vraagstelling|2. Uitgangspunten|3. Afweging van de opties|4. Advies|"
            + "5. Rolverdeling|6. Planning|7. Bijlage: sturingsmodellen|",
        titles.toString());
    String text = doc.getDocumentElement().getTextContent();
    assertTrue(
        text.contains("Samenwerkingspartner (kwadrant 3 Maatschappelijk partnerschap)"), text);
    assertTrue(text.contains("Besloten door college op 29-11-2026."), text);
    assertTrue(text.contains("++"), text);
  }

  @Test
  void hostileTextsAreTextAndTheDocumentStaysWellFormed() throws Exception {
    AdviceData data = AdviceSnapshot.of(question(HOSTILE), "GM0351", HOSTILE, TODAY);
    String html = AdviceHtml.render(data, new AdviceHtml.Meta("concept", null, null, "abc"));
    Document doc = parse(html);
    assertEquals(0, doc.getElementsByTagNameNS("*", "script").getLength());
    assertTrue(
        doc.getDocumentElement()
            .getTextContent()
            .contains("</td><script>alert(1)</script> & \"Leusden\" "));
    byte[] pdf = OverviewPdf.render(html);
    assertTrue(
        new String(pdf, 0, 5, java.nio.charset.StandardCharsets.ISO_8859_1).startsWith("%PDF"));
  }
}
