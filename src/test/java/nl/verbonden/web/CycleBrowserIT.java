package nl.verbonden.web;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.time.LocalDate;
import nl.verbonden.shared.control.ApplicationClock;
import nl.verbonden.shared.control.DutchFormat;
import nl.verbonden.testsupport.TestServer;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * The governance year as a regisseur and a raadslid use it: the year's deadlines with their
 * articles, recording an arrangement's dates and seeing the law's warning, a zienswijze walked from
 * received to answered, and the council member reading without forms.
 */
class CycleBrowserIT {

  private final URL base = TestServer.url();
  private final LocalDate today = LocalDate.now(ApplicationClock.fromSystem());

  @Test
  void theRegisseurRecordsAYearAndWalksAZienswijzeThrough() throws Exception {
    try (Browser browser = Browser.open(base)) {
      browser.login("regisseur.woudenberg");
      browser.click(By.id("menu:m-jaar"));
      browser.waitForText("Jaarcyclus " + today.getYear());
      String deadlines = browser.text(By.id("termijnen"));
      assertTrue(deadlines.contains("Vastgestelde begroting naar Gedeputeerde Staten"), deadlines);
      assertTrue(deadlines.contains("art. 34, tweede lid, Wgr"), deadlines);
      assertTrue(
          browser
              .text(By.id("zienswijzen"))
              .contains("Wijziging gemeenschappelijke regeling RUD Utrecht"));
      assertTrue(
          browser.text(By.id("raadsvergaderingen")).contains("Begrotingsraad")
              || today.minusWeeks(10).getYear() != today.getYear());
      browser.assertAccessible();

      // Veiligheidsregio: record a draft budget received nine weeks before the AB meeting
      browser.click(By.linkText("Veiligheidsregio Utrecht"));
      browser.waitForText("Veiligheidsregio Utrecht — jaarcyclus");
      LocalDate meeting = today.plusWeeks(9);
      browser.date("data:abBegroting", meeting);
      browser.date("data:ontwerpbegroting", today);
      browser.click(By.id("data:opslaan"));
      browser.waitForText("De data van Veiligheidsregio Utrecht voor");
      assertTrue(
          browser
              .text(By.id("termijnen"))
              .contains("Ontvangen 9 weken voor de AB-vergadering; de wet vraagt 12."),
          browser.text(By.id("termijnen")));
      browser.assertAccessible();

      // a receipt after today is refused at the field, and nothing is saved
      browser.date("data:kaders", today.plusDays(2));
      browser.click(By.id("data:opslaan"));
      browser.waitForText("een stuk kan nog niet ontvangen zijn");
      assertTrue(browser.text(By.id("data:kaders-bericht")).contains("na vandaag"));

      // a new zienswijze: the title is required
      browser.choose("nieuw:onderwerp", "Begrotingswijziging");
      browser.date("nieuw:ontvangen", today.minusWeeks(2));
      browser.click(By.id("nieuw:aanmaken"));
      browser.waitFor(By.id("nieuw:titel-bericht"));
      browser.waitUntil(
          d -> d.findElement(By.id("nieuw:titel-bericht")).getText().contains("Vul dit veld in"));
      browser.type("nieuw:titel", "Eerste begrotingswijziging <b>VRU</b>");
      browser.date("nieuw:ontvangen", today.minusWeeks(2));
      browser.click(By.id("nieuw:aanmaken"));
      browser.waitForText("De zienswijze Eerste begrotingswijziging <b>VRU</b> is aangemaakt.");
      assertTrue(
          browser.title().contains("Eerste begrotingswijziging <b>VRU</b>"), browser.title());
      assertTrue(
          browser.text(By.id("termijn")).contains(DutchFormat.date(today.plusWeeks(10))),
          browser.text(By.id("termijn")));
      browser.assertAccessible();

      // remarks without their text are refused; then proposed, decided, sent and answered
      browser.choose("voorstelForm:voorstel", "Zienswijze met opmerkingen");
      browser.click(By.id("voorstelForm:voorstellen"));
      browser.waitForText("bij opmerkingen of een negatieve zienswijze hoort een tekst");
      browser.type("voorstelForm:voorsteltekst", "Graag de dekking toelichten.");
      browser.click(By.id("voorstelForm:voorstellen"));
      browser.waitForText("Het raadsvoorstel is opgeslagen.");
      browser.date("besluitForm:besloten", today);
      browser.click(By.id("besluitForm:besluiten"));
      browser.waitForText("Het besluit van de raad is vastgelegd.");
      browser.date("verzendForm:verzonden", today);
      browser.click(By.id("verzendForm:verzenden"));
      browser.waitForText("De verzending is vastgelegd.");
      browser.date("antwoordForm:beantwoord", today);
      browser.type("antwoordForm:antwoord", "De dekking staat in bijlage 2.");
      browser.click(By.id("antwoordForm:beantwoorden"));
      browser.waitForText("Het antwoord van het bestuur is vastgelegd.");
      assertTrue(browser.text(By.id("stand")).contains("Beantwoord"));
      String steps = browser.text(By.id("verloop"));
      assertTrue(
          steps.contains("Graag de dekking toelichten.") && steps.contains("Verzonden"), steps);
      assertTrue(browser.pageText().contains("Dit dossier is afgerond."));
      assertTrue(browser.driver().findElements(By.cssSelector("#verloop b")).isEmpty());
      browser.assertAccessible();
    }
  }

  @Test
  void aRaadslidReadsTheCalendarAndTheDossiersWithoutForms() throws Exception {
    try (Browser browser = Browser.open(base)) {
      browser.login("raad.woudenberg");
      browser.click(By.id("menu:m-jaar"));
      browser.waitForText("Jaarcyclus " + today.getYear());
      assertTrue(browser.driver().findElements(By.id("vergadering:datum_input")).isEmpty());
      browser.click(By.linkText("Wijziging gemeenschappelijke regeling RUD Utrecht"));
      browser.waitForText("Zienswijze: Wijziging gemeenschappelijke regeling RUD Utrecht");
      assertTrue(browser.text(By.id("raad")).contains(DutchFormat.date(today.plusDays(4))));
      assertFalse(browser.pageText().contains("Voorstel opslaan"));
      browser.assertAccessible();
    }
  }
}
