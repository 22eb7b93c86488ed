package nl.verbonden.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import nl.verbonden.reminders.boundary.TestMailServer;
import nl.verbonden.shared.control.ApplicationClock;
import nl.verbonden.testsupport.TestServer;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * A regisseur chooses their reminder mail, sees what the next one would hold, and subscribes their
 * calendar to the secret address; a beheerder sees how the reminder mail stands and sends it.
 */
class RemindersBrowserIT {

  private final URL base = TestServer.url();
  private final LocalDate today = LocalDate.now(ApplicationClock.fromSystem());

  private static HttpResponse<String> get(String url) throws Exception {
    return HttpClient.newBuilder()
        .version(HttpClient.Version.HTTP_1_1)
        .build()
        .send(
            HttpRequest.newBuilder(URI.create(url)).GET().build(),
            HttpResponse.BodyHandlers.ofString());
  }

  @Test
  void aRegisseurChoosesTheirDigestAndSubscribesTheirCalendar() throws Exception {
    try (Browser browser = Browser.open(base)) {
      browser.login("regisseur.woudenberg");
      browser.click(By.id("menu:m-herinneringen"));
      browser.waitForText("Mijn herinneringen");
      assertTrue(
          browser.text(By.id("adres")).contains("s.devries@woudenberg.example"),
          browser.text(By.id("adres")));
      String preview = browser.text(By.id("voorbeeld"));
      assertTrue(preview.contains("DVO Jeugdgezondheidszorg " + today.getYear()), preview);
      assertTrue(preview.contains("te laat"), preview);
      browser.assertAccessible();

      browser.type("keuze:horizon", "61");
      browser.click(By.id("keuze:opslaan"));
      browser.waitFor(By.cssSelector("#keuze\\:horizon-bericht .ui-message-error"));
      assertTrue(
          browser.text(By.id("keuze:horizon-bericht")).contains("60"),
          browser.text(By.id("keuze:horizon-bericht")));
      browser.type("keuze:horizon", "30");
      browser.click(By.id("keuze:opslaan"));
      browser.waitForText("Uw keuze is opgeslagen.");
      assertEquals(
          "30", browser.driver().findElement(By.id("keuze:horizon")).getAttribute("value"));

      browser.click(By.id("feed:nieuweFeed"));
      browser.waitForText("Uw nieuwe agenda-adres staat hieronder.");
      String url = browser.driver().findElement(By.id("feedUrl")).getAttribute("value");
      assertTrue(url.matches("http://localhost:\\d+/agenda/[A-Za-z0-9_-]{43}\\.ics"), url);
      browser.assertAccessible();
      HttpResponse<String> feed = get(url);
      assertEquals(200, feed.statusCode());
      assertTrue(feed.body().startsWith("BEGIN:VCALENDAR"), feed.body());
      assertTrue(feed.body().contains("RUD Utrecht"), feed.body());

      browser.click(By.id("feed:intrekken"));
      browser.waitForText("Uw agenda-abonnement is ingetrokken");
      assertEquals(404, get(url).statusCode());
    }
  }

  @Test
  void aBeheerderSeesHowTheReminderMailStandsAndSendsItNow() throws Exception {
    TestMailServer.start();
    try (Browser browser = Browser.open(base)) {
      browser.login("beheer");
      browser.go("beheer/herinneringen.xhtml");
      browser.waitForText("Herinneringen");
      assertTrue(browser.text(By.id("mailserver")).startsWith("127.0.0.1:"));
      assertTrue(
          browser
              .text(By.id("volgende"))
              .matches("\\d{1,2}-\\d{1,2}-\\d{4} 6:30|\\d{1,2}-\\d{1,2}-\\d{4} 06:30"),
          "the daily timer: " + browser.text(By.id("volgende")));
      browser.assertAccessible();
      browser.click(By.id("run:nuVersturen"));
      browser.waitForText("Run klaar:");
      assertTrue(browser.pageText().contains("0 mislukt"), browser.pageText());
      assertTrue(browser.text(By.id("runs")).contains("met de hand"), browser.text(By.id("runs")));
    } finally {
      TestMailServer.stop();
    }
  }
}
