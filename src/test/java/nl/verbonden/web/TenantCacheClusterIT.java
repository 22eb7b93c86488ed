package nl.verbonden.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * Issue 21, cache coherence: a municipality the beheerder deactivates on one server is deactivated
 * on the other at once (no server keeps an old copy of it), and so is its reactivation.
 */
class TenantCacheClusterIT {

  @BeforeAll
  static void cluster() {
    Cluster.start();
  }

  @Test
  void aMunicipalityDeactivatedOnOneServerIsDeactivatedOnTheOtherAtOnce() throws Exception {
    FormClient regisseur = new FormClient(Cluster.node(Cluster.B)).login("regisseur.zeist");
    assertEquals(200, regisseur.get("index.xhtml").statusCode(), "Zeist works on server B");

    try (Browser beheer = Browser.open(Cluster.node(Cluster.A))) {
      beheer.login("beheer");
      beheer.go("beheer/tenants.xhtml");
      beheer.click(By.cssSelector("button[title='Deactiveren Zeist']"));
      beheer.click(By.id("lijst:ja"));
      beheer.waitForText("Gemeente Zeist is gedeactiveerd.");
      try {
        assertEquals(
            403,
            regisseur.get("index.xhtml").statusCode(),
            "the next request on server B is refused");
      } finally {
        beheer.click(By.cssSelector("button[title='Activeren Zeist']"));
        beheer.waitForText("Gemeente Zeist is weer actief.");
      }
    }
    assertEquals(200, regisseur.get("index.xhtml").statusCode(), "and works again at once");
  }
}
