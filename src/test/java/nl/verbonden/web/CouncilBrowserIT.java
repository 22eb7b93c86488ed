package nl.verbonden.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.HttpURLConnection;
import java.net.URI;
import java.net.URL;
import nl.verbonden.testsupport.TestServer;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * Issue 18 in the browser: a regisseur publishes two versions and makes them public; a council
 * member reads the newest in the browser, searches in it, follows a hit to the party's section and
 * asks what changed; anyone without login sees the public list, and only while it is switched on.
 * Every page is checked with axe.
 */
class CouncilBrowserIT {

  private final URL base = TestServer.url();

  private int status(String path) throws Exception {
    HttpURLConnection connection =
        (HttpURLConnection) URI.create(base.toString() + path).toURL().openConnection();
    connection.setInstanceFollowRedirects(false);
    try {
      return connection.getResponseCode();
    } finally {
      connection.disconnect();
    }
  }

  @Test
  void aCouncilMemberReadsSearchesAndComparesAndThePublicSeesWhatIsSwitchedOn() throws Exception {
    try (Browser browser = Browser.open(base)) {
      browser.login("regisseur.woudenberg");
      browser.go("overzichten/index.xhtml");
      browser.waitForText("Concept maken en publiceren");
      for (int i = 0; i < 2; i++) {
        browser.click(By.id("maken:publiceren"));
        browser.click(By.cssSelector(".ui-confirmdialog-yes"));
        browser.waitForText("is gepubliceerd als versie");
      }
      if (browser.pageText().contains("Openbaar maken")) {
        browser.click(By.id("openbaar:openbaar-wissel"));
      }
      browser.waitForText("De gepubliceerde overzichten van uw gemeente zijn openbaar");
      browser.assertAccessible();
      browser.logout();
    }
    try (Browser browser = Browser.open(base)) {
      browser.login("raad.woudenberg");
      browser.go("overzichten/index.xhtml");
      browser.waitForText("Gepubliceerde versies");
      assertTrue(browser.text(By.id("versies")).contains("Sanne de Vries"));
      browser.click(By.id("versies:0:lezen"));
      browser.waitForText("U leest de gegevens zoals ze bij de publicatie zijn vastgelegd");
      assertTrue(browser.title().startsWith("Governance-overzicht"), browser.title());
      assertTrue(browser.text(By.id("gepubliceerd")).contains("Sanne de Vries"));
      assertTrue(browser.text(By.id("inhoudsopgave")).contains("GGD regio Utrecht"));
      assertTrue(browser.text(By.id("paragraaf")).contains("Vestigingsplaats"));
      browser.assertAccessible();
      // issue 19: the published version fits a tablet too
      browser.driver().manage().window().setSize(new org.openqa.selenium.Dimension(768, 1000));
      browser.assertNothingClipped("published version at 768");
      browser.driver().manage().window().setSize(new org.openqa.selenium.Dimension(1280, 900));

      browser.type("zoek", "GGD");
      browser.click(By.id("zoekInOverzicht"));
      browser.waitFor(By.id("treffers"));
      String hits = browser.text(By.id("treffers"));
      assertTrue(hits.contains("GGD regio Utrecht (Paragraaf verbonden partijen)"), hits);
      browser.assertAccessible();
      browser.click(By.linkText("GGD regio Utrecht"));
      assertTrue(browser.url().contains("#partij-"), browser.url());

      browser.type("zoek", "bestaat-nergens");
      browser.click(By.id("zoekInOverzicht"));
      browser.waitForText("Niets gevonden in deze versie.");

      browser.click(By.id("verschil"));
      browser.waitForText("vergeleken met versie");
      browser.assertAccessible();
      browser.click(By.id("vergelijken"));
      browser.waitForText("vergeleken met versie");
      browser.logout();
    }

    assertEquals(200, status("openbaar/overzichten/GM0351"));
    assertEquals(404, status("openbaar/overzichten/GM0355"), "Zeist did not switch it on");
    assertEquals(404, status("openbaar/overzichten/GM0351/1900-1.pdf"));
    assertEquals(404, status("openbaar/overzichten/GM0351/onzin"));
    try (Browser browser = Browser.open(base)) {
      browser.go("openbaar/overzichten/GM0351");
      browser.waitForText("Governance-overzichten van de gemeente Woudenberg");
      assertTrue(browser.pageText().contains("PDF "), browser.pageText());
      browser.assertAccessible();
    }
    try (Browser browser = Browser.open(base)) {
      browser.login("regisseur.woudenberg");
      browser.go("overzichten/index.xhtml");
      browser.click(By.id("openbaar:openbaar-wissel"));
      browser.waitForText("De gepubliceerde overzichten van uw gemeente zijn niet openbaar");
    }
    assertEquals(404, status("openbaar/overzichten/GM0351"), "switched off again");
  }
}
