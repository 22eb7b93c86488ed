package nl.verbonden.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.HttpURLConnection;
import java.net.URL;
import nl.verbonden.testsupport.TestServer;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * Who may see what: login, roles, tenants, language, headers — as a person in a browser sees it.
 */
class AccessBrowserIT {

  private final URL base = TestServer.url();

  @Test
  void anAnonymousVisitorIsSentToTheDutchLoginPage() throws Exception {
    try (Browser browser = Browser.open(base)) {
      browser.go("register/parties.xhtml");
      assertEquals("Aanmelden — Verbonden", browser.title());
      assertTrue(browser.pageText().contains("Inlognaam"));
      browser.assertAccessible();
    }
  }

  @Test
  void aWrongPasswordShowsAMessageAndNoData() throws Exception {
    try (Browser browser = Browser.open(base)) {
      browser.go("index.xhtml");
      browser.type("j_username", "regisseur.woudenberg");
      browser.type("j_password", "fout");
      browser.click(By.id("aanmelden"));
      assertTrue(browser.text(By.id("login-fout")).contains("Aanmelden is niet gelukt"));
      browser.assertAccessible();
    }
  }

  @Test
  void aRegisseurSeesTheirOwnRegisterOnly() throws Exception {
    try (Browser browser = Browser.open(base)) {
      browser.login("regisseur.woudenberg");
      assertTrue(browser.text(By.id("welkom")).contains("Sanne de Vries"));
      assertTrue(browser.pageText().contains("Gemeente Woudenberg"));
      browser.assertAccessible();
      browser.click(By.id("menu:m-register"));
      browser.waitFor(By.id("lijst:partijen"));
      browser.assertAccessible();
      // other tests of the run add parties: search rather than rely on the first page
      browser.type("lijst:zoek", "Welstand");
      browser.waitForText("Welstand en Monumenten Midden-Nederland");
      browser.type("lijst:zoek", "ParkeerService");
      browser.waitForText("Geen gegevens gevonden.");
      assertFalse(
          browser.pageText().contains("Coöperatie ParkeerService"),
          "a Zeist-only party is not shown");
    }
  }

  @Test
  void anotherTenantsPartyByUrlIsNotFound() throws Exception {
    try (Browser browser = Browser.open(base)) {
      browser.login("regisseur.zeist");
      browser.go("register/parties.xhtml");
      browser.click(By.linkText("Coöperatie ParkeerService"));
      browser.waitFor(By.id("bewerken"));
      String zeistPartyUrl = browser.url();
      browser.logout();

      browser.login("regisseur.woudenberg");
      browser.driver().get(zeistPartyUrl);
      assertEquals("Niet gevonden — Verbonden", browser.title());
      assertFalse(browser.pageText().contains("Coöperatie ParkeerService"));
      browser.assertAccessible();
    }
  }

  @Test
  void aRaadslidCannotReachEditPages() throws Exception {
    try (Browser browser = Browser.open(base)) {
      browser.login("raad.woudenberg");
      assertFalse(browser.pageText().contains("Nieuwe partij"));
      for (String page :
          new String[] {
            "register/parties.xhtml",
            "register/party.xhtml",
            "beheer/tenants.xhtml",
            "beheer/account.xhtml"
          }) {
        browser.go(page);
        assertEquals("Geen toegang — Verbonden", browser.title(), page);
      }
      browser.assertAccessible();
    }
  }

  @Test
  void theLanguageSwitchesToEnglishAndBack() throws Exception {
    try (Browser browser = Browser.open(base)) {
      browser.login("beheer");
      assertTrue(browser.pageText().contains("Gemeenten beheren"));
      browser.click(By.id("taalkeuze:taal"));
      browser.waitForText("Manage municipalities");
      assertEquals("Home — Verbonden", browser.title());
      browser.assertAccessible();
      browser.click(By.id("taalkeuze:taal"));
      browser.waitForText("Gemeenten beheren");
    }
  }

  @Test
  void securityHeadersAreSet() throws Exception {
    HttpURLConnection connection =
        (HttpURLConnection) new URL(base, "login.xhtml").openConnection();
    assertEquals(200, connection.getResponseCode());
    assertEquals("nosniff", connection.getHeaderField("X-Content-Type-Options"));
    assertEquals("SAMEORIGIN", connection.getHeaderField("X-Frame-Options"));
    assertEquals("same-origin", connection.getHeaderField("Referrer-Policy"));
    assertTrue(connection.getHeaderField("Content-Security-Policy").contains("nonce-"));
  }

  /**
   * Issue 22: scripts go compressed to a browser that accepts gzip; a page never (it carries the
   * form token next to what a user typed: BREACH).
   */
  @Test
  void scriptsAreCompressedAndPagesAreNot() throws Exception {
    HttpURLConnection page = (HttpURLConnection) new URL(base, "login.xhtml").openConnection();
    page.setRequestProperty("Accept-Encoding", "gzip");
    assertEquals(200, page.getResponseCode());
    page.getInputStream().readAllBytes();
    assertEquals(null, page.getHeaderField("Content-Encoding"));
    // PrimeFaces' jQuery, as every page loads it: large enough to be worth compressing (Liberty
    // leaves out what is under 2 KB)
    HttpURLConnection js =
        (HttpURLConnection)
            new URL(base, "jakarta.faces.resource/jquery/jquery.js.xhtml?ln=primefaces")
                .openConnection();
    js.setRequestProperty("Accept-Encoding", "gzip");
    assertEquals(200, js.getResponseCode());
    assertTrue(js.getContentType().contains("javascript"), js.getContentType());
    assertEquals("gzip", js.getHeaderField("Content-Encoding"), js.getContentType());
    byte[] unzipped = new java.util.zip.GZIPInputStream(js.getInputStream()).readAllBytes();
    assertTrue(unzipped.length > 0);
  }

  @Test
  void aPostWithoutAValidViewStateChangesNothing() throws Exception {
    HttpURLConnection connection =
        (HttpURLConnection) new URL(base, "beheer/tenant.xhtml").openConnection();
    connection.setRequestMethod("POST");
    connection.setInstanceFollowRedirects(false);
    connection.setDoOutput(true);
    connection
        .getOutputStream()
        .write(
            "gemeente=gemeente&gemeente:code=GM0999&gemeente:naam=Vervalst&jakarta.faces.ViewState=forged"
                .getBytes(java.nio.charset.StandardCharsets.UTF_8));
    int status = connection.getResponseCode();
    assertTrue(
        status == 302 || status == 403, "anonymous forged post is sent to login, got " + status);
    try (Browser browser = Browser.open(base)) {
      browser.login("beheer");
      browser.go("beheer/tenants.xhtml");
      assertFalse(browser.pageText().contains("Vervalst"));
    }
  }
}
