package nl.verbonden.web;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import nl.verbonden.testsupport.TestServer;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * A regisseur follows the start page's finding of a regeling whose required provisions were never
 * checked, records where the regeling covers them, and sees the one that is still missing.
 */
class ClausesBrowserIT {

  private final URL base = TestServer.url();

  @Test
  void aRegisseurRecordsTheProvisionsOfARegelingAndSeesWhatIsMissing() throws Exception {
    try (Browser browser = Browser.open(base)) {
      browser.login("regisseur.zeist");
      browser.waitForText("Regelingen waarin een verplichte bepaling ontbreekt");
      browser.click(By.cssSelector("#aandacht-clauses a[href*='regeling.xhtml']"));
      browser.waitForText("Verplichte bepalingen in de regeling");
      assertTrue(browser.text(By.id("bepalingenTabel")).contains("ontbreekt"));
      browser.assertAccessible();

      // an amendment after today is refused at its field, and nothing is saved
      browser.date(
          "bepalingenForm:gewijzigdOp",
          java.time.LocalDate.now(nl.verbonden.shared.control.ApplicationClock.fromSystem())
              .plusDays(1));
      browser.click(By.id("bepalingenForm:bepalingenOpslaan"));
      browser.waitForText("De regeling kan niet na vandaag gewijzigd zijn.");
      assertTrue(
          browser.text(By.id("bepalingenForm:gewijzigdOp-bericht")).contains("na vandaag"),
          "the refusal is at the field");
      browser.date("bepalingenForm:gewijzigdOp", java.time.LocalDate.of(2024, 3, 1));
      browser.type("bepalingenForm:bepaling-ZIENSWIJZE_BESLUITEN", "artikel 14");
      browser.type("bepalingenForm:bepaling-BURGERPARTICIPATIE", "artikel 14a");
      browser.type("bepalingenForm:bepaling-EVALUATIE", "artikel 30");
      browser.type("bepalingenForm:informatieprotocol", "Informatieprotocol 2024");
      browser.click(By.id("bepalingenForm:bepalingenOpslaan"));
      browser.waitForText("zijn opgeslagen");
      String table = browser.text(By.id("bepalingenTabel"));
      assertTrue(table.contains("artikel 14a"), table);
      assertTrue(
          table.lines().filter(l -> l.contains("ontbreekt")).count() == 1
              && table.contains("Uittreding"),
          table);
      assertTrue(browser.text(By.id("bepalingenFeiten")).contains("Informatieprotocol 2024"));
      browser.assertAccessible();
    }
  }
}
