package nl.verbonden.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.util.List;
import nl.verbonden.testsupport.TestServer;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;

/**
 * A regisseur's DVO work: an agreement with an indicator (a wrong threshold refused at its field),
 * measurements for two quarters, the light turning red and an escalation opening on the party's
 * ladder, then resolved.
 */
class AgreementsBrowserIT {

  private final URL base = TestServer.url();

  /** Today on the application's clock (verbonden.clock), which the demo's dates follow. */
  private static final java.time.LocalDate TODAY =
      java.time.LocalDate.now(nl.verbonden.shared.control.ApplicationClock.fromSystem());

  /** The last completed quarter: the demo's last GGD figure, and the RWA's missing one. */
  private static final String LAST_QUARTER =
      nl.verbonden.agreements.entity.Period.containing(
              nl.verbonden.agreements.entity.Frequency.KWARTAAL, TODAY)
          .previous()
          .code();

  private static void period(Browser browser, String code, String value) {
    browser.type("metingen:periode", code);
    browser.waitFor(By.id("metingen:periode")).sendKeys(Keys.TAB);
    // the grid is replaced by the period's Ajax update: wait for it, or the field found goes stale
    browser.waitUntil(
        d ->
            (Boolean)
                ((org.openqa.selenium.JavascriptExecutor) d)
                    .executeScript(
                        "return !window.PrimeFaces || PrimeFaces.ajax.Queue.isEmpty();"));
    browser.waitFor(By.id("metingen:rooster:0:waarde"));
    // select what is there and type over it, as a person correcting a value does
    browser
        .waitFor(By.id("metingen:rooster:0:waarde"))
        .sendKeys(Keys.chord(Keys.CONTROL, "a"), value, Keys.TAB);
    browser.click(By.id("metingen:opslaan"));
  }

  @Test
  void theDashboardListsWhatNeedsAttentionAndEveryAgreementSorts() throws Exception {
    try (Browser browser = Browser.open(base)) {
      browser.login("regisseur.woudenberg");
      browser.go("dvo/index.xhtml");
      browser.waitForText("Open escalaties");
      String escalations = browser.text(By.id("dvo:escalaties"));
      assertTrue(
          escalations.contains("Bereik contactmomenten 0-4 jaar")
              && escalations.contains("GGD regio Utrecht"),
          escalations);
      String ending = browser.text(By.id("dvo:aflopend"));
      assertTrue(
          ending.contains("Uitvoeringsovereenkomst welzijnswerk " + TODAY.getYear()), ending);
      String overdue = browser.text(By.id("dvo:achterstallig"));
      assertTrue(
          overdue.contains("Uitstroom naar werk") && overdue.contains(LAST_QUARTER), overdue);

      By firstTitle =
          By.cssSelector("[id='dvo:overeenkomsten'] tbody tr:first-child td:first-child");
      List<String> titles =
          browser
              .driver()
              .findElements(By.cssSelector("[id='dvo:overeenkomsten'] tbody tr td:first-child"))
              .stream()
              .map(e -> e.getText().trim())
              .sorted(String.CASE_INSENSITIVE_ORDER)
              .toList();
      browser.click(By.cssSelector("[id='dvo:overeenkomsten'] th.ui-sortable-column"));
      browser.waitUntil(d -> d.findElement(firstTitle).getText().trim().equals(titles.get(0)));
      browser.click(By.cssSelector("[id='dvo:overeenkomsten'] th.ui-sortable-column"));
      browser.waitUntil(
          d -> d.findElement(firstTitle).getText().trim().equals(titles.get(titles.size() - 1)));
      assertEquals(titles.get(titles.size() - 1), browser.text(firstTitle).trim());
    }
  }

  @Test
  void anIndicatorTurnsRedTwiceAndAnEscalationOpensThenIsResolved() throws Exception {
    try (Browser browser = Browser.open(base)) {
      browser.login("regisseur.woudenberg");
      browser.go("dvo/index.xhtml");
      browser.waitForText("Open escalaties");
      browser.assertAccessible();

      browser.click(By.id("nieuw"));
      browser.waitFor(By.id("overeenkomst:titel"));
      browser.assertAccessible();
      browser.choose("overeenkomst:partij", "GGD regio Utrecht");
      browser.type("overeenkomst:titel", "DVO Toezicht kinderopvang 2026");
      browser.date("overeenkomst:begindatum", java.time.LocalDate.of(2026, 1, 1));
      browser.date("overeenkomst:einddatum", java.time.LocalDate.of(2026, 12, 31));
      browser.choose("overeenkomst:status", "Actief");
      browser.click(By.id("overeenkomst:opslaan"));
      browser.waitForText("Overeenkomst DVO Toezicht kinderopvang 2026 is opgeslagen.");

      browser.type("indicator:indicatorNaam", "Inspecties op tijd");
      browser.type("indicator:eenheid", "%");
      browser.type("indicator:doel", "95");
      browser.type("indicator:drempelGroen", "90");
      browser.type("indicator:drempelRood", "92");
      browser.click(By.id("indicator:toevoegen"));
      browser.waitForText("Bij hoger is beter ligt de drempel rood niet boven de drempel groen.");
      assertTrue(browser.text(By.id("indicator:drempelRood-bericht")).contains("drempel rood"));
      browser.type("indicator:drempelRood", "75");
      browser.click(By.id("indicator:toevoegen"));
      browser.waitForText("Indicator Inspecties op tijd is toegevoegd.");
      browser.click(By.id("indicatorlijst:indicatoren:0:wijzig"));
      browser.waitForText("Indicator bewerken");
      browser
          .waitFor(By.id("indicator:doel"))
          .sendKeys(Keys.chord(Keys.CONTROL, "a"), "96", Keys.TAB);
      browser.click(By.id("indicator:toevoegen"));
      browser.waitForText("Indicator Inspecties op tijd is opgeslagen.");
      assertTrue(browser.text(By.id("indicatorlijst:indicatoren")).contains("96"));

      period(browser, "2026-K1", "70");
      browser.waitForText("Metingen opgeslagen: 1 nieuw, 0 gecorrigeerd, 0 ongewijzigd.");
      assertTrue(browser.text(By.id("licht")).contains("Rood"));
      period(browser, "2026-K2", "72");
      browser.waitForText(
          "Indicator Inspecties op tijd is te lang rood: er is een escalatie geopend op de eerste trede.");
      String escalations = browser.text(By.id("escalaties"));
      assertTrue(
          escalations.contains("Contactpersonen") && escalations.contains("Accountmanager"),
          escalations);
      browser.assertAccessible();

      period(browser, "2026-K2", "74");
      browser.waitForText("0 nieuw, 1 gecorrigeerd");
      assertTrue(browser.text(By.id("correcties")).contains("72"));

      browser.type("escalatie:oplossing", "Extra inspecteur ingezet vanaf oktober.");
      browser.click(By.id("escalatie:oplossen"));
      browser.waitForText("De escalatie van Inspecties op tijd is opgelost.");
      assertTrue(browser.text(By.id("escalaties")).contains("Opgelost"));
    }
  }

  private static String lightOf(Browser browser, String period) {
    return browser
        .waitFor(By.cssSelector("ul.vb-measured li[data-periode='" + period + "']"))
        .getAttribute("class");
  }

  @Test
  void changedThresholdsHoldFromTheirPeriodAndEarlierMeasurementsKeepTheirColour()
      throws Exception {
    try (Browser browser = Browser.open(base)) {
      browser.login("regisseur.woudenberg");
      browser.go("dvo/index.xhtml");
      browser.waitForText("Open escalaties");
      browser.click(By.id("nieuw"));
      browser.waitFor(By.id("overeenkomst:titel"));
      browser.choose("overeenkomst:partij", "GGD regio Utrecht");
      browser.type("overeenkomst:titel", "DVO Drempels door de tijd 2026");
      browser.date("overeenkomst:begindatum", java.time.LocalDate.of(2026, 1, 1));
      // ending more than 90 days ahead, so that it stays off the dashboard's list of agreements
      // ending
      browser.date("overeenkomst:einddatum", TODAY.plusYears(1));
      browser.choose("overeenkomst:status", "Actief");
      browser.click(By.id("overeenkomst:opslaan"));
      browser.waitForText("Overeenkomst DVO Drempels door de tijd 2026 is opgeslagen.");

      browser.type("indicator:indicatorNaam", "Cliënten tevreden");
      browser.type("indicator:eenheid", "%");
      browser.type("indicator:doel", "90");
      browser.type("indicator:drempelGroen", "85");
      browser.type("indicator:drempelRood", "70");
      browser.click(By.id("indicator:toevoegen"));
      browser.waitForText("Indicator Cliënten tevreden is toegevoegd.");

      period(browser, "2026-K1", "86");
      browser.waitForText("Metingen opgeslagen: 1 nieuw, 0 gecorrigeerd, 0 ongewijzigd.");
      assertTrue(lightOf(browser, "2026-K1").contains("vb-light-GREEN"));

      // stricter from the second quarter on; the form proposes the current period
      browser.click(By.id("indicatorlijst:indicatoren:0:wijzig"));
      browser.waitForText("Indicator bewerken");
      String proposed = browser.waitFor(By.id("indicator:drempelsVanaf")).getAttribute("value");
      assertEquals(
          nl.verbonden.agreements.entity.Period.containing(
                  nl.verbonden.agreements.entity.Frequency.KWARTAAL, TODAY)
              .code(),
          proposed);
      browser.type("indicator:doel", "96");
      browser.type("indicator:drempelGroen", "95");
      browser.type("indicator:drempelRood", "80");
      browser.type("indicator:drempelsVanaf", "K2-2026");
      browser.click(By.id("indicator:toevoegen"));
      browser.waitForText("Schrijf de periode als");
      assertTrue(
          browser.text(By.id("indicator:drempelsVanaf-bericht")).contains("K2-2026"),
          "the refused period is named at its field");
      assertTrue(
          browser.text(By.id("indicatorlijst:indicatoren")).contains("groen 85"), "nothing saved");
      browser.type("indicator:drempelsVanaf", "2026-K2");
      browser.click(By.id("indicator:toevoegen"));
      browser.waitForText("Indicator Cliënten tevreden is opgeslagen.");
      String thresholds = browser.text(By.id("indicatorlijst:indicatoren"));
      assertTrue(
          thresholds.contains("vanaf 2026-K2: groen 95, rood 80")
              && thresholds.contains("vanaf het begin: groen 85, rood 70"),
          thresholds);

      period(browser, "2026-K2", "86");
      browser.waitForText("Metingen opgeslagen: 1 nieuw, 0 gecorrigeerd, 0 ongewijzigd.");
      assertTrue(lightOf(browser, "2026-K1").contains("vb-light-GREEN"), "kept its colour");
      assertTrue(lightOf(browser, "2026-K2").contains("vb-light-AMBER"), "judged by 95/80");
      assertTrue(browser.text(By.id("licht")).contains("Oranje"));
      browser.assertAccessible();
    }
  }

  @Test
  void measurementsAreImportedFromAFileAllOrNothing() throws Exception {
    java.nio.file.Path bad = java.nio.file.Files.createTempFile("metingen-fout", ".csv");
    java.nio.file.Path good = java.nio.file.Files.createTempFile("metingen-goed", ".csv");
    java.nio.file.Files.writeString(
        bad,
        "indicator;periode;waarde;bron;toelichting\n"
            + "Wachttijd eerste afspraak;"
            + LAST_QUARTER
            + ";13;Herziene rapportage;\n"
            + "Wachttijd eerste afspraak;"
            + LAST_QUARTER
            + "x;13;;\n"
            + "Wachttijd eerste afspraak;"
            + LAST_QUARTER
            + "x;12.5;;\n");
    java.nio.file.Files.writeString(
        good,
        "indicator;periode;waarde;bron;toelichting\n"
            + "Wachttijd eerste afspraak;"
            + LAST_QUARTER
            + ";13;Herziene rapportage;Na controle bijgesteld\n");
    By fileInput = By.cssSelector("form[id='import'] input[type='file']");
    By importButton = By.cssSelector("form[id='import'] button.ui-fileupload-upload");
    try (Browser browser = Browser.open(base)) {
      browser.login("regisseur.woudenberg");
      browser.go("dvo/index.xhtml");
      browser.click(By.linkText("DVO Jeugdgezondheidszorg " + TODAY.getYear()));
      browser.waitForText("Metingen importeren");

      browser.upload(fileInput, bad);
      browser.click(importButton);
      browser.waitForText("Er is niets geïmporteerd");
      String errors = browser.text(By.id("fouttabel"));
      assertTrue(errors.contains("3") && errors.contains("periode"), errors);
      assertTrue(
          errors.contains("Gebruik een komma voor decimalen: 12,5"),
          "a decimal point is refused with the grid's message: " + errors);
      browser.assertAccessible();
      assertTrue(
          browser.text(By.id("indicatorlijst:indicatoren")).contains("15 (" + LAST_QUARTER + ")"),
          "nothing of a file with an error is saved");

      browser.upload(fileInput, good);
      browser.click(importButton);
      browser.waitForText("Metingen opgeslagen: 0 nieuw, 1 gecorrigeerd, 0 ongewijzigd.");
      assertTrue(
          browser.text(By.id("indicatorlijst:indicatoren")).contains("13 (" + LAST_QUARTER + ")"));
      assertTrue(browser.text(By.id("correcties")).contains("15"));
    } finally {
      java.nio.file.Files.deleteIfExists(bad);
      java.nio.file.Files.deleteIfExists(good);
    }
  }
}
