package nl.verbonden.web;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.time.LocalDate;
import nl.verbonden.testsupport.TestServer;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * The history on the pages of an account, a municipality, an agreement and a person: a person
 * changes one, and sees the line — what, old and new value, and their own name, not their login.
 */
class HistoryBrowserIT {

  private static final By HISTORY = By.id("historieform:historielijst");

  private final URL base = TestServer.url();

  @Test
  void theBeheerderMovesAnAccountToAnotherMunicipalityAndSeesItInBothHistories() throws Exception {
    try (Browser browser = Browser.open(base)) {
      browser.login("beheer");
      browser.go("beheer/accounts.xhtml");
      browser.click(By.id("nieuw"));
      browser.type("gebruiker:loginName", "historie.raad");
      browser.type("gebruiker:displayName", "Hester Historie");
      browser.selectOne("gebruiker:role", "RAADSLID");
      browser.selectOne("gebruiker:tenant", tenantOption(browser, "GM0351"));
      browser.click(By.id("gebruiker:opslaan"));
      browser.waitForText("Gebruiker historie.raad is toegevoegd.");

      browser.click(By.cssSelector("a[title='Bewerken historie.raad']"));
      browser.waitFor(HISTORY);
      browser.selectOne("gebruiker:role", "REGISSEUR");
      browser.selectOne("gebruiker:tenant", tenantOption(browser, "GM0355"));
      browser.click(By.id("gebruiker:opslaan"));
      browser.waitForText("Gebruiker historie.raad is opgeslagen.");

      browser.click(By.cssSelector("a[title='Bewerken historie.raad']"));
      browser.waitFor(HISTORY);
      String history = history(browser);
      assertTrue(history.contains("Rol raadslid regisseur"), history);
      assertTrue(history.contains("(GM0351) Zeist (GM0355)"), history);
      assertTrue(history.contains("Beheerder Shared Service Centre"), history);
      assertTrue(!history.contains(" beheer "), "the name, not the login: " + history);
      browser.assertAccessible();

      browser.go("beheer/tenants.xhtml");
      browser.click(By.xpath("//tr[contains(., 'GM0355')]//a[contains(@title, 'Bewerken')]"));
      browser.waitFor(HISTORY);
      String zeist = history(browser);
      assertTrue(
          zeist.contains("Toegang gegeven — Hester Historie (historie.raad)")
              && zeist.contains("regisseur"),
          zeist);
    }
  }

  @Test
  void aRegisseurChangesAnAgreementAndSeesTheLineWithTheirName() throws Exception {
    try (Browser browser = Browser.open(base)) {
      browser.login("regisseur.woudenberg");
      browser.go("dvo/index.xhtml");
      browser.click(By.id("nieuw"));
      browser.waitFor(By.id("overeenkomst:titel"));
      browser.choose("overeenkomst:partij", "GGD regio Utrecht");
      browser.type("overeenkomst:titel", "DVO Historie 2026");
      browser.date("overeenkomst:begindatum", LocalDate.of(2026, 1, 1));
      browser.date("overeenkomst:einddatum", LocalDate.of(2026, 12, 31));
      browser.click(By.id("overeenkomst:opslaan"));
      browser.waitForText("Overeenkomst DVO Historie 2026 is opgeslagen.");
      assertTrue(history(browser).contains("Overeenkomst aangemaakt"));

      browser.click(By.id("bewerken"));
      browser.waitFor(By.id("overeenkomst:titel"));
      browser.type("overeenkomst:titel", "DVO Historie 2026 (herzien)");
      browser.click(By.id("overeenkomst:opslaan"));
      browser.waitForText("Overeenkomst DVO Historie 2026 (herzien) is opgeslagen.");

      String history = history(browser);
      assertTrue(history.contains("Titel DVO Historie 2026 DVO Historie 2026 (herzien)"), history);
      assertTrue(history.contains("Sanne de Vries"), history);
      assertTrue(!history.contains("regisseur.woudenberg"), history);
      browser.assertAccessible();
    }
  }

  @Test
  void aRegisseurRenamesAPersonAndSeesTheLineWithTheirName() throws Exception {
    try (Browser browser = Browser.open(base)) {
      browser.login("regisseur.zeist");
      browser.go("rollen/mensen.xhtml");
      browser.type("persoon:naam", "Herman Historie");
      browser.type("persoon:functiePortefeuille", "Erfgoed");
      browser.click(By.id("persoon:toevoegen"));
      browser.waitForText("Herman Historie is toegevoegd.");
      assertTrue(history(browser).contains("Functie toegevoegd — Wethouder (Erfgoed)"));

      browser.type("gegevens:naam", "Herman van Historie");
      browser.click(By.id("gegevens:opslaan"));
      browser.waitForText("Herman van Historie is opgeslagen.");
      browser.waitUntil(d -> d.findElement(HISTORY).getText().contains("Herman van Historie"));

      String history = history(browser);
      assertTrue(history.contains("Naam Herman Historie Herman van Historie"), history);
      assertTrue(history.contains("Kees Bakker"), history);
      browser.assertAccessible();
    }
  }

  /** The history table's text, its cells separated by one space. */
  private static String history(Browser browser) {
    return browser.text(HISTORY).replaceAll("\\s+", " ");
  }

  /** The option value of a municipality in the account form's list. */
  private static String tenantOption(Browser browser, String code) {
    return browser
        .driver()
        .findElement(
            By.xpath("//select[@id='gebruiker:tenant_input']/option[contains(., '" + code + "')]"))
        .getAttribute("value");
  }
}
