package nl.verbonden.web;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.time.LocalDate;
import nl.verbonden.shared.control.ApplicationClock;
import nl.verbonden.shared.control.DutchFormat;
import nl.verbonden.testsupport.TestServer;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * Handing roles over on the person page: a successor at another level is refused at the field; a
 * handover ends the office the day before and says what passed over. (The roles passing on every
 * party, with history and conflicts, are checked in HandoverIT.)
 */
class HandoverBrowserIT {

  private final URL base = TestServer.url();
  private final LocalDate today = LocalDate.now(ApplicationClock.fromSystem());

  @Test
  void aLeavingWethouderHandsOverToASuccessor() throws Exception {
    try (Browser browser = Browser.open(base)) {
      browser.login("regisseur.woudenberg");
      browser.go("rollen/mensen.xhtml");
      browser.type("persoon:naam", "Karel Vertrekkend");
      browser.type("persoon:functiePortefeuille", "Sport en cultuur");
      browser.date("persoon:functieStart", today.minusYears(1));
      browser.click(By.id("persoon:toevoegen"));
      browser.waitForText("Karel Vertrekkend is toegevoegd.");
      browser.assertAccessible();

      browser.choose("overdracht:overdragen", "Wethouder — Sport en cultuur");
      browser.choose("overdracht:opvolger", "Sanne de Vries — Regisseur (Verbonden partijen)");
      browser.click(By.id("overdracht:overdragenKnop"));
      browser.waitForText("bestuurlijk voor bestuurlijk");
      assertTrue(browser.text(By.id("overdracht:opvolger-bericht")).contains("hetzelfde niveau"));

      browser.choose("overdracht:overdragen", "Wethouder — Sport en cultuur");
      browser.choose(
          "overdracht:opvolger", "Thomas Kok — Wethouder (Financiën, afval en duurzaamheid)");
      browser.click(By.id("overdracht:overdragenKnop"));
      browser.waitForText("Er waren geen rollen om over te dragen.");
      assertTrue(
          browser.text(By.id("functies")).contains(DutchFormat.date(today.minusDays(1))),
          browser.text(By.id("functies")));
    }
  }
}
