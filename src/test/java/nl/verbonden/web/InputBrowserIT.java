package nl.verbonden.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import nl.verbonden.testsupport.TestServer;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;

/**
 * What a person types is stored as typed or refused at the field with a message that says how to
 * write it; what was typed stays, and nothing is saved (issue "Nothing silently wrong": "12.5"
 * became 125,00, "150" kept 15, "-5" became 5, "31-02-2012" became 29-2-2012, 5,000 characters were
 * cut to 2,000, an unknown period emptied the grid).
 */
class InputBrowserIT {

  private final URL base = TestServer.url();

  @Test
  void badNumbersDatesAndTextsOfAPartyAreRefusedAtTheirFieldsAsTypedAndNothingIsSaved()
      throws Exception {
    try (Browser browser = Browser.open(base)) {
      browser.login("regisseur.woudenberg");
      browser.openParty("Stichting Welzijn Woudenberg");
      browser.click(By.id("bewerken"));
      browser.waitFor(By.id("partij:bedrag"));
      String edit = browser.url();
      String amount = value(browser, "partij:bedrag");
      String share = value(browser, "partij:stemaandeel");
      String start = value(browser, "partij:startdatum_input");
      String interest = value(browser, "partij:openbaarBelang");

      browser.type("partij:bedrag", "12.5");
      browser.type("partij:stemaandeel", "150");
      set(browser, "partij:startdatum_input", "31-02-2012");
      // a browser stops typing at maxlength; a copied request does not: the server must refuse it
      set(browser, "partij:openbaarBelang", "x".repeat(5000));
      browser.click(By.id("partij:opslaan"));
      browser.waitForText("Gebruik een komma voor decimalen: 12,5");

      assertTrue(message(browser, "partij:bedrag-bericht").contains("komma voor decimalen: 12,5"));
      assertTrue(
          message(browser, "partij:stemaandeel-bericht")
              .contains("Vul een getal in van 0 tot en met 100."));
      assertTrue(
          message(browser, "partij:startdatum-bericht").contains("31-02-2012 bestaat niet."),
          message(browser, "partij:startdatum-bericht"));
      assertTrue(
          message(browser, "partij:openbaarBelang-bericht")
              .contains("Gebruik hoogstens 2000 tekens; dit zijn er 5000."),
          message(browser, "partij:openbaarBelang-bericht"));
      // what was typed stays in the fields
      assertEquals("12.5", value(browser, "partij:bedrag"));
      assertEquals("150", value(browser, "partij:stemaandeel"));
      // (the date picker's script empties a day that does not exist; its message says what was
      // typed)
      assertEquals(5000, value(browser, "partij:openbaarBelang").length());
      browser.assertAccessible();

      browser.type("partij:bedrag", "-5");
      browser.type("partij:stemaandeel", "12,5");
      set(browser, "partij:startdatum_input", start);
      set(browser, "partij:openbaarBelang", "Partij\uFFFFnaam");
      browser.click(By.id("partij:opslaan"));
      browser.waitForText("Een negatief getal kan hier niet.");
      assertTrue(
          message(browser, "partij:openbaarBelang-bericht").contains("onzichtbaar stuurteken"),
          message(browser, "partij:openbaarBelang-bericht"));
      assertEquals("-5", value(browser, "partij:bedrag"));

      // nothing of it was saved
      browser.driver().get(edit);
      browser.waitFor(By.id("partij:bedrag"));
      assertEquals(amount, value(browser, "partij:bedrag"));
      assertEquals(share, value(browser, "partij:stemaandeel"));
      assertEquals(start, value(browser, "partij:startdatum_input"));
      assertEquals(interest, value(browser, "partij:openbaarBelang"));
    }
  }

  @Test
  void aPositionOutOfItsScaleIsRefusedNotClamped() throws Exception {
    try (Browser browser = Browser.open(base)) {
      browser.login("regisseur.woudenberg");
      browser.openParty("Stichting Welzijn Woudenberg");
      browser.waitFor(By.id("bewerken"));
      String id = browser.url().replaceAll(".*[?&]id=(\\d+).*", "$1");
      browser.go("kwadranten/positie.xhtml?partij=" + id);
      browser.type("overschrijven:netwerkpositie", "150");
      browser.type("overschrijven:sturing", "12,5");
      browser.type("overschrijven:onderbouwing", "Werkt in een wijkcoalitie.");
      browser.click(By.id("overschrijven:opslaan"));
      browser.waitForText("Vul een getal in van 0 tot en met 100.");
      assertTrue(browser.pageText().contains("Vul een heel getal in, zonder decimalen."));
      assertEquals("150", value(browser, "overschrijven:netwerkpositie"));
      assertEquals("12,5", value(browser, "overschrijven:sturing"));
      browser.assertAccessible();
    }
  }

  @Test
  void anUnknownPeriodIsRefusedAndTheGridKeepsWhatWasTyped() throws Exception {
    try (Browser browser = Browser.open(base)) {
      browser.login("regisseur.woudenberg");
      browser.go("dvo/index.xhtml");
      browser.click(By.partialLinkText("DVO Jeugdgezondheidszorg"));
      String lastQuarter =
          nl.verbonden.agreements.entity.Period.containing(
                  nl.verbonden.agreements.entity.Frequency.KWARTAAL,
                  java.time.LocalDate.now(
                      nl.verbonden.shared.control.ApplicationClock.fromSystem()))
              .previous()
              .code();
      browser.type("metingen:periode", lastQuarter);
      browser.waitFor(By.id("metingen:periode")).sendKeys(org.openqa.selenium.Keys.TAB);
      browser.waitFor(By.id("metingen:rooster:0:waarde"));
      browser.type("metingen:rooster:0:waarde", "77");
      browser.type("metingen:periode", "H2-2026");
      browser.click(By.id("metingen:rooster:0:bron")); // leaving the period field
      browser.waitForText("Schrijf de periode als");
      assertTrue(message(browser, "metingen:periode-bericht").contains("H2-2026"));
      assertEquals("H2-2026", value(browser, "metingen:periode"));
      assertEquals("77", value(browser, "metingen:rooster:0:waarde"));
      browser.assertAccessible();
    }
  }

  @Test
  void anAddressWithoutAUsableIdIsNotFoundAndADraftIsNotForTheCouncil() throws Exception {
    try (Browser browser = Browser.open(base)) {
      browser.login("regisseur.woudenberg");
      for (String page :
          new String[] {
            "register/party.xhtml",
            "register/party.xhtml?id=abc",
            "dvo/agreement.xhtml?id=x",
            "rollen/persoon.xhtml",
            "register/party.xhtml?id=999999999"
          }) {
        browser.go(page);
        browser.waitForText("Niet gevonden");
        assertTrue(browser.pageText().contains("bestaat niet"), page + ": " + browser.pageText());
      }
      browser.go("index.xhtml");
      browser.logout();
      browser.login("raad.woudenberg");
      browser.go("overzichten/concept.html?jaar=2026");
      browser.waitForText("Geen toegang");
    }
  }

  @Test
  void afterLoggingOutThePageSaysSoAndBackShowsNoData() throws Exception {
    try (Browser browser = Browser.open(base)) {
      browser.login("regisseur.woudenberg");
      // found as a person finds it: other tests of the run add parties to the list's first page
      browser.openParty("Stichting Welzijn Woudenberg");
      browser.waitForText("Stichting Welzijn Woudenberg");
      browser.logout();
      browser.waitForText("U bent afgemeld.");
      browser.driver().navigate().back();
      browser.waitFor(By.id("j_username"));
      assertFalse(browser.pageText().contains("Stichting Welzijn Woudenberg"), browser.pageText());
    }
  }

  private static String value(Browser browser, String id) {
    return browser.waitFor(By.id(id)).getDomProperty("value");
  }

  private static String message(Browser browser, String id) {
    return browser.text(By.id(id));
  }

  /**
   * Sets a field's value as a copied request would: past the browser's maxlength, no key events.
   */
  private static void set(Browser browser, String id, String value) {
    ((JavascriptExecutor) browser.driver())
        .executeScript("arguments[0].value = arguments[1];", browser.waitFor(By.id(id)), value);
  }
}
