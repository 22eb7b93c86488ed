package nl.verbonden.reminders.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.util.GreenMailUtil;
import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import nl.verbonden.cycle.boundary.ZienswijzeService;
import nl.verbonden.cycle.entity.ZienswijzeSubject;
import nl.verbonden.register.boundary.PartyService;
import nl.verbonden.register.entity.LegalForm;
import nl.verbonden.register.entity.Party;
import nl.verbonden.reminders.entity.DigestFrequency;
import nl.verbonden.reminders.entity.MailStatus;
import nl.verbonden.testsupport.InContainer;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * The reminder mail through a real SMTP server (GreenMail, started by this test on the IT server's
 * mail port, outside the server): Zeist's regisseur and council member choose a daily digest, a
 * zienswijze comes due next week, a run mails each of them exactly one digest, which names it and
 * links to it; a second run mails nothing. Zeist's two accounts are used by no other test.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ReminderMailIT extends InContainer {

  static final String TITLE = "Wijziging regeling voor de herinneringstest";
  static final String REGISSEUR_MAIL = "k.bakker@zeist.example";
  static final String RAAD_MAIL = "f.elamrani@zeist.example";

  @Inject private ReminderService reminders;
  @Inject private ReminderRunService runs;
  @Inject private PartyService parties;
  @Inject private ZienswijzeService zienswijzen;
  @Inject private Clock clock;

  @Test
  @Order(1)
  @RunAsClient
  void aMailServerListens() {
    TestMailServer.start();
  }

  @Test
  @Order(2)
  void zeistChoosesDailyDigestsAndAZienswijzeComesDueNextWeek() {
    LocalDate today = LocalDate.now(clock);
    as.login("regisseur.zeist");
    Long party =
        parties
            .create(new Party("GR Herinneringstest", LegalForm.GR_CENTRUMREGELING, "Zeist"))
            .getId();
    // A change of the regeling: eight weeks for the council, so due in one week.
    zienswijzen.receive(
        party, ZienswijzeSubject.WIJZIGING_REGELING, TITLE, today.minusWeeks(7), null, null);
    MySettings mine =
        reminders.save(DigestFrequency.DAILY, 14, "nl", reminders.settings().version());
    assertEquals(DigestFrequency.DAILY, mine.frequency());
    assertTrue(
        reminders.preview().stream().anyMatch(l -> l.item().title().equals(TITLE) && !l.mailed()),
        "the regisseur's next digest names it");
    as.logout();

    as.login("raad.zeist");
    reminders.save(DigestFrequency.DAILY, 14, "en", reminders.settings().version());
    assertTrue(
        reminders.preview().stream().anyMatch(l -> l.item().title().equals(TITLE) && !l.mailed()));
  }

  @Test
  @Order(3)
  void onlyABeheerderStartsARunByHand() {
    as.login("regisseur.zeist");
    assertThrows(EJBAccessException.class, () -> runs.runNow());
  }

  @Test
  @Order(4)
  void aRunMailsEachOfThemOneDigest() {
    as.login("beheer");
    ReminderRunService.RunResult result = runs.runNow();
    assertEquals(0, result.failed(), result.toString());
    assertEquals(result.composed(), result.sent(), result.toString());
    as.logout();
    as.login("regisseur.zeist");
    List<ReminderService.MyMail> mine = reminders.myMails();
    assertEquals(1, mine.size(), mine.toString());
    assertEquals(MailStatus.SENT, mine.get(0).status());
    assertTrue(mine.get(0).subject().endsWith("(Zeist)"), mine.get(0).subject());
    assertTrue(mine.get(0).text().contains(TITLE), "the person reads their own mail's text");
  }

  @Test
  @Order(5)
  @RunAsClient
  void theMailServerReceivedExactlyOneDigestForEach() throws Exception {
    MimeMessage[] toRegisseur = to(REGISSEUR_MAIL);
    assertEquals(1, toRegisseur.length);
    MimeMessage mail = toRegisseur[0];
    assertTrue(mail.getSubject().startsWith("Verbonden: "), mail.getSubject());
    assertEquals("auto-generated", mail.getHeader("Auto-Submitted", null));
    MimeMultipart parts = (MimeMultipart) mail.getContent();
    assertEquals(2, parts.getCount(), "plain text and HTML");
    String text = (String) parts.getBodyPart(0).getContent();
    assertTrue(text.startsWith("Beste Kees Bakker,"), text);
    assertTrue(text.contains(TITLE), text);
    assertTrue(text.contains("/jaar/zienswijze.xhtml?id="), text);
    String html = (String) parts.getBodyPart(1).getContent();
    assertTrue(html.contains("<a href=\"http://localhost:"), html);

    MimeMessage[] toCouncil = to(RAAD_MAIL);
    assertEquals(1, toCouncil.length);
    String english = GreenMailUtil.getBody(toCouncil[0]);
    assertTrue(english.contains("Dear Fatima El Amrani,"), english);
  }

  @Test
  @Order(6)
  void aSecondRunMailsThemNothing() {
    as.login("beheer");
    assertEquals(0, runs.runNow().failed());
    as.logout();
    as.login("raad.zeist");
    assertEquals(1, reminders.myMails().size());
    assertTrue(
        reminders.preview().stream().anyMatch(l -> l.item().title().equals(TITLE) && l.mailed()),
        "already mailed in this stage");
  }

  @Test
  @Order(7)
  @RunAsClient
  void andTheMailServerReceivedNothingMore() {
    try {
      assertEquals(1, to(REGISSEUR_MAIL).length);
      assertEquals(1, to(RAAD_MAIL).length);
    } finally {
      TestMailServer.stop();
    }
  }

  private static MimeMessage[] to(String address) {
    return TestMailServer.to(address);
  }
}
