package nl.verbonden.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import nl.verbonden.shared.control.ApplicationClock;
import nl.verbonden.testsupport.TestServer;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * A positioning question as a regisseur walks it (issue 17): from the start page's late step to a
 * new question, its principles in named groups, two options with their role division (the one that
 * does not fit is flagged), the weighing with its chart, the decision that puts the partner in the
 * register with its target quadrant and steering model, the planning, and the printed and published
 * advice, which a council member then reads. Every page is checked with axe.
 */
class PositioningBrowserIT {

  private final URL base = TestServer.url();
  private final LocalDate today = LocalDate.now(ApplicationClock.fromSystem());

  @Test
  void aQuestionFromPrinciplesToAPrintedAdvice() throws Exception {
    String partner = "Partner Jeugd " + System.nanoTime() % 100000;
    String task = "Jeugdhulp " + System.nanoTime() % 100000;
    try (Browser browser = Browser.open(base)) {
      browser.login("regisseur.woudenberg");
      // the demo's late step is on the start page
      assertTrue(
          browser.pageText().contains("Stappen van een positioneringsvraagstuk die te laat zijn"),
          browser.pageText());
      assertTrue(
          browser.pageText().contains("Verkennende gesprekken met maatschappelijke partners"));

      browser.click(By.id("menu:m-positionering"));
      browser.waitForText("Toegang sociaal domein");
      browser.assertAccessible();

      // a new question: the task is required
      browser.type("nieuw:vraag", "Hoe positioneren en sturen we de jeugdhulp?");
      browser.click(By.id("nieuw:openen"));
      browser.waitFor(By.id("nieuw:taak-bericht"));
      browser.waitUntil(
          d -> d.findElement(By.id("nieuw:taak-bericht")).getText().contains("Vul dit veld in"));
      browser.type("nieuw:taak", task);
      browser.type("nieuw:vraag", "Hoe positioneren en sturen we de jeugdhulp?");
      browser.click(By.id("nieuw:openen"));
      browser.waitForText("Het vraagstuk " + task + " is aangemaakt.");
      String questionUrl = browser.url();
      String id = questionUrl.replaceAll(".*[?&]id=(\\d+).*", "$1");
      assertEquals("Verkenning", browser.text(By.id("stand")));
      browser.assertAccessible();

      // principles in named groups; a weight outside 1-5 is refused at the field
      browser.type("nieuwUitgangspunt:groep", "Uitgangspunten sturing");
      browser.type("nieuwUitgangspunt:uitgangspunt", "Lokale regie");
      browser.type("nieuwUitgangspunt:gewicht", "9");
      browser.click(By.id("nieuwUitgangspunt:toevoegen"));
      browser.waitForText("Vul een gewicht in van 1 tot en met 5.");
      assertTrue(
          browser.text(By.id("nieuwUitgangspunt:gewicht-bericht")).contains("1 tot en met 5"));
      browser.type("nieuwUitgangspunt:gewicht", "5");
      browser.click(By.id("nieuwUitgangspunt:toevoegen"));
      browser.waitForText("Het uitgangspunt Lokale regie is toegevoegd.");
      browser.type("nieuwUitgangspunt:groep", "Organisatieontwikkeling");
      browser.type("nieuwUitgangspunt:uitgangspunt", "Compacte organisatie");
      browser.type("nieuwUitgangspunt:gewicht", "3");
      browser.click(By.id("nieuwUitgangspunt:toevoegen"));
      browser.waitForText("Het uitgangspunt Compacte organisatie is toegevoegd.");
      String principles = browser.text(By.id("uitgangspunten:lijst"));
      assertTrue(
          principles.contains("Uitgangspunten sturing")
              && principles.contains("Organisatieontwikkeling"),
          principles);

      // option 1: Eigen beheer while the partner is werkgever: flagged
      browser.click(By.id("nieuweOptie"));
      browser.waitFor(By.id("optie:titel"));
      browser.assertAccessible();
      browser.type("optie:titel", "Zelf uitvoeren");
      browser.choose("optie:sturingsmodel", "Eigen beheer");
      browser.waitUntil(d -> d.findElement(By.id("optie:kwadrant")).getText().contains("1"));
      browser.choose("optie:rollen:0:rol", "Gemeente");
      browser.choose("optie:rollen:1:rol", "Gemeente");
      browser.choose("optie:rollen:3:rol", "Partner");
      browser.choose("optie:rollen:5:rol", "Gemeente");
      browser.waitUntil(
          d ->
              d.findElement(By.id("optie:bevindingen"))
                  .getText()
                  .contains("Eigen beheer, terwijl de partner uitvoerder of werkgever is."));
      browser.type("optie:nieuwePartij", "");
      browser.click(By.id("optie:opslaan"));
      browser.waitForText("De optie Zelf uitvoeren is toegevoegd.");

      // option 2: a prospective partner, Samenwerkingspartner
      browser.click(By.id("nieuweOptie"));
      browser.waitFor(By.id("optie:titel"));
      browser.type("optie:titel", "Partnerschap");
      browser.type("optie:nieuwePartij", partner);
      browser.choose("optie:rechtsvorm", "Stichting");
      browser.choose("optie:sturingsmodel", "Samenwerkingspartner");
      browser.choose("optie:rollen:0:rol", "Gemeente");
      browser.choose("optie:rollen:1:rol", "Gemeente");
      browser.choose("optie:rollen:2:rol", "Gemeente");
      browser.choose("optie:rollen:3:rol", "Partner");
      browser.choose("optie:rollen:4:rol", "Partner");
      browser.choose("optie:rollen:5:rol", "Partner");
      browser.waitUntil(
          d ->
              d.findElement(By.id("optie:bevindingen"))
                  .getText()
                  .contains("Sturingsmodel en rolverdeling passen bij elkaar."));
      browser.assertAccessible();
      browser.click(By.id("optie:opslaan"));
      browser.waitForText("De optie Partnerschap is toegevoegd.");
      String options = browser.text(By.id("opties:lijst"));
      assertTrue(options.contains("Eigen beheer, terwijl de partner"), options);
      assertTrue(options.contains("3 Maatschappelijk partnerschap"), options);
      assertTrue(options.contains(partner + " (nog niet in het register)"), options);

      // the weighing
      browser.click(By.id("naarWeging"));
      browser.waitFor(By.id("score:optie"));
      score(browser, "Zelf uitvoeren", "Uitgangspunten sturing: Lokale regie", "++ zeer gunstig");
      score(
          browser,
          "Zelf uitvoeren",
          "Organisatieontwikkeling: Compacte organisatie",
          "−− zeer ongunstig");
      score(browser, "Partnerschap", "Uitgangspunten sturing: Lokale regie", "+ gunstig");
      score(
          browser,
          "Partnerschap",
          "Organisatieontwikkeling: Compacte organisatie",
          "++ zeer gunstig");
      String table = browser.text(By.id("scores"));
      assertTrue(table.contains("Partnerschap + ++ 11 69 1"), table);
      assertTrue(table.contains("Zelf uitvoeren ++ −− 4 25 2"), table);
      browser.waitFor(By.cssSelector("#grafiek canvas"));
      browser.assertAccessible();

      // the decision: a reason for the other option is required
      browser.go("positionering/vraag.xhtml?id=" + id);
      browser.waitFor(By.id("besluitForm:keuze"));
      browser.choose("besluitForm:keuze", "Partnerschap");
      browser.type("besluitForm:onderbouwing", "Regie op maat zonder werkgever te zijn.");
      browser.choose("besluitForm:besluitDoor", "College");
      browser.click(By.id("besluitForm:besluiten"));
      browser.waitForText("Geef aan waarom de optie Zelf uitvoeren afvalt.");
      browser.type("besluitForm:redenen:0:afgevallen", "Onvoldoende veranderkracht.");
      browser.click(By.id("besluitForm:besluiten"));
      browser.waitForText("Het besluit is vastgelegd");
      assertEquals("Partnerschap", browser.text(By.id("gekozen")));
      assertTrue(browser.text(By.id("gemeenterollen")).contains("Opdrachtgever"));
      assertTrue(browser.text(By.id("opties:lijst")).contains("afgevallen"));
      assertEquals("Besluit", browser.text(By.id("stand")));
      browser.assertAccessible();

      // the party is in the register, with its target quadrant and steering model
      browser.click(By.id("naarPositie"));
      browser.waitFor(By.id("doelmodel"));
      assertEquals("Samenwerkingspartner", browser.text(By.id("doelmodel")));
      assertTrue(browser.title().contains(partner), browser.title());
      browser.assertAccessible();

      // planning: a step
      browser.go("positionering/vraag.xhtml?id=" + id);
      browser.waitFor(By.id("nieuweMijlpaal:wat"));
      browser.type("nieuweMijlpaal:wat", "Verkennende gesprekken");
      browser.date("nieuweMijlpaal:wanneer", today.plusMonths(1));
      browser.type("nieuweMijlpaal:wanneerTekst", "Volgende maand");
      browser.click(By.id("nieuweMijlpaal:plannen"));
      browser.waitForText("De stap Verkennende gesprekken is gepland.");
      assertTrue(browser.text(By.id("planning:mijlpalen")).contains("Volgende maand"));

      // the advice: printed as HTML and PDF, then published
      browser.click(By.id("advies:adviesPdf"));
      Path pdf = browser.downloaded("advies-positionering-concept.pdf");
      assertEquals("%PDF", new String(Files.readAllBytes(pdf), 0, 4, "ISO-8859-1"));
      browser.click(By.id("advies:publiceren"));
      browser.waitForText("Versie 1 van het advies is gepubliceerd.");
      browser.assertAccessible();
      browser.go("positionering/advies.html?vraag=" + id);
      browser.waitForText("Afweging van de opties");
      String advice = browser.pageText();
      assertTrue(advice.contains("Partnerschap (gekozen)"), advice);
      assertTrue(advice.contains("Zelf uitvoeren: Onvoldoende veranderkracht."), advice);
      assertTrue(advice.contains("Bijlage: sturingsmodellen"), advice);

      // the council member reads the published advice
      browser.go("index.xhtml");
      browser.waitFor(By.id("ingelogd"));
      browser.logout();
      browser.login("raad.woudenberg");
      browser.click(By.id("menu:m-adviezen"));
      browser.waitForText(task);
      browser.assertAccessible();
    }
  }

  private static void score(Browser browser, String option, String principle, String score) {
    browser.choose("score:optie", option);
    browser.choose("score:uitgangspunt", principle);
    browser.choose("score:waardering", score);
    browser.click(By.id("score:scoren"));
    browser.waitForText("De score is vastgelegd.");
  }
}
