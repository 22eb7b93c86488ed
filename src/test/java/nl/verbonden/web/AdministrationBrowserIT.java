package nl.verbonden.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.HttpURLConnection;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import nl.verbonden.testsupport.TestServer;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;

/** The beheerder's screens and the first register screen, driven as a person would. */
class AdministrationBrowserIT {

  private final URL base = TestServer.url();

  @Test
  void beheerderAddsAMunicipalityAfterFixingTheCbsCode() throws Exception {
    try (Browser browser = Browser.open(base)) {
      browser.login("beheer");
      browser.go("beheer/tenants.xhtml");
      browser.assertAccessible();
      browser.click(By.id("nieuw"));
      browser.type("gemeente:code", "GM12");
      browser.type("gemeente:naam", "De Bilt");
      browser.click(By.id("gemeente:opslaan"));
      browser.waitForText("Geen geldige CBS-code");
      assertTrue(browser.text(By.id("gemeente:code-bericht")).contains("Geen geldige CBS-code"));
      browser.assertAccessible();

      browser.type("gemeente:code", "GM0310");
      browser.click(By.id("gemeente:opslaan"));
      browser.waitForText("Gemeente De Bilt is toegevoegd.");
      assertTrue(browser.text(By.id("lijst:gemeenten")).contains("GM0310"));

      browser.click(By.id("nieuw"));
      browser.type("gemeente:code", "GM0310");
      browser.type("gemeente:naam", "De Bilt opnieuw");
      browser.click(By.id("gemeente:opslaan"));
      browser.waitForText("Er bestaat al een gemeente met CBS-code GM0310.");
      assertTrue(browser.text(By.id("gemeente:code-bericht")).contains("bestaat al"));
    }
  }

  @Test
  void anEmptyNameIsRefusedAtTheField() throws Exception {
    try (Browser browser = Browser.open(base)) {
      browser.login("beheer");
      browser.go("beheer/tenant.xhtml");
      browser.type("gemeente:code", "GM0312");
      browser.click(By.id("gemeente:opslaan"));
      browser.waitForText("Vul dit veld in.");
      assertTrue(browser.text(By.id("gemeente:naam-bericht")).contains("Vul dit veld in."));
    }
  }

  @Test
  void aConcurrentEditEndsInAClearMessageForTheSecond() throws Exception {
    try (Browser first = Browser.open(base);
        Browser second = Browser.open(base)) {
      first.login("beheer");
      second.login("beheer");
      first.go("beheer/tenants.xhtml");
      first.click(By.linkText("Bewerken"));
      String editUrl = first.url();
      second.driver().get(editUrl);

      first.type("gemeente:naam", "Woudenberg (eerste)");
      first.click(By.id("gemeente:opslaan"));
      first.waitForText("is opgeslagen");

      second.type("gemeente:naam", "Woudenberg (tweede)");
      second.click(By.id("gemeente:opslaan"));
      second.waitForText("Iemand anders heeft dit gegeven intussen gewijzigd");

      second.go("beheer/tenants.xhtml");
      assertTrue(second.pageText().contains("Woudenberg (eerste)"));
      assertFalse(second.pageText().contains("Woudenberg (tweede)"));
      first.driver().get(editUrl);
      first.type("gemeente:naam", "Woudenberg");
      first.click(By.id("gemeente:opslaan"));
      first.waitForText("is opgeslagen");
    }
  }

  @Test
  void beheerderAddsAUserAccountAndDeactivatesIt() throws Exception {
    try (Browser browser = Browser.open(base)) {
      browser.login("beheer");
      browser.go("beheer/accounts.xhtml");
      assertTrue(browser.text(By.id("lijst:gebruikers")).contains("regisseur.woudenberg"));
      browser.assertAccessible();
      browser.click(By.id("nieuw"));
      browser.type("gebruiker:loginName", "controller.zeist");
      browser.type("gebruiker:displayName", "Controller Zeist");
      browser.selectOne("gebruiker:role", "REGISSEUR");
      browser.click(By.id("gebruiker:opslaan"));
      browser.waitForText("Kies de gemeente");
      assertTrue(browser.text(By.id("gebruiker:tenant-bericht")).contains("Kies de gemeente"));
      browser.assertAccessible();

      browser.selectOne("gebruiker:tenant", zeistId(browser));
      browser.click(By.id("gebruiker:opslaan"));
      browser.waitForText("Gebruiker controller.zeist is toegevoegd.");
      assertTrue(browser.text(By.id("lijst:gebruikers")).contains("Controller Zeist"));

      browser.click(By.cssSelector("button[title='Deactiveren controller.zeist']"));
      browser.click(By.id("lijst:ja"));
      browser.waitForText("Gebruiker controller.zeist is gedeactiveerd.");
      assertTrue(browser.text(By.id("lijst:gebruikers")).contains("Gedeactiveerd"));
    }
  }

  /** The option value of Zeist in the municipality list. */
  private static String zeistId(Browser browser) {
    return browser
        .driver()
        .findElement(
            By.xpath("//select[@id='gebruiker:tenant_input']/option[contains(., 'GM0355')]"))
        .getAttribute("value");
  }

  @Test
  void anEmptyAccountNameIsRefusedAtTheField() throws Exception {
    try (Browser browser = Browser.open(base)) {
      browser.login("beheer");
      browser.go("beheer/accounts.xhtml");
      browser.click(By.cssSelector("a[title='Bewerken raad.zeist']"));
      browser.type("gebruiker:displayName", "");
      browser.click(By.id("gebruiker:opslaan"));
      browser.waitForText("Vul dit veld in.");
      assertTrue(browser.text(By.id("gebruiker:displayName-bericht")).contains("Vul dit veld in."));
      browser.assertAccessible();
      browser.type("gebruiker:displayName", "Fatima El Amrani-de Wit");
      browser.click(By.id("gebruiker:opslaan"));
      browser.waitForText("Gebruiker raad.zeist is opgeslagen.");
      assertTrue(browser.text(By.id("lijst:gebruikers")).contains("Fatima El Amrani-de Wit"));
    }
  }

  @Test
  void aFormPostWithAForgedViewStateSavesNothing() throws Exception {
    try (Browser browser = Browser.open(base)) {
      browser.login("beheer");
      Cookie session = browser.driver().manage().getCookieNamed("JSESSIONID");
      Cookie ltpa = browser.driver().manage().getCookieNamed("LtpaToken2");
      HttpURLConnection post =
          (HttpURLConnection) new URL(base, "beheer/tenant.xhtml").openConnection();
      post.setRequestMethod("POST");
      post.setInstanceFollowRedirects(false);
      post.setDoOutput(true);
      post.setRequestProperty("Content-Type", "application/x-www-form-urlencoded");
      post.setRequestProperty(
          "Cookie",
          "JSESSIONID="
              + session.getValue()
              + (ltpa == null ? "" : "; LtpaToken2=" + ltpa.getValue()));
      post.getOutputStream()
          .write(
              ("gemeente=gemeente&gemeente%3Acode=GM0999&gemeente%3Anaam=Vervalst"
                      + "&gemeente%3Aopslaan=&jakarta.faces.ViewState=-123%3A456")
                  .getBytes(StandardCharsets.UTF_8));
      int status = post.getResponseCode();
      assertTrue(status >= 200 && status < 500, "answered, got " + status);
      browser.go("beheer/tenants.xhtml");
      assertFalse(browser.pageText().contains("Vervalst"));
      assertEquals("Gemeenten — Verbonden", browser.title());
    }
  }
}
