package nl.verbonden.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.UUID;
import nl.verbonden.testsupport.TestServer;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * A regisseur makes an API token, copies it once, a machine uses it, the regisseur sees that use
 * and revokes the token, after which it no longer works (issue 20, decision 0030).
 */
class TokensBrowserIT {

  private final URL base = TestServer.url();

  private HttpResponse<String> callApi(String token) throws Exception {
    URI uri = base.toURI().resolve("api/v1/partijen?paginaGrootte=1");
    return HttpClient.newBuilder()
        .version(HttpClient.Version.HTTP_1_1)
        .build()
        .send(
            HttpRequest.newBuilder(uri)
                .header("Authorization", "Bearer " + token)
                .header("Accept", "application/json")
                .GET()
                .build(),
            HttpResponse.BodyHandlers.ofString());
  }

  private static By row(String name) {
    return By.xpath("//tbody[@id='tokens:lijst_data']/tr[td[normalize-space(.)='" + name + "']]");
  }

  @Test
  void aRegisseurMakesATokenSeesItsUseAndRevokesIt() throws Exception {
    String name = "Publicatie " + UUID.randomUUID().toString().substring(0, 8);
    try (Browser browser = Browser.open(base)) {
      browser.login("regisseur.woudenberg");
      browser.click(By.id("menu:m-tokens"));
      browser.waitFor(By.id("tokens:maken"));
      assertTrue(browser.title().startsWith("API-tokens"), browser.title());
      browser.assertAccessible();

      // a name is needed, said at the field
      browser.click(By.id("tokens:maken"));
      browser.waitUntil(
          d -> d.findElement(By.id("tokens:naam-bericht")).getText().contains("naam"));

      // a delivering token names its agreements
      browser.clickLabel("tokens:bevoegdheid:1");
      browser.waitFor(By.id("tokens:overeenkomsten"));
      browser.type("tokens:naam", name + " leveren");
      browser.click(By.id("tokens:maken"));
      browser.waitUntil(
          d ->
              d.findElement(By.id("tokens:overeenkomsten-bericht"))
                  .getText()
                  .contains("Kies de overeenkomsten"));

      browser.clickLabel("tokens:bevoegdheid:0");
      browser.waitUntil(d -> d.findElements(By.id("tokens:overeenkomsten")).isEmpty());
      browser.type("tokens:naam", name);
      browser.click(By.id("tokens:maken"));
      browser.waitForText("Kopieer het nu");
      String token =
          browser.driver().findElement(By.id("tokens:tokentekst")).getAttribute("value").strip();
      assertEquals(3, token.split("\\.").length, token);
      browser.assertAccessible();

      assertEquals(200, callApi(token).statusCode());

      // shown once: after a reload the text is gone, the token is listed as active and used
      browser.go("koppelingen/index.xhtml");
      browser.waitFor(By.id("tokens:lijst"));
      assertTrue(browser.driver().findElements(By.id("tokens:tokentekst")).isEmpty());
      assertTrue(browser.pageText().indexOf(token) < 0, "the text is not on the page again");
      WebElement listed = browser.waitFor(row(name));
      assertTrue(listed.getText().contains("Actief"), listed.getText());
      assertTrue(!listed.getText().contains("Nog niet gebruikt"), listed.getText());

      listed.findElement(By.cssSelector("button[id$='gebruik']")).click();
      browser.waitUntil(
          d -> d.findElement(By.id("tokens:gebruik-blok")).getText().contains("/api/v1/partijen"));
      assertTrue(browser.text(By.id("tokens:gebruik-blok")).contains("200"));

      browser
          .driver()
          .findElement(row(name))
          .findElement(By.cssSelector("button[id$='intrekken']"))
          .click();
      browser.click(By.cssSelector(".ui-confirmdialog-yes"));
      browser.waitForText("is ingetrokken");
      assertTrue(browser.text(row(name)).contains("Ingetrokken"), browser.text(row(name)));
      assertEquals(401, callApi(token).statusCode());
    }
  }

  @Test
  void theBeheerderSeesEveryMunicipalitysTokensAndMakesReadingOnes() throws Exception {
    try (Browser browser = Browser.open(base)) {
      browser.login("beheer");
      browser.go("koppelingen/index.xhtml");
      browser.waitFor(By.id("tokens:gemeente"));
      // the beheerder chooses the municipality; a delivering token is not offered
      assertTrue(browser.driver().findElements(By.id("tokens:bevoegdheid:1")).isEmpty());
      String name = "Beheer " + UUID.randomUUID().toString().substring(0, 8);
      browser.type("tokens:naam", name);
      browser.click(By.id("tokens:maken"));
      browser.waitUntil(
          d -> d.findElement(By.id("tokens:gemeente-bericht")).getText().contains("gemeente"));
      browser.choose("tokens:gemeente", "Zeist (GM0355)");
      browser.click(By.id("tokens:maken"));
      browser.waitForText("Kopieer het nu");
      assertTrue(browser.text(row(name)).contains("Zeist"), browser.text(row(name)));
      browser.assertAccessible();
    }
  }
}
