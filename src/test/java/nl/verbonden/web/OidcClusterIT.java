package nl.verbonden.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * Issue 21, OpenID Connect: a Verbonden server configured with liberty/registries/oidc-users.xml
 * and oidc-mode-run.xml only (docs/deployment.md), and a real provider: a second Liberty server
 * with openidConnectServer-1.0. A person opens Verbonden, logs in at the provider, and comes back
 * logged in as her Verbonden account, with the role of the group in her ID token.
 */
class OidcClusterIT {

  @BeforeAll
  static void providerAndServer() {
    Cluster.start(); // the database with the demo accounts
    Cluster.startOidc();
  }

  @AfterAll
  static void stop() {
    Cluster.stopOidc();
  }

  @Test
  void aPersonLogsInAtTheProviderAndTheClaimsMapToHerAccount() throws Exception {
    try (Browser browser = Browser.open(Cluster.oidc())) {
      browser.go("index.xhtml");
      // the provider's login form
      browser.waitUntil(d -> !d.getCurrentUrl().startsWith(Cluster.oidc().toString()));
      browser.type("j_username", "regisseur.woudenberg");
      browser.type("j_password", "verbonden");
      browser.click(By.cssSelector("[type=submit]"));
      browser.waitUntil(d -> !d.findElements(By.id("ingelogd")).isEmpty());
      assertTrue(browser.url().startsWith(Cluster.oidc().toString()), browser.url());
      // the token's subject is her account's login name: the account's display name and role show
      assertEquals("Sanne de Vries (regisseur)", browser.text(By.id("ingelogd")));
      browser.go("register/parties.xhtml");
      browser.waitForText("GGD regio Utrecht");
      browser.go("beheer/tenants.xhtml");
      assertEquals("Geen toegang — Verbonden", browser.title(), "only the role of her group");
    }
  }
}
