package nl.verbonden.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import nl.verbonden.testsupport.TestServer;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/**
 * One connected workspace (issue 19), as a regisseur uses it: the header's search finds a party by
 * a former name and by its KvK number, a person by name and an agreement by an indicator; the party
 * page leads to its agreement, position and roles and back; a domain word explains itself on
 * keyboard focus; and at 1280 and 768 pixels wide no table cell clips its text.
 */
class WorkspaceBrowserIT {

  private static final String GGD = "GGD regio Utrecht";

  private final URL base = TestServer.url();

  /** Searches from the header, as a person does: the field, the text, Enter. */
  private static void search(Browser browser, String text) {
    WebElement field = browser.waitFor(By.id("zoekveld"));
    field.clear();
    field.sendKeys(text, Keys.ENTER);
    browser.waitFor(By.id("zoek-samenvatting"));
  }

  private static Object js(Browser browser, String script, Object... args) {
    return ((JavascriptExecutor) browser.driver()).executeScript(script, args);
  }

  @Test
  void theSearchFindsPartiesByFormerNameAndKvkPeopleAndAgreementsByIndicator() throws Exception {
    String word = "Hubproef" + Long.toString(System.nanoTime(), 36).replaceAll("[0-9]", "q");
    String kvk = "7" + (1_000_000 + ThreadLocalRandom.current().nextInt(8_999_999));
    try (Browser browser = Browser.open(base)) {
      browser.login("regisseur.woudenberg");
      browser.go("register/parties.xhtml");
      browser.click(By.id("nieuw"));
      browser.type("partij:naam", "Stichting " + word);
      browser.selectOne("partij:rechtsvorm", "STICHTING");
      browser.type("partij:kvk", kvk);
      browser.click(By.id("partij:opslaan"));
      browser.waitForText("Partij Stichting " + word + " is toegevoegd.");
      browser.click(By.id("bewerken"));
      String renamed = "Stichting Naamwissel " + word.replace("Hubproef", "Nieuw");
      browser.type("partij:naam", renamed);
      browser.click(By.id("partij:opslaan"));
      browser.waitForText("is opgeslagen.");

      search(browser, "Stichting " + word);
      String parties = browser.text(By.id("groep-party"));
      assertTrue(parties.contains(renamed), parties);
      assertTrue(parties.contains("voorheen: Stichting " + word), parties);
      browser.assertAccessible();

      search(browser, kvk);
      assertTrue(browser.text(By.id("groep-party")).contains("KvK " + kvk));

      search(browser, "Henk van Dijk");
      assertTrue(browser.text(By.id("groep-person")).contains("Henk van Dijk"));

      search(browser, "Wachttijd");
      String indicators = browser.text(By.id("groep-indicator"));
      assertTrue(indicators.contains("Wachttijd eerste afspraak"), indicators);
      // the keyboard: "/" goes to the field, the arrow keys along the results, Enter opens one
      browser.driver().findElement(By.tagName("body")).sendKeys("/");
      assertEquals("zoekveld", js(browser, "return document.activeElement.id;"));
      browser.driver().switchTo().activeElement().sendKeys(Keys.ARROW_DOWN);
      WebElement first = browser.driver().switchTo().activeElement();
      assertTrue(first.getAttribute("class").contains("vb-search-hit"), first.getText());
      first.sendKeys(Keys.ENTER);
      browser.waitForText("DVO Jeugdgezondheidszorg");
      assertTrue(browser.url().contains("/dvo/agreement.xhtml"), browser.url());
    }
  }

  @Test
  void fromThePartyPageToItsAgreementPositionAndRolesAndBack() throws Exception {
    try (Browser browser = Browser.open(base)) {
      browser.login("regisseur.woudenberg");
      browser.openParty(GGD);
      browser.openTab("tabs:overeenkomsten");
      String agreements = browser.text(By.id("tabs:partij-overeenkomsten"));
      assertTrue(agreements.contains("DVO Jeugdgezondheidszorg"), agreements);
      assertTrue(agreements.contains("Rood"), "the light of the agreement: " + agreements);
      browser.assertAccessible();
      browser.click(By.partialLinkText("DVO Jeugdgezondheidszorg"));
      browser.waitFor(By.linkText(GGD));
      browser.click(By.linkText(GGD));
      browser.waitFor(By.id("tabs:overeenkomsten"));
      assertTrue(browser.title().startsWith(GGD), browser.title());

      browser.openTab("tabs:positie");
      assertFalse(browser.text(By.id("huidig-kwadrant")).isBlank());
      browser.click(By.id("tabs:naarPositie"));
      browser.waitFor(By.id("waarom"));
      browser.click(By.id("partij"));
      browser.waitFor(By.id("tabs:positie"));
      assertTrue(browser.title().startsWith(GGD), browser.title());

      browser.openTab("tabs:rollen");
      WebElement person = browser.waitFor(By.cssSelector("#rolverdeling a"));
      String name = person.getText().replaceAll(" \\(.*", ""); // "Name (portfolio)"
      person.click();
      browser.waitFor(By.id("belasting"));
      assertTrue(browser.title().startsWith(name), browser.title());
      browser.driver().navigate().back();
      browser.waitFor(By.id("vp-status"));
      assertTrue(browser.title().startsWith(GGD), browser.title());
      // the organigram names the holders as links too
      assertFalse(
          browser
              .driver()
              .findElements(By.cssSelector("#tabs\\:organigram a.vb-person-link"))
              .isEmpty());

      // the role matrix: a holder's name in a cell leads to the person's page
      browser.go("rollen/matrix.xhtml");
      WebElement holder = browser.waitFor(By.cssSelector("#matrix\\:rollen a.vb-person-link"));
      String holderName = holder.getText().replaceAll(" \\(.*", "");
      holder.click();
      browser.waitFor(By.id("belasting"));
      assertTrue(browser.title().startsWith(holderName), browser.title());

      // the agreements list: party names are links and the light column sorts
      browser.go("dvo/index.xhtml");
      WebElement light = browser.waitFor(By.cssSelector("#dvo\\:overeenkomsten th[id$='licht']"));
      light.click();
      browser.waitUntil(d -> "ascending".equals(light.getAttribute("aria-sort")));
      light.click();
      browser.waitUntil(
          d ->
              d.findElement(By.cssSelector("#dvo\\:overeenkomsten th[id$='licht']"))
                  .getAttribute("aria-sort")
                  .equals("descending"));
      String firstRow = browser.text(By.cssSelector("#dvo\\:overeenkomsten_data tr:first-child"));
      assertTrue(firstRow.contains("Rood"), "red first when sorted descending: " + firstRow);
      assertFalse(
          browser
              .driver()
              .findElements(By.cssSelector("#dvo\\:overeenkomsten a[href*='party.xhtml']"))
              .isEmpty());
    }
  }

  @Test
  void aDomainWordExplainsItselfOnKeyboardFocus() throws Exception {
    try (Browser browser = Browser.open(base)) {
      browser.login("regisseur.woudenberg");
      browser.openParty(GGD);
      WebElement word = browser.waitFor(By.cssSelector(".vb-term-word"));
      String tipId = word.getAttribute("aria-describedby");
      WebElement tip = browser.driver().findElement(By.id(tipId));
      assertFalse(tip.isDisplayed(), "hidden until hover or focus");
      assertEquals("tooltip", tip.getAttribute("role"));
      // the keyboard reaches the word: Tab from the element before it
      js(browser, "arguments[0].focus();", browser.driver().findElement(By.id("bewerken")));
      for (int i = 0; i < 60 && !word.equals(browser.driver().switchTo().activeElement()); i++) {
        browser.driver().switchTo().activeElement().sendKeys(Keys.TAB);
      }
      assertEquals(word, browser.driver().switchTo().activeElement());
      browser.waitUntil(d -> tip.isDisplayed());
      assertTrue(tip.getText().contains("BBV"), tip.getText());
      browser.assertAccessible();
      word.sendKeys(Keys.ESCAPE);
      browser.waitUntil(d -> !tip.isDisplayed());

      browser.go("hulp/index.xhtml");
      String help = browser.text(By.id("inhoud"));
      assertTrue(help.contains("art. 15") && help.contains("Wgr"), help);
      browser.assertAccessible();
      browser.go("rollen/matrix.xhtml");
      browser.click(By.id("uitleg-onderdeel"));
      browser.waitFor(By.id("bron"));
      assertTrue(browser.text(By.id("bron")).contains("seed 001"));
    }
  }

  /** The regisseur's pages without parameters (the others are reached by their first link). */
  private static final List<String> REGISSEUR_PAGES =
      List.of(
          "index.xhtml",
          "register/parties.xhtml",
          "register/import.xhtml",
          "dvo/index.xhtml",
          "rollen/matrix.xhtml",
          "rollen/bevindingen.xhtml",
          "kwadranten/index.xhtml",
          "jaar/index.xhtml",
          "positionering/index.xhtml",
          "overzichten/index.xhtml",
          "adviezen/index.xhtml",
          "mijn/herinneringen.xhtml",
          "zoeken.xhtml?q=Stichting",
          "hulp/index.xhtml");

  /**
   * Pages with an id, reached as a person reaches them: the first link to them on a list page (list
   * page, then the link's selector). A published version's page is checked where one is published
   * (CouncilBrowserIT).
   */
  private static final List<String[]> LINKED_PAGES =
      List.of(
          new String[] {"dvo/index.xhtml", "a[href*='dvo/agreement.xhtml']"},
          new String[] {"rollen/matrix.xhtml", "a[href*='rollen/persoon.xhtml']"},
          new String[] {"rollen/matrix.xhtml", "a[href*='rollen/doorloop.xhtml']"},
          new String[] {"kwadranten/index.xhtml", "a[href*='kwadranten/positie.xhtml']"},
          new String[] {"jaar/index.xhtml", "a[href*='jaar/regeling.xhtml']"},
          new String[] {"jaar/index.xhtml", "a[href*='jaar/zienswijze.xhtml']"},
          new String[] {"positionering/index.xhtml", "a[href*='positionering/vraag.xhtml']"},
          new String[] {"hulp/index.xhtml", "a[href*='hulp/onderwerp.xhtml']"});

  @Test
  void noTableCellClipsItsTextAt1280And768PixelsWide() throws Exception {
    try (Browser browser = Browser.open(base)) {
      browser.login("regisseur.woudenberg");
      for (int width : new int[] {1280, 768}) {
        browser.driver().manage().window().setSize(new Dimension(width, 1000));
        for (String page : REGISSEUR_PAGES) {
          browser.go(page);
          browser.waitFor(By.id("inhoud"));
          browser.assertNothingClipped(page + " at " + width);
        }
        for (String[] linked : LINKED_PAGES) {
          browser.go(linked[0]);
          String href =
              browser.waitFor(By.cssSelector("#inhoud " + linked[1])).getAttribute("href");
          browser.driver().get(href);
          browser.waitFor(By.id("inhoud"));
          browser.assertNothingClipped(href + " at " + width);
        }
        browser.openParty(GGD);
        for (String tab :
            List.of("tabs:algemeen", "tabs:cijfers", "tabs:rollen", "tabs:overeenkomsten")) {
          // a tab opens in the browser only; clicked by script, wherever the tab bar wrapped it
          js(browser, "document.querySelector(\"a[href='#" + tab + "']\").click();");
          browser.waitUntil(d -> d.findElement(By.id(tab)).isDisplayed());
          browser.assertNothingClipped("party page " + tab + " at " + width);
        }
      }
    }
  }

  @Test
  void theBeheerdersAndTheCouncilMembersPagesFitAt768PixelsToo() throws Exception {
    for (String[] role :
        List.of(
            new String[] {
              "beheer",
              "beheer/tenants.xhtml",
              "beheer/accounts.xhtml",
              "beheer/herinneringen.xhtml"
            },
            new String[] {
              "raad.woudenberg", "index.xhtml", "overzichten/index.xhtml", "jaar/index.xhtml"
            })) {
      try (Browser browser = Browser.open(base)) {
        browser.login(role[0]);
        for (int width : new int[] {1280, 768}) {
          browser.driver().manage().window().setSize(new Dimension(width, 1000));
          for (String page : List.of(role).subList(1, role.length)) {
            browser.go(page);
            browser.waitFor(By.id("inhoud"));
            browser.assertNothingClipped(role[0] + " " + page + " at " + width);
          }
        }
      }
    }
  }
}
