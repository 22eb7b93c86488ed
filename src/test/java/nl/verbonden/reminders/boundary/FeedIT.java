package nl.verbonden.reminders.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import nl.verbonden.testsupport.Demo;
import nl.verbonden.testsupport.InContainer;
import org.junit.jupiter.api.Test;

/**
 * The calendar feed over HTTP, without login: the secret address gives its holder's agenda and
 * nothing of another municipality; a renewed or revoked secret and anything malformed give 404.
 */
class FeedIT extends InContainer {

  @Inject private ReminderService reminders;
  @Inject private HttpServletRequest request;

  private HttpResponse<String> get(String path) throws Exception {
    URI uri = URI.create("http://localhost:" + request.getLocalPort() + path);
    return HttpClient.newBuilder()
        .version(HttpClient.Version.HTTP_1_1)
        .build()
        .send(HttpRequest.newBuilder(uri).GET().build(), HttpResponse.BodyHandlers.ofString());
  }

  private static List<String> summaries(String ics) throws Exception {
    Calendar calendar = new CalendarBuilder().build(new StringReader(ics));
    return calendar.<VEvent>getComponents("VEVENT").stream()
        .map(e -> e.getProperty(Property.SUMMARY).orElseThrow().getValue())
        .toList();
  }

  @Test
  void theSecretAddressGivesItsHoldersAgendaAndNothingElse() throws Exception {
    as.login(Demo.REGISSEUR);
    String token = reminders.newFeed();
    assertTrue(reminders.settings().feed());
    as.logout();

    HttpResponse<String> feed = get("/agenda/" + token + ".ics");
    assertEquals(200, feed.statusCode());
    assertTrue(
        feed.headers().firstValue("Content-Type").orElse("").startsWith("text/calendar"),
        feed.headers().toString());
    assertEquals("private, no-store", feed.headers().firstValue("Cache-Control").orElse(""));
    List<String> woudenberg = summaries(feed.body());
    assertTrue(
        woudenberg.contains("Zienswijze: Wijziging gemeenschappelijke regeling RUD Utrecht"),
        woudenberg.toString());
    assertTrue(
        woudenberg.stream().anyMatch(s -> s.startsWith("Escalatie: ")), woudenberg.toString());

    as.login("raad.zeist");
    String zeist = reminders.newFeed();
    as.logout();
    List<String> council = summaries(get("/agenda/" + zeist + ".ics").body());
    assertFalse(
        council.stream().anyMatch(s -> s.contains("RUD Utrecht") && s.contains("Wijziging")),
        "Woudenberg's dossier is not in Zeist's feed: " + council);
    assertTrue(
        council.stream().allMatch(s -> s.startsWith("Zienswijze: ")),
        "a council member's feed holds the zienswijzen: " + council);

    as.login(Demo.REGISSEUR);
    String renewed = reminders.newFeed();
    assertEquals(404, get("/agenda/" + token + ".ics").statusCode(), "the old one stopped");
    assertEquals(200, get("/agenda/" + renewed + ".ics").statusCode());
    reminders.revokeFeed();
    assertEquals(404, get("/agenda/" + renewed + ".ics").statusCode(), "revoked");
  }

  @Test
  void anythingButASecretIsNotFound() throws Exception {
    assertEquals(404, get("/agenda/").statusCode());
    assertEquals(404, get("/agenda/abc.ics").statusCode());
    assertEquals(404, get("/agenda/" + "A".repeat(43) + ".ics").statusCode());
    assertEquals(404, get("/agenda/" + "A".repeat(43)).statusCode());
  }
}
