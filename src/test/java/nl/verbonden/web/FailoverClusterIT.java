package nl.verbonden.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;

/**
 * Issue 21, failover: a regisseur works through the balancer, the server that serves her dies
 * ({@code kill -9}) while she edits a party, and her save lands on the other server without a new
 * login. The time she waited for the save is reported (docs/deployment.md, "Two servers").
 */
class FailoverClusterIT {

  private static final String PARTY = "Stichting Kringloop Woudenberg";

  @BeforeAll
  static void cluster() {
    Cluster.start();
  }

  @Test
  void theServerDiesWhileARegisseurEditsAndHerSaveLandsOnTheOtherWithoutANewLogin()
      throws Exception {
    String seat = "Failover " + System.currentTimeMillis();
    String served = null;
    try (Browser browser = Browser.open(Cluster.balancer())) {
      browser.login("regisseur.woudenberg");
      browser.openParty(PARTY);
      browser.click(By.id("bewerken"));
      browser.type("partij:vestigingsplaats", seat);
      Cookie node = browser.driver().manage().getCookieNamed("VBNODE");
      assertNotNull(node, "the balancer names the server in its cookie VBNODE");
      served = node.getValue();

      Cluster.kill(served);
      long start = System.nanoTime();
      browser.click(By.id("partij:opslaan"));
      // the other server answers after HAProxy's retry and its first read of the session: on a busy
      // machine that takes longer than the browser tests' usual 15 seconds
      new org.openqa.selenium.support.ui.WebDriverWait(
              browser.driver(), java.time.Duration.ofSeconds(180))
          .ignoring(org.openqa.selenium.StaleElementReferenceException.class)
          .until(
              d ->
                  d.findElement(By.tagName("body"))
                      .getText()
                      .contains("Partij " + PARTY + " is opgeslagen."));
      long waitedMillis = (System.nanoTime() - start) / 1_000_000;
      System.out.printf(
          "FAILOVER: server %s killed; the save was answered by server %s after %d ms%n",
          served, Cluster.other(served), waitedMillis);

      assertFalse(browser.title().startsWith("Aanmelden"), "no new login asked");
      assertFalse(browser.driver().findElements(By.id("ingelogd")).isEmpty(), "still logged in");
      assertEquals(
          Cluster.other(served),
          browser.driver().manage().getCookieNamed("VBNODE").getValue(),
          "the other server answered");
      assertTrue(browser.pageText().contains(seat), browser.pageText());
    } finally {
      if (served != null) {
        Cluster.startNode(served); // the next tests need both servers again
      }
    }
    try (Connection db = Cluster.database();
        PreparedStatement query = db.prepareStatement("SELECT seat FROM party WHERE name = ?")) {
      query.setString(1, PARTY);
      try (ResultSet row = query.executeQuery()) {
        assertTrue(row.next());
        assertEquals(seat, row.getString(1), "the change is in the database");
      }
    }
  }
}
