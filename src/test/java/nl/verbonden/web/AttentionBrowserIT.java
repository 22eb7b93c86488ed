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
 * The start page says what needs attention, per role, and each item leads to where it is dealt
 * with.
 */
class AttentionBrowserIT {

  private final URL base = TestServer.url();
  private final LocalDate today = LocalDate.now(ApplicationClock.fromSystem());

  @Test
  void theRegisseurSeesTheOverdueEscalationAndFollowsItsLink() throws Exception {
    try (Browser browser = Browser.open(base)) {
      browser.login("regisseur.woudenberg");
      browser.waitForText("Wat aandacht vraagt");
      String escalations = browser.text(By.id("aandacht-escalations"));
      assertTrue(escalations.contains("DVO Jeugdgezondheidszorg " + today.getYear()), escalations);
      assertTrue(escalations.contains("te laat"), escalations);
      assertTrue(
          browser.text(By.id("aandacht-termsEnded")).contains("Afvalverwijdering Utrecht (AVU)"));
      String zienswijzen = browser.text(By.id("aandacht-zienswijzen"));
      assertTrue(
          zienswijzen.contains("Wijziging gemeenschappelijke regeling RUD Utrecht")
              && zienswijzen.contains(DutchFormat.date(today.plusDays(4))),
          zienswijzen);
      browser.assertAccessible();
      browser.click(By.linkText("DVO Jeugdgezondheidszorg " + today.getYear()));
      browser.waitUntil(d -> d.getTitle().startsWith("DVO Jeugdgezondheidszorg"));
      assertTrue(browser.pageText().contains("Bereik contactmomenten 0-4 jaar"));
    }
  }

  @Test
  void theCouncilMemberSeesWhatTheCouncilMustDecide() throws Exception {
    try (Browser browser = Browser.open(base)) {
      browser.login("raad.woudenberg");
      browser.waitForText("Wat aandacht vraagt");
      String council = browser.text(By.id("aandacht-council"));
      assertTrue(council.contains("Wijziging gemeenschappelijke regeling RUD Utrecht"), council);
      assertTrue(council.contains("laatste raadsvergadering op tijd"), council);
      browser.assertAccessible();
      browser.click(By.linkText("Wijziging gemeenschappelijke regeling RUD Utrecht"));
      browser.waitForText("Zienswijze: Wijziging gemeenschappelijke regeling RUD Utrecht");
    }
  }

  @Test
  void theBeheerderSeesTheAttentionList() throws Exception {
    try (Browser browser = Browser.open(base)) {
      browser.login("beheer");
      browser.waitForText("Wat aandacht vraagt");
      assertTrue(browser.pageText().contains("Gemeenten"));
      browser.assertAccessible();
    }
  }
}
