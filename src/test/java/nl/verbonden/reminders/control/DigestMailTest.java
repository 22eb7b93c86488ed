package nl.verbonden.reminders.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import nl.verbonden.reminders.entity.AgendaItem;
import nl.verbonden.reminders.entity.AgendaKind;
import nl.verbonden.reminders.entity.DigestLine;
import nl.verbonden.reminders.entity.ReminderStage;
import org.junit.jupiter.api.Test;

/**
 * The digest mail: subject, text and HTML in the person's language, data escaped by construction.
 */
class DigestMailTest {

  private static final LocalDate TODAY = LocalDate.of(2027, 1, 4);

  private static DigestLine line(String title, LocalDate due, ReminderStage stage) {
    return new DigestLine(
        new AgendaItem(
            "zienswijze:7:" + due,
            AgendaKind.ZIENSWIJZE,
            title,
            "agenda.zienswijze",
            List.of("GGD regio Utrecht", "14-1-2027"),
            due,
            "/jaar/zienswijze.xhtml?id=7"),
        stage);
  }

  @Test
  void theDutchMailNamesTheItemsTheirStageAndLinksEachOne() {
    DigestMail.Composed mail =
        DigestMail.compose(
            new DigestMail.Recipient("Anna de Vries", "Woudenberg", "nl", 14),
            List.of(
                line("Ontwerpbegroting GGD 2028", TODAY.minusDays(1), ReminderStage.LATE),
                line("Wijziging regeling RUD", TODAY.plusDays(9), ReminderStage.AHEAD)),
            TODAY,
            "https://verbonden.example.nl");
    assertEquals(
        "Verbonden: 2 punten voor de komende 14 dagen, waarvan 1 te laat (Woudenberg)",
        mail.subject());
    assertTrue(mail.text().contains("Beste Anna de Vries,"), mail.text());
    assertTrue(mail.text().contains("3-1-2027 · te laat · Ontwerpbegroting GGD 2028"), mail.text());
    assertTrue(
        mail.text().contains("GGD regio Utrecht; laatste raadsvergadering op tijd: 14-1-2027"),
        mail.text());
    assertTrue(
        mail.text().contains("https://verbonden.example.nl/jaar/zienswijze.xhtml?id=7"),
        mail.text());
    assertTrue(mail.text().contains("https://verbonden.example.nl/mijn/herinneringen.xhtml"));
    assertTrue(mail.html().contains("lang=\"nl\""), mail.html());
    assertTrue(
        mail.html().contains("href=\"https://verbonden.example.nl/jaar/zienswijze.xhtml?id=7\""),
        mail.html());
  }

  @Test
  void theEnglishMailIsInEnglish() {
    DigestMail.Composed mail =
        DigestMail.compose(
            new DigestMail.Recipient("Anna", "Woudenberg", "en", 7),
            List.of(line("Budget", TODAY.plusDays(2), ReminderStage.SOON)),
            TODAY,
            "http://localhost:9080");
    assertEquals("Verbonden: 1 item for the next 7 days (Woudenberg)", mail.subject());
    assertTrue(mail.text().startsWith("Dear Anna,"), mail.text());
    assertTrue(mail.text().contains("within 3 days"), mail.text());
  }

  @Test
  void markupInTheDataIsTextInTheHtmlMail() {
    DigestMail.Composed mail =
        DigestMail.compose(
            new DigestMail.Recipient("<b>Anna</b>", "Woud&enberg", "nl", 14),
            List.of(line("<script>alert(1)</script>", TODAY, ReminderStage.SOON)),
            TODAY,
            "http://localhost:9080");
    assertFalse(mail.html().contains("<script>"), mail.html());
    assertTrue(mail.html().contains("&lt;script&gt;alert(1)&lt;/script&gt;"), mail.html());
    assertFalse(mail.html().contains("<b>Anna</b>"));
    assertTrue(mail.html().contains("Woud&amp;enberg"));
  }
}
