package nl.verbonden.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import nl.verbonden.testsupport.TestServer;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * The register as a regisseur uses it every week: list, filters, export, the party form and the
 * party's tabs.
 */
class RegisterBrowserIT {

  private final URL base = TestServer.url();

  @Test
  void aRegisseurCreatesAPartyFixingTheMessagesAtTheFieldsThenEditsItAndSeesTheHistory()
      throws Exception {
    try (Browser browser = Browser.open(base)) {
      browser.login("regisseur.woudenberg");
      browser.go("register/parties.xhtml");
      browser.click(By.id("nieuw"));
      browser.click(By.id("partij:opslaan"));
      browser.waitForText("Vul dit veld in.");
      assertTrue(browser.text(By.id("partij:naam-bericht")).contains("Vul dit veld in."));
      browser.assertAccessible();

      browser.type("partij:naam", "Stichting Buurtkracht Woudenberg");
      browser.selectOne("partij:rechtsvorm", "STICHTING");
      browser.type("partij:kvk", "1234");
      browser.type("partij:rsin", "123456789");
      browser.type("partij:vestigingsplaats", "Woudenberg");
      browser.click(By.id("partij:opslaan"));
      browser.waitForText("een KvK-nummer heeft acht cijfers");
      assertTrue(browser.text(By.id("partij:rsin-bericht")).contains("elfproef"));
      assertTrue(browser.text(By.id("partij:kvk-bericht")).contains("acht cijfers"));

      browser.type("partij:kvk", "12345678");
      browser.type("partij:rsin", "123456782");
      browser.click(By.id("partij:opslaan"));
      browser.waitForText("Partij Stichting Buurtkracht Woudenberg is toegevoegd.");
      assertTrue(browser.text(By.id("vp-status")).contains("Geen verbonden partij"));
      browser.openTab("tabs:belang");
      assertTrue(browser.text(By.id("vp-uitleg")).contains("geen bestuurlijk belang"));
      browser.assertAccessible();

      browser.click(By.id("bewerken"));
      browser.type("partij:vestigingsplaats", "Amersfoort");
      browser.click(By.id("partij:opslaan"));
      browser.waitForText("Partij Stichting Buurtkracht Woudenberg is opgeslagen.");
      browser.openTab("tabs:historie");
      String history = browser.text(By.id("tabs:historieform:historielijst"));
      assertTrue(history.contains("Vestigingsplaats"), history);
      assertTrue(history.contains("Woudenberg") && history.contains("Amersfoort"), history);
      // issue 19: people, not logins
      assertTrue(history.contains("Sanne de Vries"), history);
      assertTrue(!history.contains("regisseur.woudenberg"), history);
      assertTrue(history.contains("Partij aangemaakt"), history);
    }
  }

  @Test
  void participantsTogetherOver100PercentAreRefusedAtTheField() throws Exception {
    try (Browser browser = Browser.open(base)) {
      browser.login("regisseur.woudenberg");
      browser.go("register/party-edit.xhtml");
      browser.type("partij:naam", "Gemeenschappelijke Regeling Deelnemerstest");
      browser.selectOne("partij:rechtsvorm", "GR_OPENBAAR_LICHAAM");
      browser.click(By.id("partij:opslaan"));
      browser.waitForText("is toegevoegd.");

      browser.openTab("tabs:deelnemers");
      browser.type("tabs:deelnemerform:deelnemerNaam", "Gemeente Woudenberg");
      browser.type("tabs:deelnemerform:deelnemerAandeel", "60");
      browser.click(By.id("tabs:deelnemerform:deelnemerToevoegen"));
      browser.waitForText("Deelnemer Gemeente Woudenberg is toegevoegd.");

      browser.type("tabs:deelnemerform:deelnemerNaam", "Gemeente Renswoude");
      browser.type("tabs:deelnemerform:deelnemerAandeel", "50");
      browser.click(By.id("tabs:deelnemerform:deelnemerToevoegen"));
      browser.waitForText("meer dan 100%");
      assertTrue(
          browser.text(By.id("tabs:deelnemerform:deelnemerAandeel-bericht")).contains("110"));
      String table = browser.text(By.id("tabs:deelnemerform:deelnemerlijst"));
      assertFalse(table.contains("Renswoude"), table);
      assertTrue(table.contains("Totaal stemaandeel: 60"), table);
      browser.assertAccessible();
    }
  }

  @Test
  void theRiskQuestionnaireGivesTheRegimeAndItsInstruments() throws Exception {
    try (Browser browser = Browser.open(base)) {
      browser.login("regisseur.woudenberg");
      browser.openParty("Stichting Welzijn Woudenberg");
      browser.openTab("tabs:risicos");
      for (int question = 1; question <= 6; question++) {
        String level = question <= 3 ? "Hoog" : "Laag";
        browser.click(
            By.xpath(
                "(//fieldset[contains(@class,'vb-question')])["
                    + question
                    + "]//label[text()='"
                    + level
                    + "']"));
      }
      browser.click(By.id("tabs:risicoform:beoordelen"));
      browser.waitForText("regime Zwaar");
      assertEquals("Zwaar", browser.text(By.id("regime")).strip());
      String instruments = browser.text(By.id("instrumenten"));
      assertTrue(instruments.contains("Twee keer per jaar een risicoanalyse"), instruments);
      assertTrue(instruments.contains("Jaarrekening beoordelen"), instruments);
      browser.assertAccessible();
    }
  }

  @Test
  void theListFiltersOnGroupAndTextAndExportsWhatItShows() throws Exception {
    try (Browser browser = Browser.open(base)) {
      browser.login("regisseur.woudenberg");
      browser.go("register/parties.xhtml");
      browser.waitFor(By.id("lijst:partijen"));
      browser.assertAccessible();

      browser.choose("lijst:groep", "Vennootschappen en coöperaties");
      browser.waitForText("Vitens N.V.");
      waitUntilGone(browser, "Veiligheidsregio Utrecht");
      browser.click(By.id("lijst:csv"));
      String csv = Files.readString(browser.downloaded("register.csv"), StandardCharsets.UTF_8);
      assertTrue(csv.contains("Vitens N.V."), csv);
      assertFalse(csv.contains("Veiligheidsregio Utrecht"), csv);
      // opens in columns in Dutch Excel: a byte-order mark, then semicolons between the cells
      assertTrue(csv.startsWith("\uFEFFNaam;Rechtsvorm;"), csv.lines().findFirst().orElse(""));
      assertTrue(csv.lines().skip(1).allMatch(line -> line.split(";", -1).length == 9), csv);

      browser.choose("lijst:groep", "Alle");
      browser.type("lijst:zoek", "veiligheid");
      browser.waitForText("Veiligheidsregio Utrecht");
      waitUntilGone(browser, "Vitens N.V.");
      // typing filters as it goes: wait until the whole word has filtered out a demo party
      waitUntilGone(browser, "Afvalverwijdering Utrecht (AVU)");
      // other tests of the run may add parties about safety: the demo's one is there, nothing
      // unrelated
      String found = browser.text(By.id("lijst:partijen"));
      assertFalse(found.contains("GGD regio Utrecht") || found.contains("Vitens"), found);
    }
  }

  @Test
  void twoPeopleEditingTheSamePartyTheSecondIsToldAndNothingIsLost() throws Exception {
    try (Browser first = Browser.open(base);
        Browser second = Browser.open(base)) {
      first.login("regisseur.woudenberg");
      second.login("regisseur.woudenberg");
      first.go("register/parties.xhtml");
      // other tests of the run add parties: find it by name rather than on the first page
      first.type("lijst:zoek", "Welstand en Monumenten");
      first.waitForText("Welstand en Monumenten Midden-Nederland");
      first.click(By.linkText("Welstand en Monumenten Midden-Nederland"));
      first.click(By.id("bewerken"));
      second.driver().get(first.url());

      first.type("partij:vestigingsplaats", "Zeist");
      first.click(By.id("partij:opslaan"));
      first.waitForText("is opgeslagen.");

      second.type("partij:openbaarBelang", "Tweede bewerker");
      second.click(By.id("partij:opslaan"));
      second.waitForText("Iemand anders heeft dit gegeven intussen gewijzigd");

      first.driver().navigate().refresh();
      first.waitForText("Zeist");
      assertFalse(first.pageText().contains("Tweede bewerker"));
    }
  }

  private static void waitUntilGone(Browser browser, String text) {
    try {
      new org.openqa.selenium.support.ui.WebDriverWait(
              browser.driver(), java.time.Duration.ofSeconds(15))
          .ignoring(org.openqa.selenium.StaleElementReferenceException.class)
          .until(d -> !d.findElement(By.id("lijst:partijen")).getText().contains(text));
    } catch (org.openqa.selenium.TimeoutException e) {
      throw new AssertionError(
          "Still shown: \"" + text + "\"; the page says: " + browser.pageText(), e);
    }
  }
}
