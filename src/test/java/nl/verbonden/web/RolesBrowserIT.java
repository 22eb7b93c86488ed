package nl.verbonden.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import nl.verbonden.testsupport.TestServer;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * The four-role model as a regisseur uses it: the walkthrough from start to end (left halfway and
 * resumed), the conflict that needs a justification and then shows in the matrix, the organigram,
 * and people with their offices.
 */
class RolesBrowserIT {

  private static final String KOK = "Wethouder Thomas Kok (Financiën, afval en duurzaamheid)";
  private static final String VERMEULEN =
      "Wethouder Ilse Vermeulen (Sociaal domein, zorg en jeugd)";
  private static final String BURGEMEESTER =
      "Burgemeester Marieke de Boer (Openbare orde en veiligheid)";
  private static final String DE_VRIES = "Regisseur Sanne de Vries (Verbonden partijen)";
  private static final String HENDRIKS = "Controller Eva Hendriks";

  private final URL base = TestServer.url();

  /** From the register to the party's walkthrough (searched: other tests add parties). */
  private static void startWalkthrough(Browser browser, String party) {
    browser.openParty(party);
    browser.openTab("tabs:rollen");
    browser.waitForText("Rolverdeling doorlopen");
    browser.click(By.id("tabs:doorlopen"));
    browser.waitForText("Vervult de gemeente deze rol?");
  }

  private static void holds(Browser browser, String role, String bestuurlijk, String ambtelijk) {
    browser.clickLabel("doorloop:houdt_" + role + ":0");
    browser.waitFor(By.id("doorloop:bestuurlijk_" + role));
    browser.choose("doorloop:bestuurlijk_" + role, bestuurlijk);
    if (ambtelijk != null) {
      browser.choose("doorloop:ambtelijk_" + role, ambtelijk);
    }
  }

  private static void notHeld(Browser browser, String role, String reason) {
    browser.clickLabel("doorloop:houdt_" + role + ":1");
    browser.type("doorloop:reden_" + role, reason);
  }

  /**
   * Goes to the next step and waits for it: a role's step by its question, the others by their
   * first field.
   */
  private static void next(Browser browser, String expectedStep) {
    browser.click(By.id("doorloop:stappen_next"));
    String role = expectedStep.substring("stap_".length());
    By shown =
        switch (role) {
          case "REGIE" -> By.id("doorloop:regisseur");
          case "CONTROLE" -> By.id("overzicht");
          default -> By.id("doorloop:houdt_" + role);
        };
    browser.waitFor(shown);
  }

  @Test
  void aRegisseurWalksThroughTheRolesLeavesHalfwayResumesAndSaves() throws Exception {
    try (Browser browser = Browser.open(base)) {
      browser.login("regisseur.woudenberg");
      startWalkthrough(browser, "Welstand en Monumenten Midden-Nederland");
      browser.assertAccessible();

      browser.click(By.id("doorloop:stappen_next"));
      browser.waitForText("Geef aan of de gemeente deze rol vervult.");
      assertTrue(browser.text(By.id("doorloop:houdt_OPDRACHTGEVER-bericht")).contains("Geef aan"));

      holds(browser, "OPDRACHTGEVER", KOK, DE_VRIES);
      next(browser, "stap_EIGENAAR");
      holds(browser, "EIGENAAR", BURGEMEESTER, HENDRIKS);
      next(browser, "stap_OPDRACHTNEMER");
      browser.clickLabel("doorloop:houdt_OPDRACHTNEMER:1");
      browser.waitFor(By.id("doorloop:reden_OPDRACHTNEMER"));
      browser.click(By.id("doorloop:stappen_next"));
      browser.waitForText("Leg uit waarom de gemeente deze rol niet vervult.");
      browser.type(
          "doorloop:reden_OPDRACHTNEMER",
          "Woudenberg levert geen taken aan de welstandscommissie.");
      next(browser, "stap_UITVOERDER");

      browser.click(By.id("doorloop:later"));
      browser.waitForText("Uw antwoorden zijn bewaard als concept.");
      browser.click(By.id("tabs:doorlopen"));
      browser.waitForText("U gaat verder met uw concept van");
      browser.waitFor(By.id("doorloop:houdt_UITVOERDER"));

      notHeld(browser, "UITVOERDER", "De commissie voert de advisering zelf uit.");
      next(browser, "stap_REGIE");
      assertEquals(
          DE_VRIES,
          browser.text(By.id("doorloop:regisseur_label")).strip(),
          "the ambtelijk client is suggested");
      browser.click(By.id("doorloop:voorbeeldladder"));
      assertEquals(
          "Bestuurlijk",
          browser.waitFor(By.id("doorloop:treden:2:tredeNaam")).getAttribute("value"));
      browser.type("doorloop:directie", "Directeur Welstand");
      browser.assertAccessible();
      next(browser, "stap_CONTROLE");
      browser.waitForText("Geen bevindingen");
      String review = browser.text(By.id("overzicht"));
      assertTrue(review.contains("Thomas Kok"), review);
      // the review says "Niet belegd: reden", without a space before the colon
      assertTrue(
          review.contains("Niet belegd: De commissie voert de advisering zelf uit."), review);
      assertFalse(review.contains(" :"), review);

      browser.click(By.id("doorloop:opslaan"));
      browser.waitForText(
          "De rolverdeling van Welstand en Monumenten Midden-Nederland is opgeslagen.");
      String roles = browser.text(By.id("rolverdeling"));
      assertTrue(roles.contains("Thomas Kok") && roles.contains("Marieke de Boer"), roles);
      assertTrue(roles.contains("Niet belegd: De commissie voert de advisering zelf uit."), roles);
      String organigram = browser.text(By.id("tabs:organigram"));
      assertTrue(organigram.contains("Gemeente Woudenberg"), organigram);
      assertTrue(
          organigram.contains("Regisseur") && organigram.contains("Sanne de Vries"), organigram);
      assertTrue(organigram.contains("Directeur Welstand"), organigram);
      assertTrue(browser.pageText().contains("Geen bevindingen"));
      browser.assertAccessible();

      browser.openTab("tabs:historie");
      assertTrue(browser.text(By.id("tabs:historieform:historielijst")).contains("Opdrachtgever"));
    }
  }

  @Test
  void theConflictNeedsAJustificationAndThenShowsInTheMatrixAndFindings() throws Exception {
    String party = "Recreatieschap Utrechtse Heuvelrug, Vallei- en Kromme Rijngebied";
    try (Browser browser = Browser.open(base)) {
      browser.login("regisseur.woudenberg");
      startWalkthrough(browser, party);
      holds(browser, "OPDRACHTGEVER", VERMEULEN, DE_VRIES);
      next(browser, "stap_EIGENAAR");
      holds(browser, "EIGENAAR", VERMEULEN, HENDRIKS);
      browser.waitForText("Dezelfde portefeuillehouder is nu opdrachtgever én eigenaar.");
      next(browser, "stap_OPDRACHTNEMER");
      notHeld(browser, "OPDRACHTNEMER", "Geen taken.");
      next(browser, "stap_UITVOERDER");
      notHeld(browser, "UITVOERDER", "Het recreatieschap voert zelf uit.");
      next(browser, "stap_REGIE");
      next(browser, "stap_CONTROLE");
      String findings = browser.text(By.id("bevindingen-controle"));
      assertTrue(
          findings.contains(
              "Rolconflict: Ilse Vermeulen is bestuurlijk opdrachtgever én eigenaar."),
          findings);
      assertTrue(findings.contains("Er is geen escalatieladder."), findings);

      browser.click(By.id("doorloop:opslaan"));
      browser.waitForText("Leg vast waarom dat hier toch verantwoord is.");
      assertTrue(
          browser.text(By.id("doorloop:rechtvaardiging-bericht")).contains("Leg vast waarom"));
      browser.type(
          "doorloop:rechtvaardiging",
          "De raad koos op 1 oktober 2026 bewust voor één portefeuillehouder.");
      browser.click(By.id("doorloop:opslaan"));
      browser.waitForText("is opgeslagen.");
      assertTrue(browser.text(By.id("rolconflict")).contains("Rolconflict"));

      browser.go("rollen/matrix.xhtml");
      browser.click(By.cssSelector("#matrix\\:alleenBevindingen .ui-chkbox-box"));
      browser.waitFor(By.cssSelector("#matrix\\:alleenBevindingen .ui-chkbox-box.ui-state-active"));
      // The filter re-renders the table by ajax: read the row once the new table is there
      By partyRow = By.xpath("//tr[.//a[text()='" + party + "']]");
      String[] seen = {""};
      browser.waitUntil(d -> (seen[0] = d.findElement(partyRow).getText()).contains("Rolconflict"));
      String row = seen[0];
      assertTrue(row.contains("Rolconflict"), row);
      assertTrue(row.contains("Ilse Vermeulen"), row);
      browser.assertAccessible();

      browser.go("rollen/bevindingen.xhtml");
      String all = browser.text(By.id("bevindingen:lijst"));
      assertTrue(
          all.contains("De raad koos op 1 oktober 2026 bewust voor één portefeuillehouder."), all);
      browser.assertAccessible();

      browser.go("register/parties.xhtml");
      String list = browser.text(By.xpath("//tr[.//a[text()='" + party + "']]"));
      assertTrue(list.contains("Rolconflict"), list);
    }
  }

  @Test
  void peopleGetOfficesWithTermsAndShowTheirLoad() throws Exception {
    try (Browser browser = Browser.open(base)) {
      browser.login("regisseur.woudenberg");
      browser.go("rollen/mensen.xhtml");
      browser.assertAccessible();
      assertTrue(browser.text(By.id("mensen")).contains("Ilse Vermeulen"));
      browser.type("persoon:naam", "Lotte Nieuw");
      browser.click(By.id("persoon:toevoegen"));
      browser.waitForText("Vul de portefeuille van de wethouder in.");
      assertTrue(
          browser.text(By.id("persoon:functiePortefeuille-bericht")).contains("portefeuille"));
      browser.type("persoon:functiePortefeuille", "Wonen en ruimte");
      browser.click(By.id("persoon:toevoegen"));
      browser.waitForText("Lotte Nieuw is toegevoegd.");
      assertTrue(browser.pageText().contains("Deze persoon vervult geen rollen."));
      browser.assertAccessible();

      browser.go("rollen/mensen.xhtml");
      browser.click(By.linkText("Ilse Vermeulen"));
      browser.waitForText("Rollen per partij");
      String load = browser.text(By.id("rollen"));
      assertTrue(load.contains("GGD regio Utrecht") && load.contains("Rolconflict"), load);
    }
  }
}
